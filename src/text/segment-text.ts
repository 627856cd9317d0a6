import { findParagraphs } from './find-paragraphs.ts';
import { type Sentence, segmentRange, type TextLang } from './segment-sentences.ts';

/** One paragraph: its exact range in the text and its sentences (offsets into the whole text). */
export interface TextParagraph {
  readonly start: number;
  readonly end: number;
  readonly sentences: readonly Sentence[];
}

/** A text cut into paragraphs (separated by blank lines) and sentences, with exact offsets. */
export interface TextLayout {
  readonly paragraphs: readonly TextParagraph[];
}

/**
 * Cuts `text` into paragraphs (one or more blank lines between them; a single line break stays inside) and each
 * paragraph into sentences with the conventions of `lang`. All offsets are exact into `text`.
 */
export function segmentText(text: string, lang: TextLang): TextLayout {
  return {
    paragraphs: findParagraphs(text).map((range) => ({
      start: range.start,
      end: range.end,
      sentences: segmentRange(text, range.start, range.end, lang),
    })),
  };
}
