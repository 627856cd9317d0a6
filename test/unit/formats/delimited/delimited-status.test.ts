import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exportReview } from '../../../../src/export/export-review.ts';
import { reviewToBilingual } from '../../../../src/export/review-to-bilingual.ts';
import { readDelimited } from '../../../../src/formats/delimited/read-delimited.ts';
import { writeDelimited } from '../../../../src/formats/delimited/write-delimited.ts';
import type { BilingualDocument } from '../../../../src/model/bilingual.ts';
import type { ReviewDocument } from '../../../../src/model/review.ts';
import { SEGMENT_STATUSES } from '../../../../src/model/segment.ts';
import { statusFromState } from '../../../../src/model/status-states.ts';
import { createReview } from '../../../../src/review/create-review.ts';
import { SETTINGS } from '../../export/export-fixture.ts';
import { reviewOfFile, sampleReview } from '../../review/review-fixture.ts';
import { rejection, utf8 } from '../fixture.ts';

const now = '2026-12-04T18:00:00.000Z';

/** A review with one segment in each status, in workflow order. */
function reviewInEveryStatus(): ReviewDocument {
  const base = sampleReview();
  const segments = SEGMENT_STATUSES.map((status, index) => ({
    ...base.segments[0]!,
    id: `s${index + 1}`,
    index,
    status,
  }));
  return { ...base, segments };
}

function statusesOf(doc: BilingualDocument): string[] {
  return createReview(doc, {
    id: 'back',
    name: 'back',
    mode: 'source',
    englishRole: 'source',
    origin: { file: 'back', format: doc.format },
    at: now,
  }).segments.map((segment) => segment.status);
}

/** The review statuses a CSV with these status cells opens with. */
function statusesRead(...cells: string[]): string[] {
  const csv = `source,target,status\n${cells.map((cell) => `a,b,${cell}`).join('\n')}\n`;
  return readDelimited(utf8(csv), 'statuses.csv', 'csv').units.map((unit) =>
    statusFromState(unit.state, unit.subState),
  );
}

describe('CSV/TSV statuses', () => {
  test('every review status survives review → CSV → read (regression: Draft came back as New)', async () => {
    const review = reviewInEveryStatus();
    const out = await exportReview(review, 'csv', { settings: SETTINGS, now });
    assert.deepEqual(statusesOf(readDelimited(out.bytes, out.fileName, 'csv')), [...SEGMENT_STATUSES]);
  });

  test('every review status survives review → TSV → read', () => {
    const tsv = writeDelimited(reviewToBilingual(reviewInEveryStatus(), 'csv'), 'tsv');
    assert.deepEqual(statusesOf(readDelimited(utf8(tsv), 'back.tsv', 'tsv')), [...SEGMENT_STATUSES]);
  });

  test('writes the statuses in the words the UI uses', () => {
    const csv = writeDelimited(reviewToBilingual(reviewInEveryStatus(), 'csv'), 'csv');
    assert.deepEqual(
      csv
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(',').at(-2)),
      ['new', 'draft', 'confirmed', 'approved', 'rejected'],
    );
  });

  test('reads the UI\'s status words in any case (regression: "new" was refused)', () => {
    assert.deepEqual(statusesRead('new', 'Draft', 'CONFIRMED', 'Approved', 'rejected'), [...SEGMENT_STATUSES]);
  });

  test('still reads the XLIFF 2 states, in any case', () => {
    assert.deepEqual(statusesRead('initial', 'Translated', 'reviewed', 'FINAL'), [
      'new',
      'translated',
      'translated',
      'approved',
    ]);
  });

  test('a changed status alone rewrites the record, as the word the reader gives back', () => {
    const read = readDelimited(utf8('source,target,status\na,b,new\nc,d,initial\n'), 'a.csv', 'csv');
    const units = read.units.map((unit, index) =>
      index === 0 ? { ...unit, state: 'initial' as const, subState: 'relecture:draft' } : unit,
    );
    assert.equal(writeDelimited({ ...read, units }, 'csv'), 'source,target,status\na,b,draft\nc,d,initial\n');
  });

  test('names the file and line of an unknown status and lists the words it takes', () => {
    const message = rejection(() =>
      readDelimited(utf8('source,target,status\na,b,initial\nd,e,done\n'), 'bad.csv', 'csv'),
    );
    assert.match(message, /^bad\.csv:3: unknown status "done" \(expected new, draft, confirmed, approved or rejected/);
  });

  test('a CSV export keeps the code placeholders and reads back with the same texts and statuses', async () => {
    const review = reviewOfFile('samples/sample.en-fr.xlf', now);
    const out = await exportReview(review, 'csv', { settings: SETTINGS, now });
    assert.match(new TextDecoder().decode(out.bytes), /⟨1⟩Les grèves de rançongiciels⟨\/1⟩/);
    const back = readDelimited(out.bytes, out.fileName, 'csv');
    assert.deepEqual(
      back.units.map((unit) => unit.target ?? ''),
      review.segments.map((segment) => segment.target),
    );
    assert.deepEqual(
      statusesOf(back),
      review.segments.map((segment) => segment.status),
    );
  });
});
