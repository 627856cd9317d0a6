import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { namesAcronymsUrlsCheck } from '../../../../src/qa/checks/names-acronyms-urls.ts';
import { contextFor, segment, show } from '../qa-fixtures.ts';

const run = (target: string, source: string) => {
  const s = segment(target, { source });
  return show(namesAcronymsUrlsCheck.run(s, contextFor([s], 'source')), target).map((line) =>
    line.replace(/ \[.*\]/, ''),
  );
};

describe('names, acronyms and URLs check', () => {
  test('flags a URL of the English missing from the French', () => {
    assert.deepEqual(run('Voir le site.', 'See https://techxplore.com/news for more.'), ['names-acronyms-urls.url']);
  });

  test('flags a lost acronym but accepts its French form (NATO → OTAN)', () => {
    assert.deepEqual(run('Le ministère a réagi.', 'The MSS reacted.'), ['names-acronyms-urls.acronym']);
    assert.deepEqual(run('L’OTAN a réagi.', 'NATO reacted.'), []);
  });

  test('flags a lost name but accepts French forms of places (Beijing → Pékin, Britain → Grande-Bretagne)', () => {
    assert.deepEqual(run('Le président a parlé.', 'President Joe Biden spoke.'), ['names-acronyms-urls.name']);
    assert.deepEqual(
      run('Pékin et la Grande-Bretagne ont parlé à la Chine.', 'Then Beijing and Britain spoke to China.'),
      [],
    );
  });

  test('does nothing without English', () => {
    const s = segment('Le président a parlé.');
    assert.deepEqual(namesAcronymsUrlsCheck.run(s, contextFor([s], 'target-only')), []);
  });

  test('does not take titles for names (Mr. and Mrs. Smith → M. et Mme Smith, Dr. Jones → le Dr Jones)', () => {
    assert.deepEqual(
      run('M. et Mme Smith sont arrivés avec le Dr Jones.', 'Mr. and Mrs. Smith arrived with Dr. Jones.'),
      [],
    );
    assert.deepEqual(run('Mme Brown a parlé.', 'Ms Brown spoke.'), []);
  });

  test('reads a capital after an inline-code placeholder at the start as sentence-initial', () => {
    assert.deepEqual(
      run(
        '⟨1⟩Les attaques de rançongiciels⟨/1⟩ contre les hôpitaux ont doublé en 2023',
        '⟨1⟩Ransomware strikes⟨/1⟩ on hospitals doubled in 2023',
      ),
      [],
    );
  });

  test('does not take temperature scales for lost names (Fahrenheit → Celsius)', () => {
    assert.deepEqual(run('Il faisait 38 degrés Celsius.', 'It was 100 degrees Fahrenheit.'), []);
  });
});

describe('names check: a name spelled differently', () => {
  const flagsOf = (target: string, source: string) => {
    const s = segment(target, { source });
    return namesAcronymsUrlsCheck.run(s, contextFor([s], 'source'));
  };

  test('flags Smith → Smyth after a title as a major misspelling, fixed by the English spelling', () => {
    const target = 'Le PDG, M. Smyth, a démissionné.';
    const flags = flagsOf(target, 'The CEO, Mr. Smith, resigned.');
    assert.deepEqual(show(flags, target), ['names-acronyms-urls.near-name [Smyth] → Smith']);
    assert.equal(flags[0]!.severity, 'major');
    assert.deepEqual(flags[0]!.params, { english: 'Smith', french: 'Smyth' });
  });

  test('flags a misspelled surname after the right first name (Joe Biden → Joe Bidan)', () => {
    const target = 'Joe Bidan a parlé aux journalistes.';
    assert.deepEqual(show(flagsOf(target, 'President Joe Biden spoke to reporters.'), target), [
      'names-acronyms-urls.near-name [Bidan] → Biden',
    ]);
  });

  test('keeps a lone near spelling minor: it may be the French form of the name (Elizabeth → Élisabeth)', () => {
    const flags = flagsOf('La reine Élisabeth a parlé.', 'Queen Elizabeth spoke.');
    assert.deepEqual(
      flags.map((flag) => `${flag.messageKey}:${flag.severity}`),
      ['names-acronyms-urls.near-name:minor'],
    );
  });

  test('does not take French forms or other names for misspellings', () => {
    assert.deepEqual(flagsOf('Ils ont dit que le Pérou et l’Irak avaient voté.', 'They said Peru and Iraq voted.'), []);
    assert.deepEqual(flagsOf('Smyth et Smith ont signé.', 'Smyth and Smith signed.'), []);
  });
});
