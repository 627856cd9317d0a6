import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHECKS } from '../../../../src/qa/check-registry.ts';
import { negationCheck } from '../../../../src/qa/checks/negation.ts';
import { contextFor, segment, show } from '../qa-fixtures.ts';

const run = (target: string, source: string) => {
  const s = segment(target, { source });
  return show(negationCheck.run(s, contextFor([s], 'source')), target);
};

describe('negation check', () => {
  test('flags a French that lost the English negation (did not confirm → a confirmé, never paid → a payé)', () => {
    const target = 'Le gouvernement a confirmé le rapport.';
    const s = segment(target, { source: 'The government did not confirm the report.' });
    const flags = negationCheck.run(s, contextFor([s], 'source'));
    assert.deepEqual(show(flags, target), ['negation.dropped [Le gouvernement a confirmé le rapport.]']);
    assert.equal(flags[0]!.severity, 'major');
    assert.equal(flags[0]!.category, 'accuracy/mistranslation');
    assert.deepEqual(flags[0]!.params, { english: 'did not' });
    assert.deepEqual(run('L’hôpital a payé les pirates.', 'The hospital never paid the hackers.'), [
      'negation.dropped [L’hôpital a payé les pirates.]',
    ]);
    assert.equal(run('Il y a des preuves de fraude.', 'There is no evidence of fraud.').length, 1);
    assert.equal(run('Il travaille encore ici.', 'He no longer works here.').length, 1);
    assert.equal(run('Elle l’a confirmé.', 'She didn’t confirm it.').length, 1);
  });

  test('accepts every French form of negation', () => {
    const rows: [string, string][] = [
      ['Le gouvernement n’a pas confirmé le rapport.', 'The government did not confirm the report.'],
      ['L’hôpital n’a jamais payé les pirates.', 'The hospital never paid the hackers.'],
      ['Il n’y a aucune preuve de fraude.', 'There is no evidence of fraud.'],
      ['Il ne travaille plus ici.', 'He no longer works here.'],
      ['Rien n’a changé.', 'Nothing has changed.'],
      ['Il est parti sans dire au revoir.', 'He did not say goodbye when he left.'],
      ['Ni le ministre ni son adjoint ne sont venus.', 'Neither the minister nor his deputy came.'],
      ['Impossible d’ouvrir le fichier.', 'Cannot open the file.'],
      ['Fichier introuvable.', 'File not found.'],
      ['Les données non enregistrées seront perdues.', 'Data that is not saved will be lost.'],
      ['Le porte-parole a refusé de commenter.', 'The spokesman would not comment.'],
    ];
    for (const [target, source] of rows) assert.deepEqual(run(target, source), [], target);
  });

  test('does not read a negation into phrases that are not one', () => {
    const rows: [string, string][] = [
      ['Cela concerne non seulement Paris mais aussi Lyon.', 'This concerns not only Paris but also Lyon.'],
      ['Il viendra sans doute demain.', 'No doubt he will come tomorrow.'],
      ['Quel que soit le résultat, il partira.', 'No matter the result, he will leave.'],
      ['Au plus 3 fichiers sont copiés.', 'No more than 3 files are copied.'],
      ['La colonne est définie comme NOT NULL.', 'The column is defined as NOT NULL.'],
      ['Utilisez l’option --no-clobber.', 'Use the --no-clobber option.'],
      ['Il a dit qu’il viendrait, que cela plaise ou non.', 'He said he would come, whether or not they liked it.'],
    ];
    for (const [target, source] of rows) assert.deepEqual(run(target, source), [], target);
  });

  test('with a retranslation beside the source, flags only when the retranslation also lost the negation', () => {
    const target = 'Le gouvernement a confirmé le rapport.';
    const source = 'The government did not confirm the report.';
    const agreeing = segment(target, { source, retranslation: 'The government confirmed the report.' });
    assert.equal(negationCheck.run(agreeing, contextFor([agreeing], 'retranslation')).length, 1);
    const negated = segment(target, { source, retranslation: 'The government did not confirm the report.' });
    assert.deepEqual(negationCheck.run(negated, contextFor([negated], 'retranslation')), []);
  });

  test('says nothing without a source (a retranslation is made from the French) or on the French alone', () => {
    const alone = segment('Le gouvernement a confirmé le rapport.', {
      retranslation: 'The government did not confirm it.',
    });
    assert.deepEqual(negationCheck.run(alone, contextFor([alone], 'retranslation')), []);
    assert.ok(!negationCheck.needs.includes('target-only'));
  });

  test('is registered with the other checks', () => {
    assert.ok(CHECKS.includes(negationCheck));
  });
});
