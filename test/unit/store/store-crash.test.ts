import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runStoreCrashCycles } from '../../helpers/store-crash-run.ts';

describe('store crash safety', () => {
  test('keeps every acknowledged change through 200 SIGKILLs at random moments', { timeout: 120_000 }, async () => {
    const result = await runStoreCrashCycles(200, { seed: Date.now() % 100_000 });
    assert.deepEqual(result.messages, []);
    assert.equal(result.lost, 0);
    assert.equal(result.mismatches, 0);
    // The kills must land while the child works, or the test proves nothing.
    assert.ok(result.acknowledged > 200, `only ${result.acknowledged} actions acknowledged in ${result.kills} kills`);
  });

  test('keeps every acknowledged change when the child runs through node --import tsx', {
    timeout: 60_000,
  }, async () => {
    const result = await runStoreCrashCycles(3, { seed: 7, launcher: 'tsx' });
    assert.equal(result.lost, 0);
    assert.equal(result.mismatches, 0);
    assert.ok(result.acknowledged > 0);
  });
});
