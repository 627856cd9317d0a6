import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { duplicateCheck } from '../../../../src/qa/checks/duplicate.ts';
import { contextFor, segment } from '../qa-fixtures.ts';

function flagsOf(texts: readonly string[]) {
  const segments = texts.map((text, index) => segment(text, {}, index));
  const context = contextFor(segments, 'target-only');
  return segments.map((s) => duplicateCheck.run(s, context));
}

describe('duplicate check', () => {
  test('flags the second copy of a repeated paragraph, pointing at the first', () => {
    const text = 'Le piratage de Microsoft a touché au moins 30 000 organisations américaines.';
    const flags = flagsOf([text, 'Autre chose entièrement.', text]);
    assert.equal(flags[0]!.length, 0);
    assert.equal(flags[2]!.length, 1);
    assert.equal(flags[2]![0]!.messageKey, 'duplicate.exact');
    assert.equal(flags[2]![0]!.params['segment'], 1);
  });

  test('flags a caption that nearly repeats the sentence before it', () => {
    const flags = flagsOf([
      'Des habitants de Pékin passent en octobre 2020 devant un magasin de Huawei, le géant chinois',
      'Des Pékinois passent en octobre 2020 devant un magasin de Huawei, le géant chinois.',
    ]);
    assert.equal(flags[1]![0]!.messageKey, 'duplicate.near');
  });

  test('flags a cut copy contained in a longer sentence', () => {
    const flags = flagsOf([
      'Le piratage de Microsoft, qui exploitait des failles du service Exchange, a touché au moins 30 000 organisations, dont',
      'Le piratage de Microsoft, qui exploitait des failles dans le service Exchange, a touché au moins 30 000 organisations, y compris des gouvernements locaux.',
    ]);
    assert.equal(flags[1]![0]!.messageKey, 'duplicate.near');
  });

  test('does not flag sentences that only share their frame', () => {
    const flags = flagsOf([
      'Le président a déclaré que la Chine protégeait les pirates informatiques.',
      'Le ministre a déclaré que la Russie finançait des campagnes de désinformation.',
    ]);
    assert.deepEqual(flags, [[], []]);
  });

  test('does not flag repeated short headings', () => {
    assert.deepEqual(flagsOf(['Solidarité', 'Solidarité']), [[], []]);
  });
});

describe('duplicate check while the French is edited', () => {
  test('drops the flag once the repeat has been rewritten, without rebuilding the index', () => {
    const text = 'Le piratage de Microsoft a touché au moins 30 000 organisations américaines.';
    const segments = [segment(text, {}, 0), segment(text, {}, 1)];
    const context = contextFor(segments, 'target-only');
    assert.equal(duplicateCheck.run(segments[1]!, context).length, 1);
    const edited = segment('Des gouvernements locaux ont aussi été touchés.', {}, 1);
    assert.deepEqual(duplicateCheck.run(edited, context), []);
  });
});
