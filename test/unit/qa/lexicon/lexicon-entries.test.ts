import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReviewMode } from '../../../../src/model/segment.ts';
import { findCheck } from '../../../../src/qa/check-registry.ts';
import type { CompiledEntry } from '../../../../src/qa/lexicon/compiled-lexicon.ts';
import { defaultLexicon } from '../../../../src/qa/lexicon/default-lexicon.ts';
import { buildQaContext } from '../../../../src/qa/run-checks.ts';

const lexicon = defaultLexicon();

// Runs the entry's own check on one French text (with its English when the entry needs or has one).
function firedBy(entry: CompiledEntry, example: { fr: string; en?: string }): boolean {
  const mode: ReviewMode = example.en ? 'source' : 'target-only';
  const segment = { index: 0, id: 's1', target: example.fr, source: example.en ?? null, retranslation: null };
  const context = buildQaContext([segment], { mode, lexicon });
  const check = findCheck(entry.kind)!;
  return check.run(segment, context).some((flag) => flag.params['entry'] === entry.entry.id);
}

describe('every curated lexicon entry', () => {
  test('the bundled lexicon loads and holds entries of every kind', () => {
    const kinds = new Set(lexicon.entries.map((entry) => entry.kind));
    assert.deepEqual([...kinds].sort(), ['anglicism', 'calque', 'false-friend', 'wrong-sense']);
  });

  for (const entry of lexicon.entries) {
    const { id, example, counterExample } = entry.entry;
    test(`${entry.kind} ${id}: flags its example «${example.fr}»`, () => {
      assert.ok(firedBy(entry, example), `entry ${id} did not fire on its example`);
    });
    if (counterExample) {
      test(`${entry.kind} ${id}: leaves its counter-example alone «${counterExample.fr}»`, () => {
        assert.ok(!firedBy(entry, counterExample), `entry ${id} fired on its counter-example`);
      });
    }
  }
});
