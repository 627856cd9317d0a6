import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAllSegments } from '../../../src/app/check-all-segments.ts';
import type { CheckSegment } from '../../../src/qa/check.ts';
import { buildQaContext, checkSegment } from '../../../src/qa/run-checks.ts';

const pairs: readonly (readonly [string, string])[] = [
  [
    'Ransomware strikes against hospitals rose last year.',
    'Les grèves de rançongiciels contre les hôpitaux ont augmenté.',
  ],
  [
    'The ministry said on Tuesday that 30,000 firms were hit.',
    'Le ministère a déclaré mardi que 3 000 entreprises ont été touchées.',
  ],
  ['Four nationals were charged.', 'Quatre ressortissants ont été inculpés.'],
];

/** `count` segments cycling through `pairs`, with the source beside the French. */
function segments(count: number): CheckSegment[] {
  return Array.from({ length: count }, (_, index) => {
    const [source, target] = pairs[index % pairs.length]!;
    return { index, id: `s${index + 1}`, source, target, retranslation: null };
  });
}

describe('checkAllSegments', () => {
  test('gives every segment the flags checking it alone gives, in order', async () => {
    const all = segments(30);
    const context = buildQaContext(all, { mode: 'source' });
    const expected = all.map((segment) => checkSegment(segment, context));
    assert.ok(expected[0]!.some((flag) => all[0]!.target.slice(flag.start, flag.end) === 'grèves'));
    assert.ok(expected[1]!.length > 0, 'the number 30,000 → 3 000 is flagged');
    assert.deepEqual(await checkAllSegments(all, context, 0), expected);
  });

  test('lets the event loop run between slices instead of holding it for the whole document', async () => {
    const all = segments(200);
    const context = buildQaContext(all, { mode: 'source' });
    let turns = 0;
    let done = false;
    const spin = (): void => {
      turns++;
      if (!done) setImmediate(spin);
    };
    setImmediate(spin);
    // A slice of 0 ms yields after every segment: the loop turns about once a segment.
    const flags = await checkAllSegments(all, context, 0);
    done = true;
    assert.equal(flags.length, 200);
    assert.ok(turns >= 100, `the event loop turned ${turns} times while 200 segments were checked`);
  });
});
