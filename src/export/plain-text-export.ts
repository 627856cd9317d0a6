import type { ReviewDocument } from '../model/review.ts';

/** The corrected French grouped by paragraph: sentences of a paragraph joined by a space, empty ones left out. */
export function paragraphsOf(review: ReviewDocument): string[] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  let paragraph: number | undefined;
  for (const segment of review.segments) {
    if (paragraph !== undefined && segment.paragraph !== paragraph) {
      paragraphs.push(current);
      current = [];
    }
    paragraph = segment.paragraph;
    if (segment.target.length > 0) current.push(segment.target);
  }
  paragraphs.push(current);
  return paragraphs.filter((sentences) => sentences.length > 0).map((sentences) => sentences.join(' '));
}
