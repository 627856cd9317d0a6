import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHECKS } from '../../../src/qa/check-registry.ts';
import { buildQaContext, checkDocument, checkSegment } from '../../../src/qa/run-checks.ts';
import { fixtureLexicon, segment } from './qa-fixtures.ts';

const lexicon = fixtureLexicon();

describe('QA engine', () => {
  test('returns one flag list per segment, in order', () => {
    const segments = [
      segment('Tout va bien.', {}, 0),
      segment('Une série de grèves contre les ransomwares, dont', {}, 1),
    ];
    const flags = checkDocument(segments, { mode: 'target-only', lexicon });
    assert.equal(flags.length, 2);
    assert.deepEqual(flags[0], []);
    assert.deepEqual(
      flags[1]!.map((flag) => flag.check),
      ['wrong-sense', 'truncated'],
    );
  });

  test('runs only the checks a mode allows', () => {
    const s = segment('Le président a parlé.', { source: 'President Joe Biden spoke.' });
    const targetOnly = checkSegment(s, buildQaContext([s], { mode: 'target-only', lexicon }));
    const withSource = checkSegment(s, buildQaContext([s], { mode: 'source', lexicon }));
    assert.ok(!targetOnly.some((flag) => flag.check === 'names-acronyms-urls'));
    assert.ok(withSource.some((flag) => flag.check === 'names-acronyms-urls'));
  });

  test('every check declares at least one mode, and each mode has checks', () => {
    for (const mode of ['source', 'retranslation', 'target-only'] as const) {
      assert.ok(CHECKS.filter((check) => check.needs.includes(mode)).length >= 10, mode);
    }
  });

  test('keeps every flag span inside the French and every suggestion applicable', () => {
    const s = segment('Citation: « le champion » a 30,000 grèves contre les ransomwares. . Et', {
      source: 'Quote: "the champion" has 30,000 ransomware strikes.',
    });
    for (const flag of checkSegment(s, buildQaContext([s], { mode: 'source', lexicon }))) {
      assert.ok(flag.start >= 0 && flag.end <= s.target.length && flag.start <= flag.end, flag.id);
      for (const suggestion of flag.suggestions) assert.ok(suggestion.start >= 0 && suggestion.end <= s.target.length);
    }
  });
});

describe('QA engine reuse of repeated segments', () => {
  const text = 'Une série de grèves contre les ransomwares a frappé le pays, dont';
  const english = 'A series of ransomware strikes hit the country, including';

  test('gives a repeated segment the same text flags as the first, plus its own duplicate flag', () => {
    const segments = [segment(text, {}, 0), segment('Rien.', {}, 1), segment(text, {}, 2)];
    // On the French alone: with the same English beside both, a repeat is consistent and not flagged.
    const flags = checkDocument(segments, { mode: 'target-only', lexicon });
    const withoutPosition = (index: number) =>
      flags[index]!.filter((flag) => flag.check !== 'duplicate' && flag.check !== 'consistency');
    assert.deepEqual(withoutPosition(2), withoutPosition(0));
    assert.ok(!flags[0]!.some((flag) => flag.check === 'duplicate'));
    assert.ok(flags[2]!.some((flag) => flag.check === 'duplicate'));
  });

  test('checks a repeat with other English afresh rather than reusing the first one’s flags', () => {
    const segments = [
      segment(text, { source: english }, 0),
      segment(text, { source: 'A series of walkouts hit the country, including' }, 1),
    ];
    const flags = checkDocument(segments, { mode: 'source', lexicon });
    assert.ok(flags[0]!.some((flag) => flag.check === 'wrong-sense'));
    assert.ok(!flags[1]!.some((flag) => flag.check === 'wrong-sense'));
  });

  test('gives each segment the flags it gets when checked alone in the same context', () => {
    const segments = [segment(text, {}, 0), segment(text, {}, 1), segment('Cela ne fait aucun sens.', {}, 2)];
    const context = buildQaContext(segments, { mode: 'target-only', lexicon });
    const together = segments.map((s) => checkSegment(s, context));
    const alone = segments.map((s) => checkSegment(s, buildQaContext(segments, { mode: 'target-only', lexicon })));
    assert.deepEqual(together, alone);
  });
});
