import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { ProtectedPathError } from '../../../src/export/protected-paths.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { repoPath } from '../../helpers/run-cli.ts';

// Every refusal key the workflow can throw, read from the code so a new refusal without a message fails here.
function refusalKeys(): string[] {
  const code = ['src/review/apply-action.ts', 'src/store/project-store.ts']
    .map((file) => readFileSync(repoPath(file), 'utf8'))
    .join('\n');
  return [...new Set([...code.matchAll(/new ReviewRuleError\(\s*'([A-Za-z]+)'/g)].map((match) => match[1]!))];
}

describe('review messages', () => {
  test('every refusal and export message has an English and a French text', () => {
    const keys = [...refusalKeys(), new ProtectedPathError('a', 'b').key, 'exportUnapproved'];
    assert.ok(keys.length >= 12, `found only ${keys.length} keys`);
    for (const language of ['en', 'fr'] as const) {
      const t = createI18n(language).getFixedT(language, 'review');
      for (const key of keys) {
        const text = t(key, { count: 2, segment: 's1' });
        assert.notEqual(text, key, `${language}: no message for ${key}`);
      }
    }
  });

  test('renders a refusal with its parameters in French', () => {
    const t = createI18n('fr').getFixedT('fr', 'review');
    assert.equal(
      t('approvedLocked', { segment: 's3' }),
      'Le segment s3 est approuvé et verrouillé\u00a0: un réviseur doit d’abord le rouvrir.',
    );
    assert.equal(t('exportUnapproved', { count: 1 }), '1 segment n’est pas encore approuvé.');
  });
});
