import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { CheckSegment } from '../../../src/qa/check.ts';
import { checkDocument } from '../../../src/qa/run-checks.ts';
import { repoPath } from '../../helpers/run-cli.ts';

// Professional translations (GNU and other free-software message catalogues, see test/fixtures/qa/README.md).
// They were never used to tune the lexicon: a flag here is a false alarm to report, not to hide.
const rows = readFileSync(repoPath('test/fixtures/qa/precision/gnu-messages.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => line.split('\t'));
const segments: CheckSegment[] = rows.map(([, source, target], index) => ({
  index,
  id: `p${index + 1}`,
  source: source ?? '',
  target: target ?? '',
  retranslation: null,
}));

/** Major and critical flags per 100 segments that a precise tool may raise on professional translations. */
const MAJOR_PER_100_LIMIT = 2;

describe('precision on professional translations', () => {
  test('the set holds at least 200 segments', () => {
    assert.ok(segments.length >= 200, String(segments.length));
  });

  test(`raises at most ${MAJOR_PER_100_LIMIT} major flags per 100 segments with the English source`, (t) => {
    const flags = checkDocument(segments, { mode: 'source' });
    const majors = flags.flatMap((list, index) =>
      list
        .filter((flag) => flag.severity !== 'minor')
        .map(
          (flag) =>
            `${flag.check}/${flag.messageKey} «${segments[index]!.target.slice(flag.start, flag.end)}» in «${segments[index]!.target}»`,
        ),
    );
    const rate = (majors.length / segments.length) * 100;
    t.diagnostic(`precision set, English source: ${rate.toFixed(2)} major flags per 100 segments`);
    assert.ok(rate <= MAJOR_PER_100_LIMIT, `${rate.toFixed(2)} major flags per 100 segments:\n${majors.join('\n')}`);
  });

  test(`raises at most ${MAJOR_PER_100_LIMIT} major flags per 100 segments on the French alone`, (t) => {
    const flags = checkDocument(
      segments.map((segment) => ({ ...segment, source: null })),
      { mode: 'target-only' },
    );
    const majors = flags.flat().filter((flag) => flag.severity !== 'minor');
    const rate = (majors.length / segments.length) * 100;
    t.diagnostic(`precision set, French alone: ${rate.toFixed(2)} major flags per 100 segments`);
    assert.ok(rate <= MAJOR_PER_100_LIMIT, majors.map((flag) => flag.id).join('\n'));
  });
});
