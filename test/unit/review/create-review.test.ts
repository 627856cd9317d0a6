import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readPlainText } from '../../../src/formats/text/read-plain-text.ts';
import { statusFromState } from '../../../src/model/status-states.ts';
import { createReview } from '../../../src/review/create-review.ts';
import { sampleDocument, sampleReview } from './review-fixture.ts';

const OPTIONS = {
  id: 'r',
  name: 'r',
  mode: 'source',
  englishRole: 'source',
  origin: { file: 'f', format: 'xliff2' },
  at: 'T',
} as const;

describe('createReview', () => {
  test('starts every segment with the MT as both mt and target and as a first version authored MT', () => {
    const review = sampleReview();
    const first = review.segments[0]!;
    assert.equal(first.mt, 'Des grèves de rançongiciels ont touché des hôpitaux.');
    assert.equal(first.target, first.mt);
    assert.deepEqual(
      first.versions.map((v) => `${v.author}:${v.text}`),
      [`MT:${first.mt}`],
    );
    assert.equal(first.source, 'Ransomware strikes hit hospitals.');
    assert.equal(first.retranslation, null);
  });

  test('takes each status from the unit state and subState', () => {
    assert.deepEqual(
      sampleReview().segments.map((s) => s.status),
      ['new', 'translated', 'approved'],
    );
    assert.equal(statusFromState('reviewed', 'relecture:rejected'), 'rejected');
    assert.equal(statusFromState('initial', undefined), 'new');
    assert.equal(statusFromState('final', undefined), 'approved');
  });

  test('records the spaces and line breaks around each sentence of a plain text, and none for other files', () => {
    const doc = readPlainText(new TextEncoder().encode('Titre\n\nUne phrase.  Une autre.\n'), 'a.txt');
    const review = createReview(doc, OPTIONS);
    assert.deepEqual(
      review.segments.map((s) => s.spaceBefore),
      ['', '\n\n', '  '],
    );
    assert.equal(review.trailingSpace, '\n');
    const bilingual = createReview(sampleDocument(), OPTIONS);
    assert.equal(bilingual.trailingSpace, undefined);
    assert.equal(bilingual.segments[0]!.spaceBefore, undefined);
  });

  test('keeps notes and paragraphs of the units', () => {
    const review = sampleReview();
    assert.deepEqual(review.segments[1]!.notes, [{ text: 'title', category: 'context' }]);
    assert.deepEqual(
      review.segments.map((s) => s.paragraph),
      [0, 0, 1],
    );
  });
});

describe('createReview ids', () => {
  test('makes repeated unit ids unique so actions reach the right segment', () => {
    const doc = sampleDocument();
    const units = doc.units.map((unit) => ({ ...unit, id: 'same' }));
    const review = createReview({ ...doc, units }, OPTIONS);
    assert.deepEqual(
      review.segments.map((s) => s.id),
      ['same', 'same-2', 'same-3'],
    );
  });
});
