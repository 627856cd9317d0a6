import { FileFormatError } from '../../model/errors.ts';

/** One record of a CSV/TSV file: its cells and where it sits in the text. */
export interface DelimitedRow {
  readonly cells: readonly string[];
  /** 1-based line on which the record starts. */
  readonly line: number;
  /** [start, end) of the record in the text, without its line break. */
  readonly start: number;
  readonly end: number;
}

const RULE = 'RFC 4180 §2: quoted fields';

/** A quoted cell read from its opening quote: its text and where it ends (after the closing quote). */
interface QuotedCell {
  readonly cell: string;
  readonly end: number;
}

/** Why a cell that opens with a quote is not a well-formed quoted cell, and where (offset into the text). */
interface QuotingProblem {
  readonly problem: string;
  readonly at: number;
}

/**
 * Reads the quoted cell whose opening quote is at `open`: up to the quote that closes it, `""` inside being one
 * quote. The cell must end there, at the delimiter, a line break or the end of the text.
 */
function readQuotedCell(text: string, open: number, delimiter: ',' | '\t'): QuotedCell | QuotingProblem {
  let cell = '';
  let index = open + 1;
  for (;;) {
    const quote = text.indexOf('"', index);
    if (quote === -1) return { problem: 'a quoted cell is never closed (missing ")', at: open };
    cell += text.slice(index, quote);
    if (text[quote + 1] !== '"') {
      index = quote + 1;
      break;
    }
    cell += '"';
    index = quote + 2;
  }
  const next = text[index];
  if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
    return {
      problem: 'text after the closing quote of a quoted cell (a quote inside a quoted cell is written "")',
      at: index,
    };
  }
  return { cell, end: index };
}

/** How many line feeds lie in text[from, to). */
function lineBreaksBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** End of an unquoted cell that starts at `index`: the next delimiter, line break or the end of the text. */
function unquotedEnd(text: string, index: number, delimiter: ',' | '\t'): number {
  let end = index;
  while (end < text.length && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

/**
 * Splits CSV or TSV text into records, RFC 4180 style: a cell that starts with `"` is quoted, `""` inside is one
 * quote, and quoted cells may hold the delimiter and line breaks; records end with LF or CRLF. Blank lines are
 * skipped. Text in, rows out. In CSV a quote never closed, or text after a closing quote, throws FileFormatError
 * naming its line and column. TSV has no quoting of its own, so there such a cell is read as it stands, up to the
 * next tab or line break (`"We deny it," he said.` is English text, not a broken quoted cell).
 */
export function parseDelimited(text: string, delimiter: ',' | '\t', file: string): DelimitedRow[] {
  const rows: DelimitedRow[] = [];
  const length = text.length;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (index < length) {
    const start = index;
    const startLine = line;
    const cells: string[] = [];
    for (;;) {
      const quoted = text[index] === '"' ? readQuotedCell(text, index, delimiter) : undefined;
      if (quoted !== undefined && 'problem' in quoted && delimiter === ',') {
        const place = {
          file,
          line: line + lineBreaksBetween(text, index, quoted.at),
          column: quoted.at - text.lastIndexOf('\n', quoted.at - 1),
        };
        throw new FileFormatError(place, quoted.problem, RULE);
      }
      if (quoted !== undefined && 'cell' in quoted) {
        cells.push(quoted.cell);
        line += lineBreaksBetween(text, index, quoted.end);
        index = quoted.end;
      } else {
        const end = unquotedEnd(text, index, delimiter);
        cells.push(text.slice(index, end));
        index = end;
      }
      if (text[index] === delimiter) {
        index++;
        continue;
      }
      break;
    }
    const end = index;
    if (text[index] === '\r') index++;
    if (text[index] === '\n') index++;
    line++;
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ cells, line: startLine, start, end });
  }
  return rows;
}

/** Writes one cell, quoting it when it holds the delimiter, a quote, a line break or leading/trailing space. */
export function formatCell(value: string, delimiter: ',' | '\t'): string {
  if (value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value)) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}
