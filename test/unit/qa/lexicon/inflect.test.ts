import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inflectLike, inflectPhrase } from '../../../../src/qa/lexicon/inflect.ts';

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

describe('phrase suggestion inflection', () => {
  test('gives a multi-word fix the present participle of the first matched word', () => {
    assert.equal(inflectPhrase('faisant', ['faire', 'faisant'], 'fulminer contre', null), 'fulminant contre');
  });

  test('gives a multi-word fix the future of the first matched word, irregular fixes included', () => {
    assert.equal(inflectPhrase('imposeront', ['imposer'], 'sanctionner', null), 'sanctionneront');
    assert.equal(inflectPhrase('imposeront', ['imposer'], 'faire payer le prix', null), 'feront payer le prix');
    assert.equal(inflectPhrase('prendra', ['prendre'], 'se dérouler', null), 'se déroulera');
  });

  test('uses the participle after an auxiliary and refuses a reflexive fix there', () => {
    assert.equal(inflectPhrase('pris', ['prendre'], 'avoir lieu', 'a'), 'eu lieu');
    assert.equal(inflectPhrase('pris', ['prendre'], 'se dérouler', 'a'), null);
  });

  test('copies the agreement of a participle after the verb', () => {
    assert.equal(inflectPhrase('sont', ['être'], 'être censé', 'ils', 'supposés'), 'sont censés');
  });

  test('refuses a fix of another conjugation rather than mixing forms', () => {
    assert.equal(inflectPhrase('prendront', ['prendre'], 'agir', null), null);
  });

  test('keeps the infinitive when the matched word is one', () => {
    assert.equal(inflectPhrase('prendre', ['prendre'], 'avoir lieu', null), 'avoir lieu');
  });
});

describe('plural of noun fixes', () => {
  test('keeps the plural of a noun ending in -re rather than reading it as a verb', () => {
    assert.equal(inflectLike('ransomwares', ['ransomware'], 'rançongiciel'), 'rançongiciels');
    assert.equal(inflectLike('ransomwares', ['ransomware'], 'logiciel rançonneur'), 'logiciels rançonneurs');
  });
});
