import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exportReview } from '../../../src/export/export-review.ts';
import { writeHtmlReport } from '../../../src/export/html-report.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { type Flag, MQM_CATEGORIES } from '../../../src/model/flag.ts';
import type { ReviewDocument } from '../../../src/model/review.ts';
import { SEGMENT_STATUSES } from '../../../src/model/segment.ts';
import { reviewedSample, SETTINGS } from './export-fixture.ts';

// Noon UTC is the same calendar day in every time zone the tests may run in but the farthest ones.
const now = '2026-12-04T12:00:00.000Z';
const english = createI18n('en').getFixedT('en', 'review');
const french = createI18n('fr').getFixedT('fr', 'review');

/** The report's visible text: the markup without its style sheet and tags. */
function visibleText(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
}

/** The reviewed sample with one more segment in each status and a flag of every category on the first. */
function everyStatusAndCategory(): { review: ReviewDocument; flags: Flag[][] } {
  const review = reviewedSample();
  const extra = SEGMENT_STATUSES.map((status, offset) => ({
    ...review.segments[0]!,
    id: `x${offset}`,
    index: review.segments.length + offset,
    status,
  }));
  const flags = MQM_CATEGORIES.map(
    (category, i): Flag => ({
      id: `f${i}`,
      check: 'wrong-sense',
      category,
      severity: 'minor',
      start: 0,
      end: 1,
      messageKey: 'x',
      params: {},
      suggestions: [],
    }),
  );
  return { review: { ...review, segments: [...review.segments, ...extra] }, flags: [flags] };
}

/** The reviewed sample with its English as a retranslation, as a review opened beside a retranslation is. */
function retranslationReview(): ReviewDocument {
  const review = reviewedSample();
  return {
    ...review,
    mode: 'retranslation',
    segments: review.segments.map((segment) => ({ ...segment, source: null, retranslation: segment.source })),
  };
}

/** The sample's rejected, annotated first segment repeated to 1,132 segments, for thousands separators. */
function longReview(): ReviewDocument {
  const review = reviewedSample();
  const segments = Array.from({ length: 1132 }, (_, index) => ({
    ...review.segments[0]!,
    id: `s${index + 1}`,
    index,
  }));
  return { ...review, segments };
}

describe('writeHtmlReport', () => {
  test('names the translated status as the UI does: Confirmed, Confirmé (regression: "Translated")', () => {
    const { review, flags } = everyStatusAndCategory();
    const en = writeHtmlReport(review, flags, SETTINGS, now, english);
    assert.match(en, />Confirmed</);
    assert.doesNotMatch(en, /Translated/);
    const fr = writeHtmlReport(review, flags, SETTINGS, now, french);
    assert.match(fr, />Confirmé</);
    assert.doesNotMatch(fr, /Traduit/);
  });

  test('labels a retranslation "Retranslation", "Rétrotraduction" (regression: labelled "English")', () => {
    const en = writeHtmlReport(retranslationReview(), [], SETTINGS, now, english);
    assert.match(en, /<b>Retranslation<\/b> Ransomware strikes hit hospitals\./);
    assert.doesNotMatch(en, /<b>English<\/b>/);
    const fr = writeHtmlReport(retranslationReview(), [], SETTINGS, now, french);
    assert.match(fr, /<b>Rétrotraduction<\/b> Ransomware strikes hit hospitals\./);
    const source = writeHtmlReport(reviewedSample(), [], SETTINGS, now, english);
    assert.match(source, /<b>English<\/b> Ransomware strikes hit hospitals\./);
  });

  test('writes dates and times in the report language, each in a <time> with its ISO value (regression: raw ISO)', () => {
    const en = writeHtmlReport(reviewedSample(), [], SETTINGS, now, english);
    assert.match(en, /Generated on <time datetime="2026-12-04T12:00:00\.000Z">December 4, 2026 at \d{1,2}:\d{2}/);
    const fr = writeHtmlReport(reviewedSample(), [], SETTINGS, now, french);
    assert.match(fr, /Produit le <time datetime="2026-12-04T12:00:00\.000Z">4 décembre 2026 à \d{2}:\d{2}<\/time>/);
    // Tina's comment on s2, stamped by the review fixture.
    assert.match(fr, /Tina \(<time datetime="2026-12-04T11:00:\d{2}\.000Z">4 décembre 2026 à \d{2}:\d{2}<\/time>\)/);
    assert.doesNotMatch(visibleText(fr), /\d{4}-\d{2}-\d{2}T/);
  });

  test('formats every number in the report language (regression: "1132" in French)', () => {
    const fr = writeHtmlReport(longReview(), [], SETTINGS, now, french);
    assert.match(fr, /<th>Segments<\/th><td>1\u202f132<\/td>/);
    assert.match(fr, />1\u202f132<\/text><\/svg>/);
    assert.match(fr, /Segment 1\u202f132/);
    assert.doesNotMatch(visibleText(fr.replace(/<time[^>]*>[^<]*<\/time>/g, '')), /\d{4}/);
    const score = writeHtmlReport(reviewedSample(), [], SETTINGS, now, french);
    assert.match(score, /Score MQM\u00a0: <b>28,6<\/b>/);
    const en = writeHtmlReport(longReview(), [], SETTINGS, now, english);
    assert.match(en, /<th>Segments<\/th><td>1,132<\/td>/);
    assert.match(en, /1,132 segments are not approved yet/);
  });

  test('leaves no raw message key in English or French', () => {
    const { review, flags } = everyStatusAndCategory();
    for (const t of [english, french]) {
      const text = visibleText(writeHtmlReport(review, flags, SETTINGS, now, t));
      assert.doesNotMatch(text, /\b(report|status|severity|category)\.[\w/-]+/);
      assert.doesNotMatch(text, /\{\{|\}\}/);
    }
  });

  test('has a French plural for every count, a million included (regression: the raw key report.unapproved)', () => {
    assert.equal(
      french('report.unapproved', { count: 1_000_000 }),
      '1\u202f000\u202f000 de segments ne sont pas encore approuvés.',
    );
    assert.equal(french('report.unapproved', { count: 1 }), '1 segment n’est pas encore approuvé.');
    assert.equal(english('report.unapproved', { count: 1_000_000 }), '1,000,000 segments are not approved yet.');
  });

  test('a review with no segment exports in every format', async () => {
    const empty = { ...reviewedSample(), segments: [] };
    for (const format of ['txt', 'xliff2', 'xliff12', 'tmx', 'csv', 'html', 'docx'] as const) {
      const out = await exportReview(empty, format, { settings: SETTINGS, now, t: french });
      assert.equal(out.unapproved, 0, format);
      if (format === 'html') assert.match(new TextDecoder().decode(out.bytes), /Aucun segment n’a été modifié/);
    }
  });
});
