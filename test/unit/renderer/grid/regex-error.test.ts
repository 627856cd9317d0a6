import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { regexReason, regexReasonKey } from '../../../../renderer/grid/regex-error.ts';
import { compileTextQuery } from '../../../../renderer/grid/segment-filter.ts';
import { resetI18n, t } from '../../../../renderer/i18n/ui-i18n.ts';

/** What the filter bar shows for an invalid `pattern`. */
function filterMessage(pattern: string): string {
  const query = compileTextQuery(pattern, true);
  if (query.ok) return '';
  const key = regexReasonKey(query.reason);
  return t('filter.invalidRegex', { error: key ? t(key) : query.reason });
}

describe('regular expression errors', () => {
  afterEach(() => resetI18n('en'));

  test('keep only the reason of the engine message, even when the pattern holds ": "', () => {
    assert.equal(
      regexReason('Invalid regular expression: /a: ([/iu: Unterminated character class', 'a: ([', 'iu'),
      'Unterminated character class',
    );
    assert.equal(regexReason('Invalid regular expression: something else', 'x', 'iu'), 'something else');
  });

  test('say "Invalid regular expression" once (the prefix came twice: the UI\'s and the engine\'s)', () => {
    const message = filterMessage('([');
    assert.equal(message.match(/Invalid regular expression/g)?.length, 1, message);
    assert.equal(message, 'Invalid regular expression: a [ has no closing ]');
  });

  test('explain every common mistake in English and in French, with no English left in the French', () => {
    const patterns = ['([', '(', ')', '*a', '{', 'a{2', 'a{3,1}', '[z-a]', 'a\\', '\\q', '(?x)', '(?<1>x)', '\\k<zz>'];
    for (const pattern of patterns) {
      const query = compileTextQuery(pattern, true);
      assert.equal(query.ok, false, pattern);
      assert.notEqual(
        regexReasonKey(query.ok ? '' : query.reason),
        null,
        `${pattern}: ${query.ok ? '' : query.reason}`,
      );
    }
    resetI18n('fr');
    const french = filterMessage('([');
    assert.equal(french, 'Expression régulière non valide : un [ n’a pas de ] fermant');
  });

  test('fall back to the engine reason it does not know', () => {
    assert.equal(regexReasonKey('Some future reason'), null);
  });
});
