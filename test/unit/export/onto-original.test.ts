import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ExportOptions, exportFileName, exportReview } from '../../../src/export/export-review.ts';
import { readBilingualFile } from '../../../src/formats/read-bilingual-file.ts';
import type { ReviewDocument } from '../../../src/model/review.ts';
import { applyAction } from '../../../src/review/apply-action.ts';
import { readProjectFile } from '../../../src/store/project-file-read.ts';
import { writeProjectFile } from '../../../src/store/project-file-write.ts';
import { fixtureBytes } from '../formats/fixture.ts';
import { EDITOR, reviewOfFile, stamp, TRANSLATOR } from '../review/review-fixture.ts';
import { SETTINGS } from './export-fixture.ts';

/** A review of the fixture `path`, as the app makes it when the file is opened, and the file's bytes. */
function opened(path: string): { review: ReviewDocument; bytes: Uint8Array } {
  return { review: reviewOfFile(path), bytes: fixtureBytes(path) };
}

async function exported(review: ReviewDocument, format: 'xliff12' | 'tmx' | 'xliff2', bytes?: Uint8Array) {
  const options: ExportOptions = {
    settings: SETTINGS,
    now: '2026-12-04T12:00:00.000Z',
    ...(bytes === undefined ? {} : { original: { bytes, file: review.origin.file } }),
  };
  const file = await exportReview(review, format, options);
  return { text: new TextDecoder().decode(file.bytes), written: file.written };
}

/** The lines of `after` that are not in `before`, in order. */
function addedLines(before: string, after: string): string[] {
  const old = new Set(before.split('\n'));
  return after.split('\n').filter((line) => !old.has(line));
}

describe('exports written back onto the file a review was opened from', () => {
  test('a memoQ XLIFF 1.2 comes back unchanged when nothing was changed, and with one target when one was', async () => {
    const path = 'test/fixtures/formats/memoq.en-fr.xlf';
    const { review, bytes } = opened(path);
    const original = new TextDecoder().decode(bytes);
    const same = await exported(review, 'xliff12', bytes);
    assert.equal(same.text, original);
    const segment = review.segments[0]!;
    const edited = applyAction(review, stamp({ type: 'edit', segmentId: segment.id, text: 'Texte revu.' }, TRANSLATOR));
    const after = await exported(edited, 'xliff12', bytes);
    const added = addedLines(original, after.text);
    assert.equal(added.length, 1, added.join('\n'));
    assert.match(added[0]!, /Texte revu\./);
    // Without the file, the same export is written fresh: the tool's own header, not memoQ's.
    const fresh = await exported(edited, 'xliff12');
    assert.notEqual(fresh.text.split('\n')[2], original.split('\n')[2]);
  });

  test('an approval alone changes the state and nothing else', async () => {
    const path = 'samples/sample.en-fr.xlf';
    const { review, bytes } = opened(path);
    const original = new TextDecoder().decode(bytes);
    let approved = applyAction(review, stamp({ type: 'confirm', segmentId: 'p2-s1' }, TRANSLATOR));
    approved = applyAction(approved, stamp({ type: 'approve', segmentId: 'p2-s1' }, EDITOR));
    const after = await exported(approved, 'xliff2', bytes);
    const added = addedLines(original, after.text);
    // Relecture's own subState says which of its statuses "final" stands for.
    assert.deepEqual(
      added.map((line) => line.trim()),
      ['<segment state="final" subState="relecture:approved">'],
    );
  });

  test('a TMX opened for review keeps every pair, not only the approved ones, and its UTF-16 text as UTF-8', async () => {
    const path = 'test/fixtures/formats/memory.en-fr.utf16le.tmx';
    const { review, bytes } = opened(path);
    const back = await exported(review, 'tmx', bytes);
    assert.equal(back.written, review.segments.length);
    const reread = readBilingualFile(new TextEncoder().encode(back.text), 'back.tmx');
    assert.deepEqual(
      reread.units.map((unit) => unit.target ?? ''),
      review.segments.map((segment) => segment.target),
    );
    // A fresh TMX takes approved pairs only: none here.
    assert.equal((await exported(review, 'tmx')).written, 0);
  });

  test('a file whose units no longer match the segments is not written onto: the export is fresh and complete', async () => {
    const path = 'samples/sample.en-fr.xlf';
    const { review, bytes } = opened(path);
    const shorter = { ...review, segments: review.segments.slice(1).map((segment, index) => ({ ...segment, index })) };
    const back = await exported(shorter, 'xliff2', bytes);
    assert.equal(back.written, shorter.segments.length);
    assert.ok(!back.text.includes('ransomware-brief.html'));
  });
});

describe("a file's own quality issues", () => {
  test('are shown as annotations made by the file, kept through the project file, and removable', async () => {
    const path = 'samples/sample.en-fr.xlf';
    const { review, bytes } = opened(path);
    const segment = review.segments.find((candidate) => candidate.id === 'p1-s1')!;
    assert.equal(segment.annotations.length, 1);
    const [annotation] = segment.annotations;
    assert.equal(segment.target.slice(annotation!.start, annotation!.end), 'éventuellement');
    assert.equal(annotation!.category, 'accuracy/mistranslation');
    assert.equal(annotation!.severity, 'major');
    assert.equal(annotation!.fromFile, 'mistranslation');
    assert.equal(annotation!.author, 'sample.en-fr.xlf');
    assert.match(annotation!.comment, /False friend/);
    const reopened = readProjectFile(writeProjectFile(review, 0), 'p.relecture.xlf').review;
    assert.deepEqual(reopened.segments[1]!.annotations, segment.annotations);

    // A fresh XLIFF 1.2 carries it too, with the file's own ITS type.
    const fresh = readBilingualFile(new TextEncoder().encode((await exported(review, 'xliff12')).text), 'f.xlf');
    assert.deepEqual(
      fresh.units[1]!.issues.map((issue) => [issue.type, issue.severity, issue.comment.slice(0, 12)]),
      [['mistranslation', 'major', 'False friend']],
    );

    // Removed by the reviewer, it leaves the file written back: the marker goes, its text stays, nothing else moves.
    const removed = applyAction(
      review,
      stamp({ type: 'removeAnnotation', segmentId: 'p1-s1', annotationId: annotation!.id }, EDITOR),
    );
    const back = (await exported(removed, 'xliff2', bytes)).text;
    const original = new TextDecoder().decode(bytes);
    assert.ok(!back.includes('its:lqi'));
    assert.deepEqual(
      addedLines(original, back).map((line) => line.trim()),
      [
        '<target>L’agence a déclaré que les attaquants avaient éventuellement exigé une rançon de 2 millions de dollars.</target>',
      ],
    );
  });
});

describe('export file names', () => {
  test('replace the extension of the file the review was opened from instead of adding to it', () => {
    const named = (name: string) => ({ ...opened('samples/sample.en-fr.xlf').review, name });
    assert.equal(exportFileName(named('article.fr-mt.txt'), 'txt'), 'article.fr-mt.fr.txt');
    assert.equal(exportFileName(named('brief.en-fr.XLIFF'), 'xliff12'), 'brief.en-fr.xliff12.xlf');
    assert.equal(exportFileName(named('mémoire.tmx'), 'html'), 'mémoire.report.html');
    assert.equal(exportFileName(named('a/b: c'), 'csv'), 'a-b- c.csv');
  });
});
