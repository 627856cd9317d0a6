import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { lexiconResources } from '../../../src/qa/lexicon/lexicon-resources.ts';
import { renderFlagMessage } from '../../../src/qa/render-flag-message.ts';
import { checkDocument } from '../../../src/qa/run-checks.ts';
import { fixtureLexicon, segment } from './qa-fixtures.ts';

describe('flag messages', () => {
  const lexicon = fixtureLexicon();
  const [flag] = checkDocument([segment('des grèves contre les ransomwares')], { mode: 'target-only', lexicon })[0]!;

  test('render a lexicon flag with its entry explanation in English and in French', () => {
    const en = renderFlagMessage(flag!, createI18n('en', lexiconResources(lexicon)).t);
    const fr = renderFlagMessage(flag!, createI18n('fr', lexiconResources(lexicon)).t);
    assert.equal(en, 'Wrong sense: “grèves” does not fit this context. Test entry: an attack, not a walkout.');
    assert.equal(
      fr,
      'Contresens : « grèves » ne convient pas dans ce contexte. Entrée de test : une attaque, pas un arrêt de travail.',
    );
  });

  test('render a plain check message with its parameters', () => {
    const [truncated] = checkDocument([segment('Une série de')], { mode: 'target-only', lexicon })[0]!;
    assert.equal(
      renderFlagMessage(truncated!, createI18n('en').t),
      'The segment ends on “de”: the sentence looks cut off.',
    );
  });
});
