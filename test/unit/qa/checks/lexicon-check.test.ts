import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anglicismCheck } from '../../../../src/qa/checks/anglicism.ts';
import { calqueCheck } from '../../../../src/qa/checks/calque.ts';
import { falseFriendCheck } from '../../../../src/qa/checks/false-friend.ts';
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

  test('conjugates a one-word fix of another conjugation when the verb tables know it (soutiennent)', () => {
    const target = 'Ils sponsorisent le club.';
    const s = segment(target);
    const [flag] = anglicismCheck.run(s, buildQaContext([s], { mode: 'target-only' }));
    assert.ok(flag);
    assert.ok(flag.suggestions.some((fix) => fix.text === 'soutiennent'));
    assert.ok(!flag.suggestions.some((fix) => fix.text === 'soutenir'));
  });

  test('keeps the auxiliary when the calque is in the past: "a pris place" → "a eu lieu"', () => {
    assert.equal(firstFix(calqueCheck, 'La cérémonie a pris place hier.'), 'La cérémonie a eu lieu hier.');
  });
});

// Flags of `check` on one segment with the bundled lexicon and its English source.
function flagged(check: typeof calqueCheck, target: string, source: string): string[] {
  const s = segment(target, { source });
  return check.run(s, buildQaContext([s], { mode: 'source' })).map((flag) => target.slice(flag.start, flag.end));
}

describe('lexicon precision', () => {
  test('flags location for a place, but not a keyword in capitals (LOCATION)', () => {
    assert.deepEqual(
      flagged(falseFriendCheck, 'La location de la réunion est secrète.', 'The location of the meeting is secret.'),
      ['location'],
    );
    assert.deepEqual(
      flagged(falseFriendCheck, 'Indiquez la LOCATION de la réunion.', 'Give the meeting LOCATION.'),
      [],
    );
  });

  test('leaves words joined by an underscore or a dot alone (location_id, file.location)', () => {
    assert.deepEqual(flagged(falseFriendCheck, 'La clé location_id est vide.', 'The location_id key is empty.'), []);
    assert.deepEqual(
      flagged(falseFriendCheck, 'Le champ file.location est vide.', 'The file.location field is empty.'),
      [],
    );
  });

  test('leaves a capitalised anglicism mid-sentence alone as a brand (Dolby Digital)', () => {
    const target = 'Le film est en Dolby Digital, au format digital.';
    const s = segment(target);
    const flags = anglicismCheck.run(s, buildQaContext([s], { mode: 'target-only' }));
    assert.deepEqual(
      flags.map((flag) => `${flag.start}:${target.slice(flag.start, flag.end)}`),
      [`${target.lastIndexOf('digital')}:digital`],
    );
  });

  test('counts context words near the match only, not at the far end of a long segment', () => {
    const near = 'Une série de grèves contre les ransomwares a frappé le pays.';
    const far =
      'Une série de grèves a paralysé les transports publics de la capitale pendant trois longues semaines ' +
      'cet hiver, puis on a parlé de ransomwares.';
    const run = (target: string) => {
      const s = segment(target);
      return wrongSenseCheck.run(s, buildQaContext([s], { mode: 'target-only' })).length;
    };
    assert.equal(run(near), 1);
    assert.equal(run(far), 0);
  });
});
