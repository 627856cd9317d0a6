import type { BilingualDocument, BilingualUnit, InlineCode, UnitNote } from '../../model/bilingual.ts';
import { pairedCodeIds } from '../xml/code-pairs.ts';
import { ITS_NAMESPACE, issueAttributes } from '../xml/its-issue.ts';
import { type InlineMarker, renderInline } from '../xml/render-inline.ts';
import { applyTextEdits, escapeXmlAttribute, setTagAttributes, type TextEdit } from '../xml/xml-escape.ts';
import {
  declareUtf8,
  itsDeclarationEdit,
  lineIndent,
  sameUnitIds,
  skeletonOf,
  targetEdit,
  unitChanges,
  type XmlSkeleton,
} from '../xml/xml-skeleton.ts';
import { segmentGroups } from './segment-groups.ts';
import { escapeXliff2Text, xliff2CodeMarkup } from './xliff2-inline.ts';

/**
 * Issue markers for a target: `<sm type="its:lqi" …/>` at the start, `<em startRef/>` at the end. Their ids avoid
 * those in `taken` (the unit's code ids, and the markers of its other segments), which they join.
 */
function issueMarkers(unit: BilingualUnit, taken = new Set(unit.codes.map((code) => code.id))): InlineMarker[] {
  if (unit.issues.length === 0) return [];
  const markers: InlineMarker[] = [];
  unit.issues.forEach((issue, index) => {
    let id = issue.id ?? `lqi${index + 1}`;
    while (taken.has(id)) id = `${id}_`;
    taken.add(id);
    const safe = escapeXmlAttribute(id);
    markers.push({
      offset: issue.start,
      rank: 1,
      markup: `<sm id="${safe}" type="its:lqi"${issueAttributes(issue)}/>`,
    });
    markers.push({ offset: issue.end, rank: 0, markup: `<em startRef="${safe}"/>` });
  });
  return markers;
}

/**
 * XLIFF 2 markup of a source or target text. Written back onto the file read (no `originalData`), codes keep their
 * markup; written fresh, codes read from XLIFF 2 (`native`) keep theirs with references into `originalData`, the
 * others are built from their native data.
 */
function renderText(
  unit: BilingualUnit,
  text: string,
  withIssues: boolean,
  native = true,
  originalData?: OriginalData,
  takenIds?: Set<string>,
): string {
  const context = { codes: unit.codes, paired: pairedCodeIds(text), dataRefOf: originalData?.refOf };
  return renderInline(
    text,
    unit.codes,
    { escapeText: escapeXliff2Text, codeMarkup: (code) => xliff2CodeMarkup(code, native, context) },
    withIssues ? issueMarkers(unit, takenIds) : [],
  );
}

/** The originalData of a unit written fresh: one `data` per distinct native code, and which one each code uses. */
interface OriginalData {
  readonly markup: string;
  readonly refOf: (code: InlineCode) => string | undefined;
}

const NO_DATA: OriginalData = { markup: '', refOf: () => undefined };

/** Collects the native data of a unit's codes into an originalData block (markup '' when no code has data). */
function originalDataOf(codes: readonly InlineCode[]): OriginalData {
  if (!codes.some((code) => code.data !== undefined)) return NO_DATA;
  const idOfData = new Map<string, string>();
  for (const code of codes) {
    if (code.data !== undefined && !idOfData.has(code.data)) idOfData.set(code.data, `d${idOfData.size + 1}`);
  }
  const items = [...idOfData].map(([data, id]) => `<data id="${id}">${escapeXliff2Text(data)}</data>`);
  return {
    markup: items.length === 0 ? '' : `<originalData>${items.join('')}</originalData>`,
    refOf: (code) => (code.data === undefined ? undefined : idOfData.get(code.data)),
  };
}

/** `<notes>` markup for a unit's notes, or '' when it has none. */
function renderNotes(notes: readonly UnitNote[]): string {
  if (notes.length === 0) return '';
  const items = notes.map((note) => {
    const category = note.category === undefined ? '' : ` category="${escapeXmlAttribute(note.category)}"`;
    const appliesTo = note.appliesTo === undefined ? '' : ` appliesTo="${note.appliesTo}"`;
    const id = note.id === undefined ? '' : ` id="${escapeXmlAttribute(note.id)}"`;
    return `<note${id}${category}${appliesTo}>${escapeXliff2Text(note.text)}</note>`;
  });
  return `<notes>${items.join('')}</notes>`;
}

