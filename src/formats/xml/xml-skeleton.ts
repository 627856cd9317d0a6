import type { BilingualUnit } from '../../model/bilingual.ts';
import { ITS_NAMESPACE } from './its-issue.ts';
import { setTagAttributes, type TextEdit } from './xml-escape.ts';

/**
 * Where one unit's editable parts sit in the original text, so that the writer can replace only those parts.
 * Offsets are into `XmlSkeleton.text`; -1 means "absent".
 */
export interface UnitPlace {
  /** Inner range of the target content, or -1 when the unit has no target element. */
  readonly targetStart: number;
  readonly targetEnd: number;
  /** Whole target element, for removing it or replacing a self-closing one. */
  readonly targetElementStart: number;
  readonly targetElementEnd: number;
  /** Where a new target element goes when there is none (after the source). */
  readonly targetInsertAt: number;
  /** The start tag that carries state attributes (XLIFF 2 segment, XLIFF 1.2 target, TMX tu). */
  readonly stateTagStart: number;
  readonly stateTagEnd: number;
  /** Range of the notes to replace; an empty range is an insertion point. */
  readonly notesStart: number;
  readonly notesEnd: number;
  /** Further ranges of old notes to remove when the notes change, if they were not contiguous (XLIFF 1.2, TMX). */
  readonly extraNoteRanges?: readonly (readonly [number, number])[];
}

/** The flat skeleton of an XML bilingual file: its text, the units as read, and where each unit sits. */
export interface XmlSkeleton {
  readonly kind: 'xml-skeleton';
  readonly format: 'xliff2' | 'xliff12' | 'tmx';
  readonly text: string;
  readonly encoding: string;
  readonly read: readonly BilingualUnit[];
  readonly places: readonly UnitPlace[];
  /** Range of the root start tag, to add a namespace declaration when a change needs one. */
  readonly rootStart: number;
  readonly rootEnd: number;
}

/** Narrows `preserved` to a skeleton of `format`, or undefined. */
export function skeletonOf(preserved: unknown, format: XmlSkeleton['format']): XmlSkeleton | undefined {
  const skeleton = preserved as XmlSkeleton | undefined;
  return skeleton?.kind === 'xml-skeleton' && skeleton.format === format ? skeleton : undefined;
}

/** Whether the units still line up one-to-one (same ids, same order) with those read. */
export function sameUnitIds(units: readonly BilingualUnit[], read: readonly BilingualUnit[]): boolean {
  return units.length === read.length && units.every((unit, index) => unit.id === read[index]!.id);
}

/** Which parts of a unit the user changed compared with the unit as read. */
export function unitChanges(
  unit: BilingualUnit,
  read: BilingualUnit,
): { target: boolean; state: boolean; notes: boolean; provenance: boolean } {
  if (unit === read) return { target: false, state: false, notes: false, provenance: false };
  return {
    target:
      unit.target !== read.target ||
      JSON.stringify(unit.issues) !== JSON.stringify(read.issues) ||
      JSON.stringify(unit.codes) !== JSON.stringify(read.codes),
    state: unit.state !== read.state || unit.subState !== read.subState,
    notes: JSON.stringify(unit.notes) !== JSON.stringify(read.notes),
    provenance: JSON.stringify(unit.provenance ?? {}) !== JSON.stringify(read.provenance ?? {}),
  };
}

/** Rewrites the XML declaration's encoding to UTF-8 (the writers produce strings written as UTF-8). */
export function declareUtf8(text: string): string {
  return text.replace(/^(\uFEFF?<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');
}

/** Leading white space of the line on which `offset` sits, for indenting inserted elements. */
export function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/**
 * The edit that gives a unit's target, as the skeleton placed it, the rendered `content`: the element removed when
 * `content` is null; `element(content)` inserted after the source when the unit had no target; a self-closing
 * element opened, filled and closed; otherwise only the content replaced. Null when there is nothing to do.
 */
export function targetEdit(
  text: string,
  place: UnitPlace,
  content: string | null,
  element: (content: string) => string,
): TextEdit | null {
  if (content === null) {
    return place.targetElementStart < 0
      ? null
      : { start: place.targetElementStart, end: place.targetElementEnd, replacement: '' };
  }
  if (place.targetStart < 0) {
    const at = place.targetInsertAt;
    return { start: at, end: at, replacement: `\n${lineIndent(text, at)}${element(content)}` };
  }
  if (place.targetStart === place.targetElementEnd) {
    // A self-closing target, or a self-closing `<mrk mtype="seg"/>` as Trados writes for empty segments.
    const tag = text.slice(place.targetElementStart, place.targetElementEnd);
    const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? 'target';
    const replacement = `${tag.replace(/\s*\/>$/, '>')}${content}</${name}>`;
    return { start: place.targetElementStart, end: place.targetElementEnd, replacement };
  }
  return { start: place.targetStart, end: place.targetEnd, replacement: content };
}

// The root binds the `its` prefix to the ITS namespace (either quote).
const ITS_PREFIX_BOUND = /\sxmlns:its\s*=\s*(["'])http:\/\/www\.w3\.org\/2005\/11\/its\1/;

/**
 * The edit that binds the `its` prefix, which written quality issues use, on the root start tag; null when the root
 * binds it already. A file that declared ITS under another prefix gets `its` too, rather than markup it cannot read.
 */
export function itsDeclarationEdit(skeleton: XmlSkeleton): TextEdit | null {
  const root = skeleton.text.slice(skeleton.rootStart, skeleton.rootEnd);
  if (ITS_PREFIX_BOUND.test(root)) return null;
  const replacement = setTagAttributes(root, { 'xmlns:its': ITS_NAMESPACE });
  return { start: skeleton.rootStart, end: skeleton.rootEnd, replacement };
}
