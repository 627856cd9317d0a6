import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lengthCost, lengthProbability } from '../../../src/align/length-cost.ts';

test('costs nothing when the French is exactly as long as the ratio predicts', () => {
  assert.ok(lengthCost(100, 115, 1.15) < 0.01);
  assert.ok(lengthProbability(100, 115, 1.15) > 0.99);
});

test('costs more the further the lengths drift apart', () => {
  const costs = [115, 140, 170, 230, 400].map((french) => lengthCost(100, french, 1.15));
  for (let i = 1; i < costs.length; i++) assert.ok(costs[i]! > costs[i - 1]!, costs.join(', '));
});

test('stays finite for lengths that cannot be translations of each other', () => {
  assert.ok(Number.isFinite(lengthCost(5, 5000, 1.15)));
  assert.ok(Number.isFinite(lengthCost(0, 0, 1.15)));
});
