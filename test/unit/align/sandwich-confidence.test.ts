import assert from 'node:assert/strict';
import { test } from 'node:test';
import { raiseSandwichedConfidence } from '../../../src/align/sandwich-confidence.ts';

const pair = (english: number[], french: number[], confidence: number) => ({ english, french, confidence });

test('raises a doubtful 1:1 pair held between two sure 1:1 pairs', () => {
  const raised = raiseSandwichedConfidence([pair([0], [0], 0.9), pair([1], [1], 0.4), pair([2], [2], 0.8)]);
  assert.deepEqual(
    raised.map((p) => p.confidence),
    [0.9, 0.6, 0.8],
  );
});

test('leaves a doubtful pair next to an omission or a doubtful neighbour as it is', () => {
  const nextToOmission = raiseSandwichedConfidence([pair([0], [0], 0.9), pair([1], [1], 0.4), pair([2], [], 0.2)]);
  assert.equal(nextToOmission[1]!.confidence, 0.4);
  const nextToDoubt = raiseSandwichedConfidence([pair([0], [0], 0.5), pair([1], [1], 0.4), pair([2], [2], 0.9)]);
  assert.equal(nextToDoubt[1]!.confidence, 0.4);
});

test('never lowers a confidence and leaves a lone pair alone', () => {
  assert.equal(raiseSandwichedConfidence([pair([0], [0], 0.95), pair([1], [1], 0.99)])[1]!.confidence, 0.99);
  assert.equal(raiseSandwichedConfidence([pair([0], [0], 0.3)])[0]!.confidence, 0.3);
});
