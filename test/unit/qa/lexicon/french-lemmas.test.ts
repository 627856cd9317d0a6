import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { englishLemmaCandidates } from '../../../../src/qa/lexicon/english-lemmas.ts';
import { frenchLemmaCandidates } from '../../../../src/qa/lexicon/french-lemmas.ts';

const leadsTo = (form: string, lemma: string) =>
  assert.ok(frenchLemmaCandidates(form).includes(lemma), `${form} should lead to ${lemma}`);

describe('French lemma candidates', () => {
  test('lead nouns and adjectives back to their singular masculine', () => {
    leadsTo('grèves', 'grève');
    leadsTo('nationaux', 'national');
    leadsTo('actives', 'actif');
    leadsTo('malveillante', 'malveillant');
  });

  test('lead regular verbs of every group back to the infinitive', () => {
    for (const form of ['réalisé', 'réalisée', 'réalisant', 'réalise', 'réaliseront', 'réalisions'])
      leadsTo(form, 'réaliser');
    leadsTo('finissent', 'finir');
    leadsTo('attendu', 'attendre');
    leadsTo('mangeons', 'manger');
    leadsTo('achète', 'acheter');
    leadsTo('produit', 'produire');
  });

  test('lead irregular verbs and their compounds back to the infinitive', () => {
    leadsTo('font', 'faire');
    leadsTo('vu', 'voir');
    leadsTo('a', 'avoir');
    leadsTo('comprennent', 'comprendre');
    leadsTo('permis', 'permettre');
    leadsTo('prendra', 'prendre');
  });

  test('do not lead a word to an unrelated lemma', () => {
    assert.ok(!frenchLemmaCandidates('grèves').includes('grave'));
    assert.ok(!frenchLemmaCandidates('sens').includes('sentir'));
  });
});

describe('English lemma candidates', () => {
  test('lead inflected forms back to the lemma', () => {
    assert.ok(englishLemmaCandidates('strikes').includes('strike'));
    assert.ok(englishLemmaCandidates('struck').includes('strike'));
    assert.ok(englishLemmaCandidates('realized').includes('realize'));
    assert.ok(englishLemmaCandidates('stopped').includes('stop'));
    assert.ok(englishLemmaCandidates('policies').includes('policy'));
  });
});
