import type { BilingualDocument, BilingualUnit } from '../../model/bilingual.ts';
import { pairedCodeIds } from '../xml/code-pairs.ts';
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
  lineIndent,
  sameUnitIds,
  skeletonOf,
  unitChanges,
  type XmlSkeleton,
} from '../xml/xml-skeleton.ts';
import { codeMarkupTmx, notesToTmx, provenanceToTmx } from './tmx-mapping.ts';

/**
 * TMX markup of a `seg`'s content; codes read from TMX (`native`) keep their markup, others become `bpt`/`ept`/
 * `it`/`ph` holding their native data, numbered in the order of the unit's codes so that the source and the target
 * give a code the same number.
 */
function renderSeg(unit: BilingualUnit, text: string, native: boolean): string {
  const numbers = new Map<string, number>();
  for (const code of unit.codes) if (!numbers.has(code.id)) numbers.set(code.id, numbers.size + 1);
  const paired = pairedCodeIds(text);
  return renderInline(text, unit.codes, {
    escapeText: escapeXmlText,
    codeMarkup: (code) => codeMarkupTmx(code, native, (id) => numbers.get(id) ?? 0, paired),
  });
}

/** Writes back into the original text only the parts of the units that changed. */
function writeBack(doc: BilingualDocument, skeleton: XmlSkeleton): string {
  const { text, places, read } = skeleton;
  const edits: TextEdit[] = [];
  const lang = escapeXmlAttribute(doc.targetLang || 'fr');
  doc.units.forEach((unit, index) => {
    const place = places[index]!;
    const changed = unitChanges(unit, read[index]!);
    if (changed.target) {
      if (unit.target === null) {
        if (place.targetElementStart >= 0) {
          edits.push({ start: place.targetElementStart, end: place.targetElementEnd, replacement: '' });
        }
      } else {
        const content = renderSeg(unit, unit.target, true);
        if (place.targetStart < 0) {
          const indent = lineIndent(text, place.targetInsertAt);
          const replacement = `\n${indent}<tuv xml:lang="${lang}"><seg>${content}</seg></tuv>`;
          edits.push({ start: place.targetInsertAt, end: place.targetInsertAt, replacement });
        } else if (
          place.targetStart === place.targetEnd &&
          text.slice(place.targetStart - 2, place.targetStart) === '/>'
        ) {
          const tagStart = text.lastIndexOf('<', place.targetStart);
          const open = text.slice(tagStart, place.targetStart).replace(/\s*\/>$/, '>');
          edits.push({ start: tagStart, end: place.targetStart, replacement: `${open}${content}</seg>` });
        } else {
          edits.push({ start: place.targetStart, end: place.targetEnd, replacement: content });
        }
      }
    }
    if (changed.provenance) {
      const tag = text.slice(place.stateTagStart, place.stateTagEnd);
      edits.push({
        start: place.stateTagStart,
        end: place.stateTagEnd,
        replacement: setTagAttributes(tag, provenanceToTmx(unit.provenance)),
      });
    }
    if (changed.notes) {
      const notes = notesToTmx(unit.notes);
      const insert = place.notesStart === place.notesEnd;
      const indent = lineIndent(text, place.notesStart);
      const joined = notes.join(`\n${indent}`);
      const replacement = insert && notes.length > 0 ? `${joined}\n${indent}` : joined;
      edits.push({ start: place.notesStart, end: place.notesEnd, replacement });
      for (const [start, end] of place.extraNoteRanges ?? []) edits.push({ start, end, replacement: '' });
    }
  });
  const written = applyTextEdits(text, edits);
  return skeleton.encoding === 'utf-8' ? written : declareUtf8(written);
}

/** Builds a fresh TMX 1.4b file with one `tu` per unit (English `tuv`, then French when there is a target). */
function writeFresh(doc: BilingualDocument): string {
  const source = escapeXmlAttribute(doc.sourceLang || 'en');
  const target = escapeXmlAttribute(doc.targetLang || 'fr');
  const datatype = escapeXmlAttribute(doc.datatype ?? 'plaintext');
  const native = doc.format === 'tmx';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Relecture" creationtoolversion="0.1.0" segtype="sentence" o-tmf="relecture" adminlang="en" srclang="${source}" datatype="${datatype}"/>`,
    '  <body>',
  ];
  for (const unit of doc.units) {
    const provenance = Object.entries(provenanceToTmx(unit.provenance))
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value!)}"`)
      .join('');
    lines.push(`    <tu tuid="${escapeXmlAttribute(unit.id)}"${provenance}>`);
    for (const note of notesToTmx(unit.notes)) lines.push(`      ${note}`);
    lines.push(`      <tuv xml:lang="${source}"><seg>${renderSeg(unit, unit.source, native)}</seg></tuv>`);
    if (unit.target !== null) {
      lines.push(`      <tuv xml:lang="${target}"><seg>${renderSeg(unit, unit.target, native)}</seg></tuv>`);
    }
    lines.push('    </tu>');
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

/**
 * Writes a document as TMX 1.4b, always as UTF-8 text (a UTF-16 input's declaration is rewritten to UTF-8):
 * written back from its skeleton when it was read from TMX, changed only where the user changed something;
 * otherwise generated fresh. TMX has no target state: state changes are not written.
 */
export function writeTmx(doc: BilingualDocument): string {
  const skeleton = skeletonOf(doc.preserved, 'tmx');
  if (doc.format === 'tmx' && skeleton && sameUnitIds(doc.units, skeleton.read)) return writeBack(doc, skeleton);
  return writeFresh(doc);
}
