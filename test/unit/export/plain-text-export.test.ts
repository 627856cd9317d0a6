import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { writeDocx } from '../../../src/export/docx-export.ts';
import { exportReview } from '../../../src/export/export-review.ts';
import { paragraphsOf } from '../../../src/export/plain-text-export.ts';
import type { ReviewDocument } from '../../../src/model/review.ts';
import { reviewOfFile } from '../review/review-fixture.ts';
import { docxParagraphs } from './docx-text.ts';
import { SETTINGS } from './export-fixture.ts';

const now = '2026-12-04T18:00:00.000Z';

/** The bundled XLIFF sample opened for review: its first and third units carry inline codes (⟨1⟩…⟨/1⟩, ⟨1/⟩). */
function xliffSampleReview(): ReviewDocument {
  return reviewOfFile('samples/sample.en-fr.xlf', now);
}

describe('plain-text and Word exports of a review with inline codes', () => {
  test('the text export holds no code placeholders (regression: "⟨1⟩Les grèves…⟨/1⟩", "…serveurs.⟨1/⟩")', async () => {
    const out = await exportReview(xliffSampleReview(), 'txt', { settings: SETTINGS, now });
    const text = new TextDecoder().decode(out.bytes);
    assert.doesNotMatch(text, /[⟨⟩]/);
    assert.match(text, /^Les grèves de rançongiciels contre les hôpitaux ont doublé en 2023\n/);
    assert.match(text, /restaurait les serveurs\.\n/);
  });

  test("the paragraphs for Word drop the placeholders of the segment's codes and keep a literal ⟨", () => {
    const review = xliffSampleReview();
    const typed = { ...review.segments[3]!, target: 'Un chevron ⟨1⟩ tapé.' };
    const paragraphs = paragraphsOf({ ...review, segments: review.segments.with(3, typed) });
    assert.equal(paragraphs[0], 'Les grèves de rançongiciels contre les hôpitaux ont doublé en 2023');
    assert.match(paragraphs[2]!, /restaurait les serveurs\.$/);
    assert.equal(paragraphs[3], 'Un chevron ⟨1⟩ tapé.');
  });

  test('the Word document holds the corrected text without placeholders', async () => {
    const paragraphs = docxParagraphs(await writeDocx(xliffSampleReview()));
    assert.equal(paragraphs[0], 'sample.en-fr.xlf');
    assert.equal(paragraphs[1], 'Les grèves de rançongiciels contre les hôpitaux ont doublé en 2023');
    assert.doesNotMatch(paragraphs.join('\n'), /[⟨⟩]/);
  });
});
