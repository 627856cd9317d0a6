import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildQaContext, checkSegment } from '../../../src/qa/run-checks.ts';
import { segment } from './qa-fixtures.ts';

// Pieces that stress offsets and regular expressions: surrogate pairs, combining marks, no-break spaces,
// guillemets, apostrophes, digits with separators, URLs, markup placeholders and control characters.
const PIECES = [
  'grèves',
  'ransomwares',
  'l’',
  "d'",
  ' »',
  '« ',
  '\u00a0',
  '\u202f',
  '30 000',
  '1,5',
  '1.5',
  '30,000',
  '. .',
  ',',
  'dont',
  'https://exemple.fr/a?b=c',
  '⟨1⟩',
  '⟨/1⟩',
  '😀',
  'e\u0301',
  '\t',
  '\n',
  ':',
  '?',
  '!',
  ';',
  'the',
  'and',
  'Cette année a vu',
  'faire',
  'sens',
  '…',
  '"',
  "'",
  '-',
  '—',
  '(',
  ')',
  'OTAN',
  'NATO',
  '',
  ' ',
];

// A small deterministic generator, so a failure can be replayed.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('checks on odd text', () => {
  test('never throw and keep every span and fix inside the French, in all three modes', () => {
    const next = random(42);
    const texts = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + Math.floor(next() * 25) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(
        next() < 0.5 ? ' ' : '',
      ),
    );
    for (const mode of ['source', 'retranslation', 'target-only'] as const) {
      const segments = texts.map((text, index) =>
        segment(
          text,
          { source: texts[(index + 1) % texts.length]!, retranslation: texts[(index + 2) % texts.length]! },
          index,
        ),
      );
      const context = buildQaContext(segments, { mode });
      for (const s of segments) {
        for (const flag of checkSegment(s, context)) {
          assert.ok(
            0 <= flag.start && flag.start <= flag.end && flag.end <= s.target.length,
            `${flag.id} in ${JSON.stringify(s.target)}`,
          );
          for (const fix of flag.suggestions) {
            assert.ok(0 <= fix.start && fix.start <= fix.end && fix.end <= s.target.length, `${flag.id} fix`);
          }
        }
      }
    }
  });
});
