import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  createAnchorExtractor,
  normaliseNumber,
  sharedAnchorWeight,
  unionAnchors,
} from '../../../src/align/anchors.ts';

describe('normaliseNumber', () => {
  test('reads English and French thousands separators as the same number', () => {
    assert.equal(normaliseNumber('30,000'), '30000');
    assert.equal(normaliseNumber('30 000'), '30000');
    assert.equal(normaliseNumber('30\u00a0000'), '30000');
    assert.equal(normaliseNumber('30\u202f000'), '30000');
    assert.equal(normaliseNumber('1,000,000'), normaliseNumber('1 000 000'));
  });

  test('reads a decimal point and a decimal comma as the same number', () => {
    assert.equal(normaliseNumber('1.5'), '1.5');
    assert.equal(normaliseNumber('1,5'), '1.5');
    assert.equal(normaliseNumber('1,234.5'), normaliseNumber('1 234,5'));
  });
});

describe('createAnchorExtractor', () => {
  test('makes an English sentence and its French translation share numbers, names and cognates', () => {
    const extract = createAnchorExtractor();
    const english = extract('The hack hit at least 30,000 organisations, Blinken said.');
    const french = extract('Le piratage a touché au moins 30 000 organisations, a déclaré Blinken.');
    const unrelated = extract('La semaine dernière, le gouvernement a offert 10 millions de dollars.');
    // 30000 (3) + Blinken (1.5) + organisations (0.5)
    assert.equal(sharedAnchorWeight(english, french), 5);
    assert.equal(sharedAnchorWeight(english, unrelated), 0);
  });

  test('counts acronyms and the presence of quotation marks', () => {
    const extract = createAnchorExtractor();
    const english = extract('The MSS “fostered” hackers.');
    const french = extract('Le MSS «\u00a0a favorisé\u00a0» les pirates.');
    assert.equal(sharedAnchorWeight(english, french), 3);
  });

  test('folds accents so that États and Etats share an anchor', () => {
    const extract = createAnchorExtractor();
    assert.ok(sharedAnchorWeight(extract('Les Etats répondent.'), extract('Les États répondent.')) > 0);
  });
});

describe('unionAnchors', () => {
  test('counts an anchor held by several sentences once, at its highest weight', () => {
    const extract = createAnchorExtractor();
    const paragraph = unionAnchors([extract('Biden met Raab in 2021.'), extract('Then, Biden left.')]);
    // Biden (1.5) + Raab (1.5) + 2021 (3); "Then" opens its sentence and is no name.
    assert.equal(paragraph.total, 6);
    assert.equal(sharedAnchorWeight(paragraph, extract('Il a vu Biden.')), 1.5);
  });
});
