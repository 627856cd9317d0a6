import type { BilingualDocument, BilingualUnit } from '../../model/bilingual.ts';
import { applyTextEdits, type TextEdit } from '../xml/xml-escape.ts';
import { statusWordOf } from './delimited-status.ts';
import { formatCell } from './parse-delimited.ts';
import type { DelimitedSkeleton } from './read-delimited.ts';

/** The note column's text for a unit: its notes joined by line breaks. */
function noteText(unit: BilingualUnit): string {
  return unit.notes.map((note) => note.text).join('\n');
}

/** Writes one record; `cells` holds the original record's cells so that unknown columns survive. */
function formatRow(cells: readonly string[], delimiter: ',' | '\t'): string {
  return cells.map((cell) => formatCell(cell, delimiter)).join(delimiter);
}

/**
 * Writes a document as CSV (comma, RFC 4180 quoting, CRLF) or TSV (tab, LF). A document read from the same format
 * with its skeleton is written back unchanged except the records whose target, status or note changed; else a
 * fresh file with header `source, target, status, note`. Statuses are written as words the reader gives back as the
 * same review status (statusWordOf).
 */
export function writeDelimited(doc: BilingualDocument, format: 'csv' | 'tsv'): string {
  const delimiter = format === 'csv' ? ',' : '\t';
  const skeleton = doc.preserved as DelimitedSkeleton | undefined;
  if (
    doc.format === format &&
    skeleton?.kind === 'delimited' &&
    skeleton.format === format &&
    skeleton.read.length === doc.units.length
  ) {
    const { columns } = skeleton;
    const edits: TextEdit[] = [];
    doc.units.forEach((unit, index) => {
      const before = skeleton.read[index]!;
      const row = skeleton.rows[index]!;
      const noteChanged = JSON.stringify(unit.notes) !== JSON.stringify(before.notes);
      if (
        unit === before ||
        ((unit.target ?? '') === (before.target ?? '') && statusWordOf(unit) === statusWordOf(before) && !noteChanged)
      ) {
        return;
      }
      const cells = [...row.cells];
      cells[columns.target] = unit.target ?? '';
      if (columns.status !== -1) cells[columns.status] = statusWordOf(unit);
      if (columns.note !== -1) cells[columns.note] = noteText(unit);
      edits.push({ start: row.start, end: row.end, replacement: formatRow(cells, delimiter) });
    });
    return applyTextEdits(skeleton.text, edits);
  }
  const eol = format === 'csv' ? '\r\n' : '\n';
  const lines = [formatRow(['source', 'target', 'status', 'note'], delimiter)];
  for (const unit of doc.units) {
    lines.push(formatRow([unit.source, unit.target ?? '', statusWordOf(unit), noteText(unit)], delimiter));
  }
  return lines.join(eol) + eol;
}
