import type { InlineCode } from '../../model/bilingual.ts';
import { partnerOf } from '../xml/code-pairs.ts';
import type { InlineRole } from '../xml/inline-content.ts';
import { isQualityIssue, readIssueFields } from '../xml/its-issue.ts';
import type { XmlAttributes } from '../xml/scan-xml.ts';
import { escapeXmlAttribute, escapeXmlText, setTagAttributes } from '../xml/xml-escape.ts';

/** The character a `<cp hex="…"/>` stands for, or '' when the value is no Unicode scalar value. */
export function charOfCp(hex = ''): string {
  const code = Number.parseInt(hex, 16);
  if (/^[0-9A-Fa-f]{1,6}$/.test(hex) && code <= 0x10ffff && !(code >= 0xd800 && code < 0xe000)) {
    return String.fromCodePoint(code);
  }
  return '';
}

/**
 * What an XLIFF 2 inline element is, from its local name and attributes: `pc` paired, `ph` standalone, `sc`/`ec`
 * open and close, `cp` a character, ITS quality-issue `mrk`/`sm`/`em` issues (target only; `issueMarkers` holds the
 * ids of the issue `sm` met so far), other `mrk`/`sm`/`em` codes, anything unknown a standalone code that keeps its
 * markup. `start` (the tag's offset) names codes that have no id. `dataOf` gives the unit's originalData content
 * for a data reference, which becomes the code's data.
 */
export function classifyXliff2(
  local: string,
  attributes: XmlAttributes,
  start: number,
  itsPrefix: string,
  forTarget: boolean,
  issueMarkers: { add(id: string): void; has(id: string): boolean },
  dataOf: (ref: string | undefined) => string | undefined = () => undefined,
): InlineRole {
  switch (local) {
    case 'pc':
      return {
        kind: 'paired',
        id: attributes.id ?? `pc${start}`,
        data: dataOf(attributes.dataRefStart),
        closeData: dataOf(attributes.dataRefEnd),
      };
    case 'ph':
      return { kind: 'standalone', id: attributes.id ?? `ph${start}`, data: dataOf(attributes.dataRef) };
    case 'sc':
      return { kind: 'open', id: attributes.id ?? `sc${start}`, data: dataOf(attributes.dataRef) };
    case 'ec':
      return {
        kind: 'close',
        id: attributes.startRef ?? attributes.id ?? `ec${start}`,
        data: dataOf(attributes.dataRef),
      };
    case 'cp': {
      const char = charOfCp(attributes.hex);
      return char === '' ? { kind: 'standalone', id: `cp${start}` } : { kind: 'char', char };
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

/** What a writer knows about the unit and text a code is written in. */
export interface Xliff2CodeContext {
  /** All codes of the unit, to find a code's partner. */
  readonly codes: readonly InlineCode[];
  /** Ids whose open and close both stand in this text (see pairedCodeIds). */
  readonly paired: ReadonlySet<string>;
  /**
   * The originalData id holding a code's native data in the unit being written; absent when writing back onto the
   * file read, whose originalData (and the references into it) stay as they were.
   */
  readonly dataRefOf?: (code: InlineCode) => string | undefined;
}

/**
 * Markup of a code for an XLIFF 2 file. Read from XLIFF 2 (`native`), a code keeps its markup, its data references
 * pointed at the originalData this writer writes (`dataRefOf`). Any other code becomes `ph`, or `sc`/`ec` (isolated
 * when its partner is not in the same text), with a `dataRef` to its native data when it has some.
 */
export function xliff2CodeMarkup(code: InlineCode, native: boolean, context: Xliff2CodeContext): string {
  const { dataRefOf } = context;
  if (native && isXliff2Code(code.markup)) {
    if (dataRefOf === undefined || !/\sdataRef/.test(code.markup)) return code.markup;
    if (/^<pc\b/.test(code.markup)) {
      const partner = partnerOf(context.codes, code);
      return setTagAttributes(code.markup, {
        dataRefStart: dataRefOf(code),
        dataRefEnd: partner === undefined ? undefined : dataRefOf(partner),
      });
    }
    return setTagAttributes(code.markup, { dataRef: dataRefOf(code) });
  }
  const id = escapeXmlAttribute(xliff2Id(code.id));
  const ref = dataRefOf?.(code);
  const dataRef = ref === undefined ? '' : ` dataRef="${escapeXmlAttribute(ref)}"`;
  if (code.kind === 'standalone') return `<ph id="${id}"${dataRef}/>`;
  const isolated = !context.paired.has(code.id);
  if (code.kind === 'open') return `<sc id="${id}"${isolated ? ' isolated="yes"' : ''}${dataRef}/>`;
  return isolated ? `<ec id="${id}" isolated="yes"${dataRef}/>` : `<ec startRef="${id}"${dataRef}/>`;
}

/** A code id as an XLIFF 2 NMTOKEN. */
export function xliff2Id(id: string): string {
  return id.replace(/[^\w.-]/g, '_');
}
