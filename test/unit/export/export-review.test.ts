import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exportReview } from '../../../src/export/export-review.ts';
import { paragraphsOf } from '../../../src/export/plain-text-export.ts';
import { readBilingualFile } from '../../../src/formats/read-bilingual-file.ts';
import { readAlignedTexts } from '../../../src/formats/text/read-aligned-texts.ts';
import { readPlainText } from '../../../src/formats/text/read-plain-text.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import type { ReviewDocument } from '../../../src/model/review.ts';
import { applyAction } from '../../../src/review/apply-action.ts';
import { createReview } from '../../../src/review/create-review.ts';
import { readProjectFile } from '../../../src/store/project-file-read.ts';
import { writeProjectFile } from '../../../src/store/project-file-write.ts';
import { validateBilingualFile } from '../../../src/validate/validate-bilingual-file.ts';
import { changedLines, fixtureBytes } from '../formats/fixture.ts';
import { TRANSLATOR } from '../review/review-fixture.ts';
import { reviewedSample, SETTINGS } from './export-fixture.ts';

const now = '2026-12-04T18:00:00.000Z';

function reopen(bytes: Uint8Array, file: string): ReviewDocument {
  return createReview(readBilingualFile(bytes, file), {
    id: 'back',
    name: 'back',
    mode: 'source',
    englishRole: 'source',
    origin: { file, format: 'x' },
    at: now,
  });
}

function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

