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

/**
 * Splits CSV or TSV text into records, RFC 4180 style: a cell that starts with `"` is quoted, `""` inside is one
 * quote, and quoted cells may hold the delimiter and line breaks; records end with LF or CRLF. Blank lines are
 * skipped. Text in, rows out; an unterminated quote throws FileFormatError naming its line and column.
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
      let cell = '';
      if (text[index] === '"') {
        const quoteLine = line;
        const quoteColumn = index - text.lastIndexOf('\n', index - 1);
        index++;
        for (;;) {
          const quote = text.indexOf('"', index);
          if (quote === -1) {
            throw new FileFormatError(
              { file, line: quoteLine, column: quoteColumn },
              'a quoted cell is never closed (missing ")',
              'RFC 4180 §2: quoted fields',
            );
          }
          const chunk = text.slice(index, quote);
          for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', at + 1)) line++;
          cell += chunk;
          if (text[quote + 1] === '"') {
            cell += '"';
            index = quote + 2;
          } else {
            index = quote + 1;
            break;
          }
        }
        // Text after a closing quote up to the delimiter is kept, as spreadsheets do.
        while (index < length && text[index] !== delimiter && text[index] !== '\n' && text[index] !== '\r') {
          cell += text[index++];
        }
      } else {
        let end = index;
        while (end < length && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end++;
        cell = text.slice(index, end);
        index = end;
      }
      cells.push(cell);
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
