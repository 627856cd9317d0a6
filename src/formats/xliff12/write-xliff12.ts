import type { BilingualDocument, BilingualUnit } from '../../model/bilingual.ts';
import { pairedCodeIds } from '../xml/code-pairs.ts';
import { ITS_NAMESPACE } from '../xml/its-issue.ts';
import { renderInline } from '../xml/render-inline.ts';
import {
  applyTextEdits,
  escapeXmlAttribute,
  escapeXmlText,
  setTagAttributes,
  type TextEdit,
} from '../xml/xml-escape.ts';
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
import { issueMarkers12 } from './issue-markers12.ts';
import { sdlConfFromState } from './sdl-confirmation.ts';
import { codeMarkup12, noteTo12, qualifierFromSubState, stateTo12 } from './xliff12-mapping.ts';

/**
 * XLIFF 1.2 markup of a source or target text; codes read from XLIFF 1.2 (`native`) keep their markup, others are
 * written from their native data. The target carries the unit's quality issues as ITS `mrk` elements (`withIssues`).
 */
function renderText(unit: BilingualUnit, text: string, native: boolean, withIssues = false): string {
  const context = { codes: unit.codes, paired: pairedCodeIds(text) };
  return renderInline(
    text,
    unit.codes,
    { escapeText: escapeXmlText, codeMarkup: (code) => codeMarkup12(code, native, context) },
    withIssues ? issueMarkers12(unit, text) : [],
  );
}

/** ` state="…" state-qualifier="…"` for a unit, keeping the original 1.2 state when it still fits. */
function stateAttributes(unit: BilingualUnit, originalState?: string): string {
  const state = stateTo12(unit.state, originalState);
  const qualifier = qualifierFromSubState(unit.subState);
  return (
    (state === undefined ? '' : ` state="${state}"`) +
    (qualifier === undefined ? '' : ` state-qualifier="${escapeXmlAttribute(qualifier)}"`)
  );
}

/** A target start tag (or a Trados `sdl:seg` tag, whose `conf` is the segment's state) carrying the unit's state. */
function withState(tag: string, unit: BilingualUnit): string {
  if (/^<[\w.-]+:seg\b/.test(tag)) {
    const original = /\sconf\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    return setTagAttributes(tag, { conf: sdlConfFromState(unit.state, original) });
  }
  const original = /\sstate\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
  return setTagAttributes(tag, {
    state: stateTo12(unit.state, original),
    'state-qualifier': qualifierFromSubState(unit.subState),
  });
}

/** Writes back into the original text only the parts of the units that changed. */
function writeBack(doc: BilingualDocument, skeleton: XmlSkeleton): string {
  const { text, places, read } = skeleton;
  const edits: TextEdit[] = [];
  let needsIts = false;
  doc.units.forEach((unit, index) => {
    const place = places[index]!;
    const changed = unitChanges(unit, read[index]!);
    if (changed.target) {
      const content = unit.target === null ? null : renderText(unit, unit.target, true, true);
      needsIts ||= content !== null && unit.issues.length > 0;
      const edit = targetEdit(text, place, content, (inner) => `<target${stateAttributes(unit)}>${inner}</target>`);
      if (edit) edits.push(edit);
    }
    if (changed.state && place.stateTagStart >= 0) {
      const tag = text.slice(place.stateTagStart, place.stateTagEnd);
      edits.push({ start: place.stateTagStart, end: place.stateTagEnd, replacement: withState(tag, unit) });
    }
    if (changed.notes && place.notesStart >= 0) {
      const notes = unit.notes.map(noteTo12).join('');
      const insert = place.notesStart === place.notesEnd;
      const indent = lineIndent(text, place.targetInsertAt);
      const replacement = insert && notes ? `  ${notes}\n${indent.slice(2)}` : notes;
      edits.push({ start: place.notesStart, end: place.notesEnd, replacement });
      for (const [start, end] of place.extraNoteRanges ?? []) edits.push({ start, end, replacement: '' });
    }
  });
  const declaration = needsIts ? itsDeclarationEdit(skeleton) : null;
  if (declaration) edits.push(declaration);
  const written = applyTextEdits(text, edits);
  return skeleton.encoding === 'utf-8' ? written : declareUtf8(written);
}

/** Builds a fresh XLIFF 1.2 file with one `file` and one `trans-unit` per model unit. */
function writeFresh(doc: BilingualDocument): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    doc.units.some((unit) => unit.target !== null && unit.issues.length > 0)
      ? `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:its="${ITS_NAMESPACE}" its:version="2.0">`
      : '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="${escapeXmlAttribute(doc.original ?? 'relecture')}" source-language="${escapeXmlAttribute(doc.sourceLang || 'en')}" target-language="${escapeXmlAttribute(doc.targetLang || 'fr')}" datatype="${escapeXmlAttribute(doc.datatype ?? 'plaintext')}">`,
    '    <body>',
  ];
  const usedIds = new Set<string>();
  const native = doc.format === 'xliff12';
  doc.units.forEach((unit, index) => {
    let id = unit.id || String(index + 1);
    while (usedIds.has(id)) id = `${id}_`;
    usedIds.add(id);
    lines.push(`      <trans-unit id="${escapeXmlAttribute(id)}">`);
    lines.push(`        <source>${renderText(unit, unit.source, native)}</source>`);
    if (unit.target !== null) {
      lines.push(`        <target${stateAttributes(unit)}>${renderText(unit, unit.target, native, true)}</target>`);
    }
    for (const note of unit.notes) lines.push(`        ${noteTo12(note)}`);
    lines.push('      </trans-unit>');
  });
  lines.push('    </body>', '  </file>', '</xliff>', '');
  return lines.join('\n');
}

/**
 * Writes a document as XLIFF 1.2: written back byte for byte from its skeleton, changed only where the user changed
 * something, when it was read from XLIFF 1.2; otherwise generated fresh. Quality issues go on the target as ITS
 * `mrk` elements (see issue-markers12.ts).
 */
export function writeXliff12(doc: BilingualDocument): string {
  const skeleton = skeletonOf(doc.preserved, 'xliff12');
  if (doc.format === 'xliff12' && skeleton && sameUnitIds(doc.units, skeleton.read)) return writeBack(doc, skeleton);
  return writeFresh(doc);
}