describe('exportReview', () => {
  test('XLIFF 2.1 read back gives the same statuses, texts, notes and annotations, and validates', async () => {
    const review = reviewedSample();
    const out = await exportReview(review, 'xliff2', { settings: SETTINGS, now });
    assert.deepEqual(validateBilingualFile(out.bytes, out.fileName), []);
    const back = reopen(out.bytes, out.fileName);
    assert.deepEqual(
      back.segments.map((s) => `${s.id} ${s.status} ${s.target}`),
      review.segments.map((s) => `${s.id} ${s.status} ${s.target}`),
    );
    const notes = back.segments[1]!.notes.map((n) => `${n.category}: ${n.text}`);
    assert.deepEqual(notes, ['context: title', 'comment: Tina: Vérifier le "titre" & la source']);
    assert.match(back.segments[0]!.notes.map((n) => n.text).join(), /contresens sur « strikes »/);
    const issues = readBilingualFile(out.bytes, out.fileName).units[0]!.issues;
    assert.deepEqual(
      issues.map((i) => `${i.type} ${i.severity} ${i.start}-${i.end} ${i.comment}`),
      ['mistranslation major 4-10 strikes = attaques <pas grèves>'],
    );
  });

  test('XLIFF 1.2 read back gives the same statuses, notes and annotations, with rejected-inaccurate as state-qualifier', async () => {
    const review = reviewedSample();
    const out = await exportReview(review, 'xliff12', { settings: SETTINGS, now });
    assert.deepEqual(validateBilingualFile(out.bytes, out.fileName), []);
    assert.match(text(out.bytes), /state-qualifier="rejected-inaccurate"/);
    const issues = readBilingualFile(out.bytes, out.fileName).units[0]!.issues;
    assert.deepEqual(
      issues.map((i) => `${i.type} ${i.severity} ${i.start}-${i.end} ${i.comment}`),
      ['mistranslation major 4-10 strikes = attaques <pas grèves>'],
    );
    const back = reopen(out.bytes, out.fileName);
    assert.deepEqual(
      back.segments.map((s) => s.status),
      review.segments.map((s) => s.status),
    );
    assert.deepEqual(
      back.segments[1]!.notes.map((n) => n.text),
      ['title', 'Tina: Vérifier le "titre" & la source'],
    );
  });

  test('TMX holds only the approved pairs, with creation and change ids and dates', async () => {
    const out = await exportReview(reviewedSample(), 'tmx', { settings: SETTINGS, now });
    assert.deepEqual(validateBilingualFile(out.bytes, out.fileName), []);
    const back = readBilingualFile(out.bytes, out.fileName);
    assert.deepEqual(
      back.units.map((u) => `${u.source} → ${u.target}`),
      ['Microsoft said so. → Microsoft l’a dit.'],
    );
    assert.equal(back.units[0]!.provenance?.createdBy, 'MT');
    assert.match(text(out.bytes), /creationdate="20261204T100000Z"/);
  });

  test('says how many segments are not approved', async () => {
    const out = await exportReview(reviewedSample(), 'csv', { settings: SETTINGS, now });
    assert.equal(out.unapproved, 2);
    assert.equal(out.fileName, 'sample.csv');
    assert.match(text(out.bytes), /La Chine dément\./);
  });

  test('writes the corrected French in its paragraphs as text', async () => {
    const out = await exportReview(reviewedSample(), 'txt', { settings: SETTINGS, now });
    assert.equal(
      text(out.bytes),
      'Des grèves de rançongiciels ont touché des hôpitaux. La Chine dément.\n\nMicrosoft l’a dit.\n',
    );
  });

  test('gives the corrected text the layout of the text file it was opened from, through a saved project', async () => {
    const frenchFile = 'samples/china-denies-microsoft-hack.fr-mt.txt';
    const french = fixtureBytes(frenchFile);
    const english = fixtureBytes('samples/china-denies-microsoft-hack.en-retranslation.txt');
    const doc = readAlignedTexts({ bytes: english, file: 'en.txt' }, { bytes: french, file: frenchFile });
    let review = createReview(doc, {
      id: 'p',
      name: 'p',
      mode: 'retranslation',
      englishRole: 'retranslation',
      origin: { file: frenchFile, format: 'txt' },
      at: now,
    });
    // Unedited, the export is the file itself: blank lines, the lone "© 2021 AFP" line, no final line break.
    const unedited = await exportReview(review, 'txt', { settings: SETTINGS, now });
    assert.equal(text(unedited.bytes), text(french));
    const strikes = review.segments.find((segment) => segment.target.includes('grèves importantes'))!;
    const fixed = strikes.target.replace('grèves importantes', 'attaques importantes');
    review = applyAction(review, {
      type: 'edit',
      segmentId: strikes.id,
      text: fixed,
      actor: TRANSLATOR,
      at: now,
      seq: 1,
    });
    // Saved and reopened, the project still knows the layout; only the edited sentence differs.
    const reopened = readProjectFile(writeProjectFile(review, 1), 'p.relecture.xlf').review;
    const edited = text((await exportReview(reopened, 'txt', { settings: SETTINGS, now })).bytes);
    const changes = changedLines(text(french), edited);
    assert.equal(changes.length, 2);
    assert.match(changes[0]!, /^-.*grèves importantes/);
    assert.match(changes[1]!, /^\+.*attaques importantes/);
  });

  test('falls back to blank-line paragraphs for a review that has no text layout (a bilingual file, an older project)', async () => {
    const review = { ...reviewedSample(), trailingSpace: '\n' };
    const out = await exportReview(review, 'txt', { settings: SETTINGS, now });
    assert.match(
      text(out.bytes),
      /^Des grèves de rançongiciels ont touché des hôpitaux\. La Chine dément\.\n\nMicrosoft/,
    );
  });

  test('writes a self-contained HTML report with score, charts, diffs and escaped text', async () => {
    const review = reviewedSample();
    const flags = [
      [
        {
          id: 'f1',
          check: 'wrong-sense',
          category: 'accuracy/mistranslation',
          severity: 'major',
          start: 4,
          end: 10,
          messageKey: 'x',
          params: {},
          suggestions: [],
        } as const,
      ],
      [],
      [],
    ];
    const html = text((await exportReview(review, 'html', { settings: SETTINGS, now, flags })).bytes);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<pas grèves>/);
    assert.match(html, /strikes = attaques &lt;pas grèves&gt;/);
    assert.match(
      html,
      /La Chine <del>le<\/del> <del>dément\.<\/del><ins>dément\.<\/ins>|La Chine <del>le <\/del>dément\./,
    );
    // Reviewed: s1 rejected (4 English words, one major error) and s3 approved (3 words): 100 × (1 − 5/7).
    assert.match(html, /MQM score: <b>28\.6<\/b>/);
    assert.match(html, /class="fail">Fail/);
    assert.equal((html.match(/<svg /g) ?? []).length, 2);
    assert.match(html, /Mistranslation<\/text>/);
    assert.match(html, /2 segments are not approved yet/);
  });

  test('writes the report in French with the French catalogue', async () => {
    const t = createI18n('fr').getFixedT('fr', 'review');
    const html = text((await exportReview(reviewedSample(), 'html', { settings: SETTINGS, now, t })).bytes);
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /Rapport de relecture\u00a0: sample/);
    assert.match(html, /Refusé par Eddy\u00a0: contresens sur « strikes »/);
  });

  test('gives Word one paragraph per line of the text a review was opened from', () => {
    const doc = readPlainText(new TextEncoder().encode('Titre\n\nUne phrase.  Une autre.\n© 2021 AFP\n'), 'a.txt');
    const review = createReview(doc, {
      id: 'p',
      name: 'p',
      mode: 'target-only',
      englishRole: null,
      origin: { file: 'a.txt', format: 'txt' },
      at: now,
    });
    assert.deepEqual(paragraphsOf(review), ['Titre', 'Une phrase.  Une autre.', '© 2021 AFP']);
    assert.deepEqual(paragraphsOf(reviewedSample()), [
      'Des grèves de rançongiciels ont touché des hôpitaux. La Chine dément.',
      'Microsoft l’a dit.',
    ]);
  });

  test('writes a Word document holding the corrected text', async () => {
    const out = await exportReview(reviewedSample(), 'docx', { settings: SETTINGS, now });
    assert.equal(text(out.bytes.subarray(0, 2)), 'PK');
    assert.ok(text(out.bytes).includes('word/document.xml'));
    assert.equal(out.mimeType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});
