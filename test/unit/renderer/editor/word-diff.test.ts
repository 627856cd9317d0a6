import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applySuggestion, flagsAt, offsetToPosition, placeFlags } from '../../../../renderer/editor/flag-markers.ts';
import { diffToString, wordDiff } from '../../../../renderer/editor/word-diff.ts';
import type { Flag } from '../../../../src/model/flag.ts';

function flag(start: number, end: number, severity: Flag['severity'] = 'major'): Flag {
  return {
    id: `f${start}`,
    check: 'wrong-sense',
    category: 'accuracy/mistranslation',
    severity,
    start,
    end,
    messageKey: 'lexicon.wrong-sense',
    params: {},
    suggestions: [{ start, end, text: 'attaques' }],
  };
}

describe('wordDiff', () => {
  test('shows the replaced word as a deletion then an insertion', () => {
    assert.equal(
      diffToString(wordDiff('une série de grèves majeures', 'une série de attaques majeures')),
      'une série de <del>grèves</del><ins>attaques</ins> majeures',
    );
  });

  test('shows a changed no-break space, which a plain word diff would hide', () => {
    assert.equal(diffToString(wordDiff('« champion »', '«\u00a0champion\u00a0»')).includes('<ins>'), true);
  });

  test('reports no change for identical texts', () => {
    assert.ok(wordDiff('même texte', 'même texte').every((part) => part.kind === 'same'));
  });
});

describe('flag placement', () => {
  const text = 'Une série de grèves majeures\ncontre les rançongiciels';

  test('turns string offsets into 1-based lines and columns across line breaks', () => {
    assert.deepEqual(offsetToPosition(text, 0), { lineNumber: 1, column: 1 });
    assert.deepEqual(offsetToPosition(text, 13), { lineNumber: 1, column: 14 });
    assert.deepEqual(offsetToPosition(text, text.indexOf('contre')), { lineNumber: 2, column: 1 });
  });

  test('places the squiggle exactly on grèves', () => {
    const [placed] = placeFlags(text, [flag(13, 19)]);
    assert.deepEqual([placed?.startLineNumber, placed?.startColumn, placed?.endColumn], [1, 14, 20]);
  });

  test('drops a stale flag whose span lies past the end of the text', () => {
    assert.equal(placeFlags('court', [flag(10, 16)]).length, 0);
  });

  test('gives an empty span one character so it can be seen', () => {
    const [placed] = placeFlags('Bonjour !', [flag(7, 7, 'minor')]);
    assert.equal(placed!.endColumn - placed!.startColumn, 1);
  });

  test('finds the flags under the cursor, worst first', () => {
    const found = flagsAt([flag(0, 10, 'minor'), flag(5, 8, 'critical'), flag(20, 25)], 6);
    assert.deepEqual(
      found.map((candidate) => candidate.severity),
      ['critical', 'minor'],
    );
  });

  test('applies a suggestion over its span', () => {
    assert.equal(
      applySuggestion(text, { start: 13, end: 19, text: 'attaques' }).slice(0, 28),
      'Une série de attaques majeur',
    );
  });
});
