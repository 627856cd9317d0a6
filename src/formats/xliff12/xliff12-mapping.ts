import type { InlineCode, TargetState, UnitNote } from '../../model/bilingual.ts';
import type { InlineRole } from '../xml/inline-content.ts';
import { readIssueFields } from '../xml/its-issue.ts';
import { escapeXmlAttribute, escapeXmlText } from '../xml/xml-escape.ts';
import { localName, textContent, type XmlElement } from '../xml/xml-tree.ts';

/** Prefix of the subState that carries an XLIFF 1.2 `state-qualifier`, e.g. `xlf12:rejected-inaccurate`. */
export const QUALIFIER_PREFIX = 'xlf12:';

const STATE_MAP: Record<string, TargetState> = {
  new: 'initial',
  'needs-translation': 'initial',
  'needs-adaptation': 'initial',
  'needs-l10n': 'initial',
  translated: 'translated',
  'needs-review-translation': 'translated',
  'needs-review-adaptation': 'translated',
  'needs-review-l10n': 'translated',
  'signed-off': 'reviewed',
  final: 'final',
};

const STATE_BACK: Record<TargetState, string> = {
  initial: 'needs-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final',
};

/** XLIFF 2 state for an XLIFF 1.2 `state` value (new/needs-* → initial, translated/needs-review-* → translated, signed-off → reviewed, final → final). */
export function stateFrom12(state: string | undefined): TargetState | undefined {
  return state === undefined ? undefined : STATE_MAP[state];
}

/** XLIFF 1.2 `state` for a model state, keeping the original 1.2 value when it maps to the same state. */
export function stateTo12(state: TargetState | undefined, original: string | undefined): string | undefined {
  if (state === undefined) return undefined;
  return original !== undefined && STATE_MAP[original] === state ? original : STATE_BACK[state];
}

/** XLIFF 1.2 `state-qualifier` carried by a model subState (`xlf12:…`), or undefined. */
export function qualifierFromSubState(subState: string | undefined): string | undefined {
  return subState?.startsWith(QUALIFIER_PREFIX) ? subState.slice(QUALIFIER_PREFIX.length) : undefined;
}

/** A 1.2 `<note>` as a model note: `from` becomes the category, `annotates` source/target the appliesTo. */
export function noteFrom12(note: XmlElement): UnitNote {
  const annotates = note.attributes.annotates;
  return {
    text: textContent(note),
    ...(note.attributes.from === undefined ? {} : { category: note.attributes.from }),
    ...(annotates === 'source' || annotates === 'target' ? { appliesTo: annotates } : {}),
  };
}

/** Markup of a model note as an XLIFF 1.2 `<note>`. */
export function noteTo12(note: UnitNote): string {
  const from = note.category === undefined ? '' : ` from="${escapeXmlAttribute(note.category)}"`;
  const annotates = note.appliesTo === undefined ? '' : ` annotates="${note.appliesTo}"`;
  return `<note${from}${annotates}>${escapeXmlText(note.text)}</note>`;
}

/**
 * Classifies XLIFF 1.2 inline elements: `g` and `mrk` paired, except a `mrk mtype="x-its"` holding an ITS quality
 * issue (attributes under `itsPrefix`), which marks its content; `x`, `ph` standalone; `bx`/`bpt` open and
 * `ex`/`ept` close (matched by `rid`, else `id`); `it` open or close by `pos`; anything else standalone.
 */
export function classify12(element: XmlElement, itsPrefix = 'its'): InlineRole {
  const { id, rid, pos, mid } = element.attributes;
  const fallback = `${localName(element.name)}${element.start}`;
  switch (localName(element.name)) {
    case 'g':
      return { kind: 'paired', id: id ?? fallback };
    case 'mrk':
      if (
        element.attributes.mtype === 'x-its' &&
        element.attributes[`${itsPrefix}:locQualityIssueType`] !== undefined
      ) {
        return { kind: 'issue', issue: readIssueFields(element.attributes, itsPrefix) };
      }
      return { kind: 'paired', id: `m${mid ?? element.start}` };
    case 'bx':
    case 'bpt':
      return { kind: 'open', id: rid ?? id ?? fallback };
    case 'ex':
    case 'ept':
      return { kind: 'close', id: rid ?? id ?? fallback };
    case 'it':
      return { kind: pos === 'close' ? 'close' : 'open', id: rid ?? id ?? fallback };
    default:
      return { kind: 'standalone', id: id ?? fallback };
  }
}

// Markup that is XLIFF 1.2 inline vocabulary: g/mrk tags, empty x/bx/ex, ph/bpt/ept/it elements with an id.
const XLIFF12_CODE =
  /^<(?:g|mrk)\b[^<>]*[^/<>]>$|^<\/(?:g|mrk)\s*>$|^<(?:x|bx|ex|g)\b[^<>]*\bid=[^<>]*\/>$|^<(ph|bpt|ept|it)\b[^<>]*\bid=[^<>]*(?:\/>|>[\s\S]*<\/\1>)$/;

/** Whether a code's markup is XLIFF 1.2 inline markup. */
export function isXliff12Code(markup: string): boolean {
  return XLIFF12_CODE.test(markup);
}

/** Markup of a code in an XLIFF 1.2 file: the original when `native` and it is 1.2 markup, else `bx`/`ex`/`x`. */
export function codeMarkup12(code: InlineCode, native: boolean): string {
  if (native && isXliff12Code(code.markup)) return code.markup;
  const id = escapeXmlAttribute(code.id);
  if (code.kind === 'open') return `<bx id="${id}"/>`;
  if (code.kind === 'close') return `<ex id="${id}_e" rid="${id}"/>`;
  return `<x id="${id}"/>`;
}
