import { FileFormatError } from '../../model/errors.ts';

/** Line and column (1-based) of a string offset, counting LF, CRLF and CR as line ends. */
export function placeOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Builds a FileFormatError at a string offset of the decoded file text. */
export function errorAt(file: string, text: string, offset: number, problem: string, rule?: string): FileFormatError {
  const { line, column } = placeOfOffset(text, offset);
  return new FileFormatError({ file, line, column }, problem, rule);
}
