import type { InlineCode } from '../../model/bilingual.ts';
import { splitPlaceholders } from './inline-content.ts';

/** Markup to insert at an offset of the placeholder text (issue start and end markers). */
export interface InlineMarker {
  readonly offset: number;
  readonly markup: string;
  /** Among markers at one offset, lower ranks go first (end markers before start markers). */
  readonly rank: number;
}

/** How a format writes text and codes. */
export interface InlineWriter {
  readonly escapeText: (text: string) => string;
  readonly codeMarkup: (code: InlineCode) => string;
}

/**
 * Turns placeholder text back into markup: text escaped, each placeholder replaced by its code's markup (as the
 * format decides), markers inserted at their offsets. Text and codes in, markup out.
 */
export function renderInline(
  text: string,
  codes: readonly InlineCode[],
  writer: InlineWriter,
  markers: readonly InlineMarker[] = [],
): string {
  if (codes.length === 0 && markers.length === 0) return writer.escapeText(text);
  const pending = [...markers].sort((a, b) => a.offset - b.offset || a.rank - b.rank);
  let next = 0;
  let out = '';
  const flushUpTo = (offset: number): void => {
    while (next < pending.length && pending[next]!.offset <= offset) out += pending[next++]!.markup;
  };
  for (const piece of splitPlaceholders(text, codes)) {
    if ('code' in piece) {
      flushUpTo(piece.start);
      out += writer.codeMarkup(piece.code);
      continue;
    }
    let at = piece.start;
    const end = piece.start + piece.text.length;
    while (next < pending.length && pending[next]!.offset < end) {
      const offset = Math.max(at, pending[next]!.offset);
      out += writer.escapeText(text.slice(at, offset));
      at = offset;
      flushUpTo(offset);
    }
    out += writer.escapeText(text.slice(at, end));
  }
  flushUpTo(Number.POSITIVE_INFINITY);
  return out;
}
