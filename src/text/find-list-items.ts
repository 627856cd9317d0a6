// List markers: numbers (`1.`, `1)`, `2.1.`, `(3)`), letters and roman numerals (`a.`, `B)`, `iv.`, `(c)`), and
// bullets. A marker is followed by a space or a tab and then the item.
const NUMBER_MARKER = String.raw`\d{1,3}(?:\.\d{1,3})*[.)]|\(\d{1,3}\)`;
const LETTER_MARKER = String.raw`(?:[A-Za-z]|[ivx]{2,4}|[IVX]{2,4})[.)]|\((?:[A-Za-z]|[ivx]{2,4}|[IVX]{2,4})\)`;
const BULLET_MARKER = '[-–—•◦▪‣*·]';
const LINE_WITH_MARKER = new RegExp(
  `^([ \\t]*)(?:(${NUMBER_MARKER})|(${LETTER_MARKER})|(${BULLET_MARKER}))[ \\t]+\\S`,
  'u',
);
const NUMBER_OR_LETTER_ONLY = new RegExp(`^(?:${NUMBER_MARKER}|${LETTER_MARKER})$`, 'u');
const LINE = /[^\r\n]*(?:\r\n|\n|\r|$)/gy;
const MAX_MARKER_RUN = 32;

/**
 * Offsets in `text` (one paragraph) of the list items that begin a line after the first: where a segment must
 * start. A line that merely starts like an item (a hard-wrapped `5.` or `- aside -`) is taken for one only when
 * another line of the paragraph starts with a marker of the same kind, or when the line before ends with a colon.
 */
export function findListItemStarts(text: string): number[] {
  const lines = readLines(text);
  const counts = new Map<string, number>();
  for (const line of lines) if (line.kind) counts.set(line.kind, (counts.get(line.kind) ?? 0) + 1);
  const starts: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const { kind, marker } = lines[k]!;
    if (kind === undefined) continue;
    if (counts.get(kind)! >= 2 || lines[k - 1]!.text.trimEnd().endsWith(':')) starts.push(marker);
  }
  return starts;
}

/**
 * True when `text.slice(from, to)` holds nothing but a list number or letter (`1.`, `a)`) opening its line: the
 * full stop after it does not end a sentence.
 */
export function isListNumberOnly(text: string, from: number, to: number): boolean {
  // Longer than any marker with the spaces around it: not one (and a long run is never copied).
  if (to - from > MAX_MARKER_RUN) return false;
  const candidate = text.slice(from, to);
  const start = from + (candidate.length - candidate.trimStart().length);
  if (!NUMBER_OR_LETTER_ONLY.test(candidate.trim())) return false;
  // Only spaces or tabs may stand between the line start and the number (walked back, not searched: a long line of
  // `1. 2. 3.` must stay linear).
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n' || text[k] === '\r';
}

interface Line {
  readonly text: string;
  /** `number`, `letter`, or the bullet character itself; undefined when the line starts with no marker. */
  readonly kind: string | undefined;
  /** Offset of the marker in the whole text. */
  readonly marker: number;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const lineStart = LINE.lastIndex;
    const match = LINE.exec(text);
    if (!match || match[0].length === 0) break;
    const line = match[0];
    const marker = LINE_WITH_MARKER.exec(line);
    const kind = marker ? (marker[2] ? 'number' : marker[3] ? 'letter' : marker[4]) : undefined;
    lines.push({ text: line, kind, marker: lineStart + (marker ? marker[1]!.length : 0) });
  }
  return lines;
}
