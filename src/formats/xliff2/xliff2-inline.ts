import type { InlineCode } from '../../model/bilingual.ts';
import type { InlineRole } from '../xml/inline-content.ts';
import { isQualityIssue, readIssueFields } from '../xml/its-issue.ts';
import type { XmlAttributes } from '../xml/scan-xml.ts';
import { escapeXmlAttribute, escapeXmlText, setTagAttributes } from '../xml/xml-escape.ts';

/**
 * What an XLIFF 2 inline element is, from its local name and attributes: `pc` paired, `ph` standalone, `sc`/`ec`
 * open and close, `cp` a character, ITS quality-issue `mrk`/`sm`/`em` issues (target only; `issueMarkers` holds the
 * ids of the issue `sm` met so far), other `mrk`/`sm`/`em` codes, anything unknown a standalone code that keeps its
 * markup. `start` (the tag's offset) names codes that have no id.
 */
export function classifyXliff2(
  local: string,
  attributes: XmlAttributes,
  start: number,
  itsPrefix: string,
  forTarget: boolean,
  issueMarkers: { add(id: string): void; has(id: string): boolean },
): InlineRole {
  switch (local) {
    case 'pc':
      return { kind: 'paired', id: attributes.id ?? `pc${start}` };
    case 'ph':
      return { kind: 'standalone', id: attributes.id ?? `ph${start}` };
    case 'sc':
      return { kind: 'open', id: attributes.id ?? `sc${start}` };
    case 'ec':
      return { kind: 'close', id: attributes.startRef ?? attributes.id ?? `ec${start}` };
    case 'cp': {
      const hex = attributes.hex ?? '';
      const code = Number.parseInt(hex, 16);
      if (/^[0-9A-Fa-f]{1,6}$/.test(hex) && code <= 0x10ffff && !(code >= 0xd800 && code < 0xe000)) {
        return { kind: 'char', char: String.fromCodePoint(code) };
      }
      return { kind: 'standalone', id: `cp${start}` };
    }
    case 'mrk':
      if (forTarget && isQualityIssue(attributes, itsPrefix)) {
        return { kind: 'issue', issue: readIssueFields(attributes, itsPrefix) };
      }
      return { kind: 'paired', id: attributes.id ?? `mrk${start}` };
    case 'sm':
      if (forTarget && isQualityIssue(attributes, itsPrefix) && attributes.id !== undefined) {
        issueMarkers.add(attributes.id);
        return { kind: 'issue-start', key: attributes.id, issue: readIssueFields(attributes, itsPrefix) };
      }
      return { kind: 'open', id: attributes.id ?? `sm${start}` };
    case 'em':
      if (attributes.startRef !== undefined && issueMarkers.has(attributes.startRef)) {
        return { kind: 'issue-end', key: attributes.startRef };
      }
      return { kind: 'close', id: attributes.startRef ?? `em${start}` };
    default:
      return { kind: 'standalone', id: `x${start}` };
  }
}

/** Escapes XLIFF 2 text: XML escapes, and characters XML cannot hold as `<cp hex="…"/>`. */
export function escapeXliff2Text(text: string): string {
  return escapeXmlText(text).replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
    (char) => `<cp hex="${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>`,
  );
}

// Markup that is XLIFF 2 inline vocabulary: empty pc/sc/ec/ph/sm/em/cp/mrk tags, pc/mrk start tags and end tags.
const XLIFF2_CODE = /^<(?:pc|sc|ec|ph|sm|em|cp|mrk)\b[^<>]*\/>$|^<(?:pc|mrk)\b[^<>]*[^/<>]>$|^<\/(?:pc|mrk)\s*>$/;

/** Whether a code's markup is XLIFF 2 inline markup (so it can go into an XLIFF 2 file as it is). */
export function isXliff2Code(markup: string): boolean {
  return XLIFF2_CODE.test(markup);
}

/** Markup of a code for an XLIFF 2 file: the original when `native` and it is XLIFF 2 markup (without data references when they cannot resolve), else a generic sc/ec/ph. */
export function xliff2CodeMarkup(code: InlineCode, native: boolean, keepDataRefs = true): string {
  if (native && isXliff2Code(code.markup)) {
    // A fresh file has no originalData, so references into it must go.
    if (keepDataRefs || !/\sdataRef/.test(code.markup)) return code.markup;
    return setTagAttributes(code.markup, { dataRef: undefined, dataRefStart: undefined, dataRefEnd: undefined });
  }
  const id = escapeXmlAttribute(code.id.replace(/[^\w.-]/g, '_'));
  if (code.kind === 'open') return `<sc id="${id}"/>`;
  if (code.kind === 'close') return `<ec startRef="${id}"/>`;
  return `<ph id="${id}"/>`;
}
