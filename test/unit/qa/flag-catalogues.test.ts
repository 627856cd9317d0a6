import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { CHECKS } from '../../../src/qa/check-registry.ts';
import { defaultLexicon } from '../../../src/qa/lexicon/default-lexicon.ts';
import { lexiconResources } from '../../../src/qa/lexicon/lexicon-resources.ts';

describe('flag message catalogues', () => {
  for (const language of ['en', 'fr'] as const) {
    test(`hold every message key a check can emit, in ${language === 'en' ? 'English' : 'French'}`, () => {
      const i18n = createI18n(language);
      const missing = CHECKS.flatMap((check) => check.messageKeys).filter((key) => !i18n.exists(key, { ns: 'flags' }));
      assert.deepEqual(missing, []);
    });

    test(`give every lexicon entry an explanation in ${language === 'en' ? 'English' : 'French'}`, () => {
      const i18n = createI18n(language, lexiconResources());
      const missing = defaultLexicon()
        .entries.map((entry) => entry.entry.id)
        .filter((id) => !i18n.exists(id, { ns: 'lexicon' }));
      assert.deepEqual(missing, []);
    });
  }

  test('every check declares at least one message key and a distinct id', () => {
    assert.ok(CHECKS.every((check) => check.messageKeys.length > 0));
    assert.equal(new Set(CHECKS.map((check) => check.id)).size, CHECKS.length);
  });
});
