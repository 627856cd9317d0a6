import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calqueCheck } from '../../../../src/qa/checks/calque.ts';
import { wrongSenseCheck } from '../../../../src/qa/checks/wrong-sense.ts';
import { buildQaContext } from '../../../../src/qa/run-checks.ts';
import { apply, segment } from '../qa-fixtures.ts';

// Fixes with the bundled lexicon, applied in one keystroke as a user would.
function firstFix(check: typeof calqueCheck, target: string): string {
  const s = segment(target);
  const [flag] = check.run(s, buildQaContext([s], { mode: 'target-only' }));
  assert.ok(flag, `no flag on ${target}`);
  return apply(target, flag.suggestions[0]!);
}

describe('lexicon fixes in context', () => {
  test('elides "de" before attaques in the sample’s sentence', () => {
    assert.equal(
      firstFix(wrongSenseCheck, 'Cette année, une série de grèves contre les ransomwares.'),
      'Cette année, une série d’attaques contre les ransomwares.',
    );
  });

  test('conjugates "faisant rage contre" into "fulminant contre"', () => {
    assert.equal(
      firstFix(calqueCheck, 'Le président, faisant rage contre la Chine, a parlé.'),
      'Le président, fulminant contre la Chine, a parlé.',
    );
  });

  test('conjugates "imposeront des conséquences" into a finite form', () => {
    assert.equal(
      firstFix(calqueCheck, 'Les États-Unis imposeront des conséquences.'),
      'Les États-Unis feront payer le prix.',
    );
  });

  test('keeps the auxiliary when the calque is in the past: "a pris place" → "a eu lieu"', () => {
    assert.equal(firstFix(calqueCheck, 'La cérémonie a pris place hier.'), 'La cérémonie a eu lieu hier.');
  });
});
