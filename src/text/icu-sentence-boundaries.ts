import type { TextLang } from './segment-sentences.ts';

const segmenters = new Map<string, Intl.Segmenter>();

// Intl.Segmenter's sentence iteration slows down with the square of the text's length (20,000 short sentences in one
// paragraph took 20 s), so long text is given to it in windows of about this many characters.
const WINDOW = 4_000;

function segmenterFor(lang: TextLang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Where ICU's sentence breaks fall in `text` (offsets of the sentences after the first), computed in one go. */
function boundariesOf(text: string, lang: TextLang): number[] {
  const boundaries: number[] = [];
  for (const part of segmenterFor(lang).segment(text)) if (part.index > 0) boundaries.push(part.index);
  return boundaries;
}

/**
 * ICU's sentence boundaries in `text` (UAX #29 rules for `lang`), without the end of the text: the same as one pass
 * of Intl.Segmenter, in time that grows in line with the text. A window's last boundary may be an effect of the cut
 * (the rules look ahead past it), so it is not kept: the next window starts at the boundary before it and finds it
 * again with its context. A window with fewer than two boundaries (a very long sentence) grows until it has them.
 */
export function icuSentenceBoundaries(text: string, lang: TextLang, window = WINDOW): number[] {
  if (text.length <= window) return boundariesOf(text, lang);
  const boundaries: number[] = [];
  let from = 0;
  let size = window;
  while (from < text.length) {
    const to = Math.min(text.length, from + size);
    const found = boundariesOf(text.slice(from, to), lang);
    if (to === text.length) {
      for (const boundary of found) boundaries.push(from + boundary);
      break;
    }
    if (found.length < 2) {
      size *= 2;
      continue;
    }
    const resumeAt = found[found.length - 2]!;
    for (let index = 0; index < found.length - 1; index++) boundaries.push(from + found[index]!);
    from += resumeAt;
    size = window;
  }
  return boundaries;
}