/** Writes back into the original text only the parts of the units that changed. */
function writeBack(doc: BilingualDocument, skeleton: XmlSkeleton): string {
  const { text, places, read } = skeleton;
  const edits: TextEdit[] = [];
  let needsIts = false;
  doc.units.forEach((unit, index) => {
    const before = read[index]!;
    const place = places[index]!;
    const changed = unitChanges(unit, before);
    if (changed.target) {
      const content = unit.target === null ? null : renderText(unit, unit.target, true);
      needsIts ||= content !== null && unit.issues.length > 0;
      const edit = targetEdit(text, place, content, (inner) => `<target>${inner}</target>`);
      if (edit) edits.push(edit);
    }
    if (changed.state) {
      const tag = text.slice(place.stateTagStart, place.stateTagEnd);
      const replacement = setTagAttributes(tag, { state: unit.state, subState: unit.subState });
      edits.push({ start: place.stateTagStart, end: place.stateTagEnd, replacement });
    }
    if (changed.notes && place.notesStart >= 0) {
      const notes = renderNotes(unit.notes);
      const insert = place.notesStart === place.notesEnd;
      const replacement = insert && notes ? `\n${lineIndent(text, place.stateTagStart)}${notes}` : notes;
      edits.push({ start: place.notesStart, end: place.notesEnd, replacement });
    }
  });
  const declaration = needsIts ? itsDeclarationEdit(skeleton) : null;
  if (declaration) edits.push(declaration);
  const written = applyTextEdits(text, edits);
  return skeleton.encoding === 'utf-8' ? written : declareUtf8(written);
}

/**
 * ` id="…"` for a segment written back into its unit: the part of the model id after `segmentOf_` (the file's own
 * segment id or mid), when it is an NMTOKEN no code of the unit uses (`taken`, which it joins); '' otherwise.
 */
function segmentId(unit: BilingualUnit, taken: Set<string>): string {
  const prefix = `${unit.segmentOf}_`;
  if (!unit.id.startsWith(prefix)) return '';
  const id = unit.id.slice(prefix.length);
  if (!/^[\w.-]+$/.test(id) || taken.has(id)) return '';
  taken.add(id);
  return ` id="${id}"`;
}

/**
 * Builds a fresh XLIFF 2.1 file: one `file`, one `unit` with one `segment` per model unit, except that the segments
 * of one file unit (`segmentOf`) go back into one unit.
 */
function writeFresh(doc: BilingualDocument): string {
  const original = doc.original === undefined ? '' : ` original="${escapeXmlAttribute(doc.original)}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="${ITS_NAMESPACE}" version="2.1" srcLang="${escapeXmlAttribute(doc.sourceLang || 'en')}" trgLang="${escapeXmlAttribute(doc.targetLang || 'fr')}">`,
    `  <file id="f1"${original}>`,
  ];
  const native = doc.format === 'xliff2';
  const usedIds = new Set<string>();
  segmentGroups(doc.units).forEach((segments, index) => {
    const first = segments[0]!;
    let id = (segments.length > 1 ? first.segmentOf! : first.id).replace(/[^\w.-]/g, '_') || `u${index + 1}`;
    if (/^[.-]/.test(id)) id = `u${id}`;
    while (usedIds.has(id)) id = `${id}_`;
    usedIds.add(id);
    lines.push(`    <unit id="${escapeXmlAttribute(id)}">`);
    // A lone segment (nearly every unit) needs no merged lists.
    const alone = segments.length === 1;
    const notes = renderNotes(alone ? first.notes : segments.flatMap((unit) => unit.notes));
    if (notes) lines.push(`      ${notes}`);
    const originalData = originalDataOf(alone ? first.codes : segments.flatMap((unit) => unit.codes));
    if (originalData.markup) lines.push(`      ${originalData.markup}`);
    const takenIds = alone ? undefined : new Set(segments.flatMap((unit) => unit.codes.map((code) => code.id)));
    for (const unit of segments) {
      const state = unit.state === undefined ? '' : ` state="${unit.state}"`;
      const subState =
        unit.state !== undefined && unit.subState !== undefined
          ? ` subState="${escapeXmlAttribute(unit.subState)}"`
          : '';
      lines.push(`      <segment${takenIds === undefined ? '' : segmentId(unit, takenIds)}${state}${subState}>`);
      lines.push(`        <source>${renderText(unit, unit.source, false, native, originalData)}</source>`);
      if (unit.target !== null) {
        lines.push(`        <target>${renderText(unit, unit.target, true, native, originalData, takenIds)}</target>`);
      }
      lines.push('      </segment>');
    }
    lines.push('    </unit>');
  });
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}

/**
 * Writes a document as XLIFF 2. A document read from XLIFF 2 with its skeleton is written back byte for byte,
 * changed only where the user changed a target, state, note or issue; anything else is generated fresh as XLIFF 2.1.
 */
export function writeXliff2(doc: BilingualDocument): string {
  const skeleton = skeletonOf(doc.preserved, 'xliff2');
  if (doc.format === 'xliff2' && skeleton && sameUnitIds(doc.units, skeleton.read)) return writeBack(doc, skeleton);
  return writeFresh(doc);
}
