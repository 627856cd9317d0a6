import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  compileTextQuery,
  EMPTY_FILTER,
  type FilterableSegment,
  isCollapsed,
  selectSegments,
  stepThrough,
} from '../../../../renderer/grid/segment-filter.ts';

function segment(
  english: string,
  target: string,
  status: FilterableSegment['status'] = 'new',
  severities: FilterableSegment['flags'][number]['severity'][] = [],
  check = 'wrong-sense',
): FilterableSegment {
  return { english, target, status, flags: severities.map((severity) => ({ severity, check })) };
}

const review: FilterableSegment[] = [
  segment('China denies the hack.', 'La Chine dément le piratage.', 'approved'),
  segment(
    'A series of major strikes against ransomware.',
    'Une série de grèves majeures contre les rançongiciels.',
    'new',
    ['major'],
  ),
  segment(
    'Four nationals were charged.',
    'Quatre ressortissants ont été inculpés.',
    'translated',
    ['minor', 'minor'],
    'typography',
  ),
  segment('The attack was critical.', 'L’attaque était critique.', 'rejected', ['critical']),
  segment('Nothing here.', 'Rien ici.', 'new', ['minor'], 'punctuation'),
];

describe('selectSegments', () => {
  test('keeps document order when no filter is set', () => {
    assert.deepEqual(selectSegments(review, EMPTY_FILTER), [0, 1, 2, 3, 4]);
  });

  test('puts the segment with a critical flag first, then major, then the one with more minor flags', () => {
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, riskFirst: true }), [3, 1, 2, 4, 0]);
  });

  test('ranks two major flags above one major and five minor', () => {
    const segments = [
      segment('A', 'a', 'new', ['major', 'minor', 'minor', 'minor', 'minor', 'minor']),
      segment('B', 'b', 'new', ['major', 'major']),
      segment('C', 'c', 'new', ['minor', 'minor', 'minor', 'minor', 'minor', 'minor', 'minor']),
      segment('D', 'd', 'new', ['critical']),
    ];
    assert.deepEqual(selectSegments(segments, { ...EMPTY_FILTER, riskFirst: true }), [3, 1, 0, 2]);
  });

  test('filters by status, severity and check together', () => {
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, status: 'new' }), [1, 4]);
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, severity: 'minor' }), [2, 4]);
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, check: 'typography' }), [2]);
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, status: 'new', severity: 'major' }), [1]);
  });

  test('finds text in the English or the French, case-insensitively, and only in the language asked', () => {
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, text: 'STRIKES' }), [1]);
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, text: 'grèves' }), [1]);
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, text: 'grèves', language: 'en' }), []);
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, text: 'strikes', language: 'fr' }), []);
  });

  test('matches a regular expression with accents and Unicode apostrophes', () => {
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, text: '^L’att', regex: true }), [3]);
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, text: 'gr[èe]ves?', regex: true }), [1]);
  });

  test("hides nothing when the regular expression is invalid, and says why without the engine's own prefix", () => {
    const query = compileTextQuery('(unclosed', true);
    assert.equal(query.ok, false);
    assert.equal(query.ok ? '' : query.reason, 'Unterminated group');
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, text: '(unclosed', regex: true }), [0, 1, 2, 3, 4]);
  });

  test('treats regex characters literally in plain text mode', () => {
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, text: 'hack.' }), [0]);
    assert.deepEqual(selectSegments(review, { ...EMPTY_FILTER, text: 'h.ck' }), []);
  });

  test('keeps approved segments in view, collapsed, when hiding approved', () => {
    const filter = { ...EMPTY_FILTER, hideApproved: true };
    assert.deepEqual(selectSegments(review, filter), [0, 1, 2, 3, 4]);
    assert.deepEqual(
      review.map((row) => isCollapsed(row, filter)),
      [true, false, false, false, false],
    );
  });

  test('filters 100,000 segments in well under a second', () => {
    const many = Array.from({ length: 100_000 }, (_, index) =>
      segment(
        `Sentence ${index} about strikes.`,
        `Phrase ${index} sur les grèves.`,
        'new',
        index % 7 === 0 ? ['major'] : [],
      ),
    );
    const started = performance.now();
    const shown = selectSegments(many, { ...EMPTY_FILTER, text: '99999', riskFirst: true });
    const risk = selectSegments(many, { ...EMPTY_FILTER, riskFirst: true });
    const elapsed = performance.now() - started;
    assert.deepEqual(shown, [99_999]);
    assert.equal(risk[0], 0);
    assert.equal(risk[1], 7);
    assert.ok(elapsed < 1000, `took ${elapsed} ms`);
  });
});

describe('stepThrough', () => {
  test('moves to the next and previous shown segment and stops at the ends', () => {
    const order = [3, 1, 2];
    assert.equal(stepThrough(order, 3, 1), 1);
    assert.equal(stepThrough(order, 1, -1), 3);
    assert.equal(stepThrough(order, 2, 1), null);
  });

  test('skips to the next segment that passes the test, as "next flagged" does', () => {
    assert.equal(
      stepThrough([0, 1, 2, 3, 4], 1, 1, (index) => review[index]!.flags.some((flag) => flag.severity === 'critical')),
      3,
    );
  });
});
