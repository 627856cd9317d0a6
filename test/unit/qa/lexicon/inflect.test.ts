import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inflectLike } from '../../../../src/qa/lexicon/inflect.ts';

describe('suggestion inflection', () => {
  test('puts a noun fix in the plural of the matched form, adjectives included', () => {
    assert.equal(inflectLike('grèves', ['grève'], 'attaque'), 'attaques');
    assert.equal(inflectLike('grèves', ['grève'], 'attaque informatique'), 'attaques informatiques');
  });

  test('conjugates a verb fix of the same group like the matched form', () => {
    assert.equal(inflectLike('réalisé', ['réaliser'], 'constater'), 'constaté');
    assert.equal(inflectLike('sponsorisent', ['sponsoriser'], 'parrainer'), 'parrainent');
  });

  test('offers a fix of another conjugation unchanged rather than misspelt', () => {
    assert.equal(inflectLike('sponsorisent', ['sponsoriser'], 'soutenir'), 'soutenir');
  });

  test('keeps a leading capital', () => {
    assert.equal(inflectLike('Grèves', ['grève'], 'attaque'), 'Attaques');
  });
});
