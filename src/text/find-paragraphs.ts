/** A half-open range [start, end) of a text, in JavaScript string offsets. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

const LINE = /[^\r\n]*(\r\n|\n|\r|$)/gy;
const BLANK = /^\s*$/;

/**
 * Paragraphs of `text`: maximal runs of non-blank lines (a blank line holds only whitespace), trimmed of surrounding
 * whitespace. A single line break stays inside its paragraph. Ranges are exact offsets into `text`, in order.
 */
export function findParagraphs(text: string): TextRange[] {
  const paragraphs: TextRange[] = [];
  let start = -1;
  let end = -1;
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const lineStart = LINE.lastIndex;
    const match = LINE.exec(text);
    if (!match) break;
    const lineEnd = lineStart + match[0].length - (match[1] ?? '').length;
    const line = text.slice(lineStart, lineEnd);
    if (BLANK.test(line)) {
      if (start >= 0) paragraphs.push({ start, end });
      start = -1;
    } else {
      if (start < 0) start = lineStart + (line.length - line.trimStart().length);
      end = lineStart + line.trimEnd().length;
    }
    if (match[0].length === 0) break;
  }
  if (start >= 0) paragraphs.push({ start, end });
  return paragraphs;
}
