import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ReviewDocument } from '../model/review.ts';
import { paragraphsOf } from './plain-text-export.ts';

/** Writes the corrected French as a Word document: the review's name as title, then one paragraph per paragraph. */
export async function writeDocx(review: ReviewDocument): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Relecture',
    title: review.name,
    styles: { default: { document: { run: { language: { value: review.targetLang } } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(review.name)] }),
          ...paragraphsOf(review).map((text) => new Paragraph({ children: [new TextRun(text)] })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
