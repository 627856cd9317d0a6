import { withoutCodePlaceholders } from '../formats/text/without-code-placeholders.ts';
import { writePlainText } from '../formats/text/write-plain-text.ts';
import type { ReviewDocument } from '../model/review.ts';
import { reviewToBilingual } from './review-to-bilingual.ts';

/**
 * The corrected French as paragraphs, for documents built paragraph by paragraph (Word). A review opened from a
 * text keeps that text's lines: each line that is not blank is a paragraph. Otherwise the sentences of a paragraph
 * are joined by a space. Empty ones are left out. Word paragraphs hold no inline codes: their placeholders go.
 */
export function paragraphsOf(review: ReviewDocument): string[] {
  const bilingual = reviewToBilingual(review, 'txt');
  if (bilingual.preserved !== undefined) {
    return writePlainText(bilingual)
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
  }
  const paragraphs: string[][] = [];
  let current: string[] = [];
  let paragraph: number | undefined;
  for (const segment of review.segments) {
    if (paragraph !== undefined && segment.paragraph !== paragraph) {
      paragraphs.push(current);
      current = [];
    }
    paragraph = segment.paragraph;
    const target = withoutCodePlaceholders(segment.target, segment.codes);
    if (target.length > 0) current.push(target);
  }
  paragraphs.push(current);
  return paragraphs.filter((sentences) => sentences.length > 0).map((sentences) => sentences.join(' '));
}
