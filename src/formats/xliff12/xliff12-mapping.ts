import type { InlineCode, TargetState, UnitNote } from '../../model/bilingual.ts';
import { pairHasData } from '../xml/code-pairs.ts';
import { type InlineRole, nativeData } from '../xml/inline-content.ts';
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
 * `ex`/`ept` close (matched by `rid`, else `id`); `it` open or close by `pos`; anything else standalone. bpt, ept,
 * ph and it carry their content as the code's data. An element without the id it should have is named by its
 * rank among the elements of its name (`nth`), which a source and its target share, never by its offset.
 */
export function classify12(element: XmlElement, nth: number, itsPrefix = 'its'): InlineRole {
  const { id, rid, pos, mid } = element.attributes;
  const name = localName(element.name);
  // bx/ex and bpt/ept pair by rank when ids are missing: the nth start with the nth end.
  const fallback = name === 'ex' ? `bx#${nth}` : name === 'ept' ? `bpt#${nth}` : `${name}#${nth}`;
  switch (name) {
    case 'g':
      return { kind: 'paired', id: id ?? fallback };
    case 'mrk':
      if (
        element.attributes.mtype === 'x-its' &&
        element.attributes[`${itsPrefix}:locQualityIssueType`] !== undefined
      ) {
        return { kind: 'issue', issue: readIssueFields(element.attributes, itsPrefix) };
      }
      return { kind: 'paired', id: `m${mid ?? `#${nth}`}` };
    case 'bx':
      return { kind: 'open', id: rid ?? id ?? fallback };
    case 'bpt':
      return { kind: 'open', id: rid ?? id ?? fallback, data: nativeData(element) };
    case 'ex':
      return { kind: 'close', id: rid ?? id ?? fallback };
    case 'ept':
      return { kind: 'close', id: rid ?? id ?? fallback, data: nativeData(element) };
    case 'it':
      return { kind: pos === 'close' ? 'close' : 'open', id: rid ?? id ?? fallback, data: nativeData(element) };
    case 'ph':
      return { kind: 'standalone', id: id ?? fallback, data: nativeData(element) };
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

/** What a writer knows about the text a code is written in. */
export interface CodeContext {
  /** All codes of the unit, to find a code's partner. */
  readonly codes: readonly InlineCode[];
  /** Ids whose open and close both stand in this text (see pairedCodeIds). */
  readonly paired: ReadonlySet<string>;
}

/**
 * Markup of a code in an XLIFF 1.2 file: the original when `native` (read from XLIFF 1.2) and it is 1.2 markup that
 * is valid where it stands;
 * otherwise 1.2 elements built from the code: its native data inside `ph`, `bpt`/`ept` (or `it` when its partner is
 * not in the same text), and `x`, `bx`/`ex` for a code without data.
 */
export function codeMarkup12(code: InlineCode, native: boolean, context: CodeContext): string {
  // A bpt or ept whose partner the user moved out of the text would be invalid alone: it is rewritten as an it.
  const alone = code.kind !== 'standalone' && !context.paired.has(code.id) && /^<(?:bpt|ept)\b/.test(code.markup);
  if (native && !alone && isXliff12Code(code.markup)) return code.markup;
  const id = escapeXmlAttribute(code.id);
  const data = escapeXmlText(code.data ?? '');
  if (code.kind === 'standalone') return code.data === undefined ? `<x id="${id}"/>` : `<ph id="${id}">${data}</ph>`;
  const open = code.kind === 'open';
  if (!pairHasData(context.codes, code))
    return open ? `<bx id="${id}" rid="${id}"/>` : `<ex id="${id}_e" rid="${id}"/>`;
  if (!context.paired.has(code.id)) return `<it id="${id}" pos="${open ? 'open' : 'close'}">${data}</it>`;
  return open ? `<bpt id="${id}">${data}</bpt>` : `<ept id="${id}">${data}</ept>`;
}
