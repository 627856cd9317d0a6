import type { InlineCode, UnitNote, UnitProvenance } from '../../model/bilingual.ts';
import { type InlineRole, nativeData } from '../xml/inline-content.ts';
import type { XmlAttributes } from '../xml/scan-xml.ts';
import { escapeXmlAttribute, escapeXmlText } from '../xml/xml-escape.ts';
import { localName, textContent, type XmlElement } from '../xml/xml-tree.ts';

/**
 * Classifies TMX inline elements: `bpt`/`ept` open and close by `i`, `it` by `pos`, `ph`/`ut` standalone, `hi`
 * paired; bpt, ept, it, ph and ut carry their content as the code's data. An element without its `i` or `x` is
 * named by its rank among the elements of its name (`nth`), which a source and its target share, never by offset.
 */
export function classifyTmx(element: XmlElement, nth: number): InlineRole {
  const { i, x, pos } = element.attributes;
  const name = localName(element.name);
  const data = nativeData(element);
  switch (name) {
    case 'bpt':
      return { kind: 'open', id: i ?? `bpt#${nth}`, data };
    case 'ept':
      // The nth ept closes the nth bpt when neither has its i.
      return { kind: 'close', id: i ?? `bpt#${nth}`, data };
    case 'it':
      return { kind: pos === 'end' ? 'close' : 'open', id: `it${x ?? `#${nth}`}`, data };
    case 'hi':
      return { kind: 'paired', id: `hi${x ?? `#${nth}`}` };
    default:
      return { kind: 'standalone', id: `${name}${x ?? `#${nth}`}`, data };
  }
}

/** Language of a `tuv` (`xml:lang`, or `lang` as in TMX 1.1), lower case. */
export function tuvLanguage(tuv: XmlElement): string {
  return (tuv.attributes['xml:lang'] ?? tuv.attributes.lang ?? '').toLowerCase();
}

/** Notes of a `tu`: `<note>` as a plain note, `<prop type="T">` as a note of category T. */
export function notesFromTmx(elements: readonly XmlElement[]): UnitNote[] {
  return elements.map((element) =>
    localName(element.name) === 'prop'
      ? { text: textContent(element), category: element.attributes.type ?? '' }
      : { text: textContent(element) },
  );
}

/** Markup of model notes for a `tu`: plain notes as `<note>`, categorised ones as `<prop type>`. */
export function notesToTmx(notes: readonly UnitNote[]): string[] {
  return notes.map((note) =>
    note.category === undefined
      ? `<note>${escapeXmlText(note.text)}</note>`
      : `<prop type="${escapeXmlAttribute(note.category)}">${escapeXmlText(note.text)}</prop>`,
  );
}

/** `20240131T142500Z` → `2024-01-31T14:25:00Z`; other values are kept as they are. */
export function isoFromTmxDate(value: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : value;
}

/** `2024-01-31T14:25:00Z` (or with milliseconds) → `20240131T142500Z`; other values are kept as they are. */
export function tmxDateFromIso(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(value);
  return match ? `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6]}Z` : value;
}

/** Provenance from `creationid`, `creationdate`, `changeid`, `changedate`, or undefined when none is set. */
export function provenanceFromTmx(attributes: XmlAttributes): UnitProvenance | undefined {
  const { creationid, creationdate, changeid, changedate } = attributes;
  if (creationid === undefined && creationdate === undefined && changeid === undefined && changedate === undefined) {
    return undefined;
  }
  return {
    ...(creationid === undefined ? {} : { createdBy: creationid }),
    ...(creationdate === undefined ? {} : { createdAt: isoFromTmxDate(creationdate) }),
    ...(changeid === undefined ? {} : { changedBy: changeid }),
    ...(changedate === undefined ? {} : { changedAt: isoFromTmxDate(changedate) }),
  };
}

/** TMX attributes for a provenance record (undefined values remove the attribute when editing a tag). */
export function provenanceToTmx(provenance: UnitProvenance | undefined): Record<string, string | undefined> {
  return {
    creationid: provenance?.createdBy,
    creationdate: provenance?.createdAt === undefined ? undefined : tmxDateFromIso(provenance.createdAt),
    changeid: provenance?.changedBy,
    changedate: provenance?.changedAt === undefined ? undefined : tmxDateFromIso(provenance.changedAt),
  };
}

// Markup that is TMX inline vocabulary: bpt/ept with i, ph/it/ut elements, hi tags.
const TMX_CODE =
  /^<(bpt|ept)\b[^<>]*\bi=[^<>]*(?:\/>|>[\s\S]*<\/\1>)$|^<(ph|it|ut)\b[^<>]*(?:\/>|>[\s\S]*<\/\2>)$|^<hi\b[^<>]*[^/<>]>$|^<\/hi\s*>$/;

/** Whether a code's markup is TMX inline markup. */
export function isTmxCode(markup: string): boolean {
  return TMX_CODE.test(markup);
}

/**
 * Markup of a code in a TMX file: the original when `native` (read from TMX) and it is TMX markup valid where it
 * stands; otherwise TMX
 * 1.4b elements holding the code's native data: `bpt`/`ept` numbered by `i`, `it` when its partner is not in the
 * same text, `ph` for a standalone code. `numberOf` gives each code id of the unit its number.
 */
export function codeMarkupTmx(
  code: InlineCode,
  native: boolean,
  numberOf: (id: string) => number,
  paired: ReadonlySet<string>,
): string {
  // A bpt or ept whose partner the user moved out of the text would be invalid alone: it is rewritten as an it.
  const alone = code.kind !== 'standalone' && !paired.has(code.id) && /^<(?:bpt|ept)\b/.test(code.markup);
  if (native && !alone && isTmxCode(code.markup)) return code.markup;
  const content = escapeXmlText(code.data ?? '');
  const number = numberOf(code.id);
  if (code.kind === 'standalone') return `<ph x="${number}">${content}</ph>`;
  const open = code.kind === 'open';
  if (!paired.has(code.id)) return `<it pos="${open ? 'begin' : 'end'}" x="${number}">${content}</it>`;
  return open ? `<bpt i="${number}">${content}</bpt>` : `<ept i="${number}">${content}</ept>`;
}
