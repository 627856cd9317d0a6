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

describe('duplicate check with the English beside the French', () => {
  function flagsWithSource(rows: readonly (readonly [string, string])[], mode: 'source' | 'retranslation' = 'source') {
    const segments = rows.map(([english, french], index) =>
      segment(french, mode === 'source' ? { source: english } : { retranslation: english }, index),
    );
    const context = contextFor(segments, mode);
    return segments.map((s) => duplicateCheck.run(s, context));
  }

  test('does not flag a repeated row whose English repeats too (Read more. / Lire la suite.)', () => {
    const flags = flagsWithSource([
      ['Read more.', 'Lire la suite.'],
      ['The weather is fine.', 'Il fait beau.'],
      ['Read more.', 'Lire la suite.'],
    ]);
    assert.deepEqual(flags, [[], [], []]);
  });

  test('does not flag templated rows whose English varies as the French does', () => {
    const rows: [string, string][] = [];
    for (let n = 0; n < 40; n++) {
      rows.push([`The company paid a ransom of ${n} dollars.`, `L’entreprise a payé une rançon de ${n} dollars.`]);
      rows.push([
        'Officials said the talks would resume on Monday.',
        'Les responsables ont déclaré que les discussions reprendraient lundi.',
      ]);
    }
    assert.equal(flagsWithSource(rows).flat().length, 0);
  });

  test('flags French that repeats another segment whose English says something else, without a delete fix', () => {
    const flags = flagsWithSource([
      ['The minister resigned on Monday after the vote.', 'Le ministre a démissionné lundi après le vote.'],
      ['Talks with the unions will resume next week.', 'Le ministre a démissionné lundi après le vote.'],
    ]);
    assert.equal(flags[1]!.length, 1);
    assert.equal(flags[1]![0]!.messageKey, 'duplicate.other-english');
    assert.equal(flags[1]![0]!.severity, 'major');
    assert.equal(flags[1]![0]!.category, 'accuracy/mistranslation');
    assert.equal(flags[1]![0]!.params['segment'], 1);
    assert.deepEqual(flags[1]![0]!.suggestions, []);
  });

  test('leaves same French for nearly the same English to the consistency check', () => {
    const flags = flagsWithSource([
      ['Click here to read the full report.', 'Cliquez ici pour lire le rapport complet.'],
      ['Click here to read the whole report.', 'Cliquez ici pour lire le rapport complet.'],
    ]);
    assert.deepEqual(flags, [[], []]);
  });

  test('in retranslation mode without a source, treats a repeat as in the French alone (the retranslation repeats too)', () => {
    const text = 'Le piratage de Microsoft a touché au moins 30 000 organisations américaines.';
    const english = 'The Microsoft hack hit at least 30,000 American organisations.';
    const flags = flagsWithSource(
      [
        [english, text],
        [english, text],
      ],
      'retranslation',
    );
    assert.equal(flags[1]![0]!.messageKey, 'duplicate.exact');
  });
});

describe('duplicate check on the French alone', () => {
  const text = 'Le piratage de Microsoft a touché au moins 30 000 organisations américaines.';

  test('an immediate repeat is a major stutter whose fix removes it', () => {
    const flags = flagsOf([text, text]);
    assert.equal(flags[1]![0]!.severity, 'major');
    assert.deepEqual(flags[1]![0]!.suggestions, [{ start: 0, end: text.length, text: '' }]);
  });

  test('a repeated block of sentences is a stutter too', () => {
    const other = 'La Chine a catégoriquement démenti mardi les allégations américaines.';
    const flags = flagsOf([text, other, text, other]);
    assert.deepEqual(
      flags.map((list) => list.map((flag) => `${flag.severity}:${flag.suggestions.length}`)),
      [[], [], ['major:1'], ['major:1']],
    );
  });

  test('a repeat far from its first occurrence is a minor flag with no fix (it may be meant)', () => {
    const flags = flagsOf([text, 'Autre chose entièrement.', 'Encore une autre phrase ici.', text]);
    assert.equal(flags[3]![0]!.severity, 'minor');
    assert.deepEqual(flags[3]![0]!.suggestions, []);
  });

  test('a near repeat offers to remove it only right after its first version', () => {
    const first = 'Des habitants de Pékin passent en octobre 2020 devant un magasin de Huawei, le géant chinois';
    const second = 'Des Pékinois passent en octobre 2020 devant un magasin de Huawei, le géant chinois.';
    assert.equal(flagsOf([first, second])[1]![0]!.suggestions.length, 1);
    const far = flagsOf([first, 'Autre chose entièrement.', 'Encore une autre phrase ici.', second]);
    assert.equal(far[3]![0]!.messageKey, 'duplicate.near');
    assert.deepEqual(far[3]![0]!.suggestions, []);
  });
});
