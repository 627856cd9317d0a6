import type { BilingualDocument, BilingualUnit } from '../../model/bilingual.ts';
import { FileFormatError } from '../../model/errors.ts';
import { decodeText, detectBom } from '../../text/decode-text.ts';
import { withOptional } from '../xml/optional-fields.ts';
import { readStatusWord, STATUS_WORDS_EXPECTED } from './delimited-status.ts';
import { type DelimitedRow, parseDelimited } from './parse-delimited.ts';

/** Where the known columns are in a CSV/TSV file; -1 when a column is absent. */
export interface DelimitedColumns {
  readonly source: number;
  readonly target: number;
  readonly status: number;
  readonly note: number;
}

/** The skeleton of a CSV/TSV file: text, rows and columns, and the units as read. */
export interface DelimitedSkeleton {
  readonly kind: 'delimited';
  readonly format: 'csv' | 'tsv';
  readonly text: string;
  readonly rows: readonly DelimitedRow[];
  readonly columns: DelimitedColumns;
  readonly read: readonly BilingualUnit[];
}

const RULE = 'bilingual CSV/TSV: header source, target, optional status, note';

/** Finds the known columns in the header row; `source` and `target` are required. */
function readHeader(row: DelimitedRow, file: string): DelimitedColumns {
  const names = row.cells.map((cell) => cell.trim().toLowerCase());
  const columns = {
    source: names.indexOf('source'),
    target: names.indexOf('target'),
    status: names.indexOf('status'),
    note: names.indexOf('note'),
  };
  for (const required of ['source', 'target'] as const) {
    if (columns[required] === -1) {
      throw new FileFormatError(
        { file, line: row.line, column: 1 },
        `the header has no "${required}" column (found: ${names.join(', ') || 'nothing'})`,
        RULE,
      );
    }
  }
  return columns;
}

/**
 * Parses bilingual CSV (comma, RFC 4180 quoting) or TSV (tab) text with a header `source`, `target` and optional
 * `status` (a review status as the UI names it, or an XLIFF 2 state; see readStatusWord) and `note`. Unit ids are
 * row numbers from 1. Text in, document out; throws FileFormatError naming the line of a bad header or status.
 */
export function parseDelimitedBilingual(text: string, format: 'csv' | 'tsv', file: string): BilingualDocument {
  const rows = parseDelimited(text, format === 'csv' ? ',' : '\t', file);
  const header = rows[0];
  if (!header) throw new FileFormatError({ file }, 'the file holds no header and no rows', RULE);
  const columns = readHeader(header, file);
  const units: BilingualUnit[] = rows.slice(1).map((row, index) => {
    const cell = columns.status === -1 ? '' : (row.cells[columns.status] ?? '').trim();
    const status = cell === '' ? undefined : readStatusWord(cell);
    if (cell !== '' && status === undefined) {
      throw new FileFormatError(
        { file, line: row.line },
        `unknown status "${cell}" (expected ${STATUS_WORDS_EXPECTED})`,
        RULE,
      );
    }
    const note = columns.note === -1 ? '' : (row.cells[columns.note] ?? '');
    const unit: BilingualUnit = {
      id: String(index + 1),
      source: row.cells[columns.source] ?? '',
      // An empty target cell means "not translated yet", as a missing XLIFF target does.
      target: (row.cells[columns.target] ?? '') === '' ? null : row.cells[columns.target]!,
      codes: [],
      notes: note === '' ? [] : [{ text: note }],
      issues: [],
    };
    return withOptional(unit, { state: status?.state, subState: status?.subState });
  });
  const preserved: DelimitedSkeleton = { kind: 'delimited', format, text, rows: rows.slice(1), columns, read: units };
  return { format, sourceLang: 'en', targetLang: 'fr', units, preserved };
}

/** Reads a CSV or TSV file from its bytes (UTF-8, UTF-16 with BOM or Windows-1252). Throws FileFormatError. */
export function readDelimited(
  bytes: Uint8Array,
  file: string,
  format: 'csv' | 'tsv',
  options: { maxBytes?: number } = {},
): BilingualDocument {
  const { text, encoding } = decodeText(bytes, file, options);
  // decodeText drops a UTF-8 BOM; keep it so that an unchanged file is written back byte for byte.
  const bom = encoding === 'utf-8' && detectBom(bytes).length > 0 ? '\uFEFF' : '';
  return parseDelimitedBilingual(bom + text, format, file);
}
