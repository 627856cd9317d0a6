import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileLexicon, LexiconError } from '../../../../src/qa/lexicon/load-lexicon.ts';

const good = {
  id: 'test-entry',
  french: 'grève',
  english: 'strike',
  requires: 'none',
  suggestions: ['attaque'],
  severity: 'major',
  category: 'accuracy/mistranslation',
  explanation: { en: 'Why.', fr: 'Pourquoi.' },
  source: 'test',
  example: { fr: 'des grèves' },
};

const load = (entries: unknown[], kind = 'wrong-sense') =>
  compileLexicon([{ name: 'test.json', data: { kind, entries } }]);

describe('lexicon loader', () => {
  test('loads a valid entry', () => {
    assert.equal(load([good]).entries.length, 1);
  });

  test('rejects an unknown category, naming the entry', () => {
    assert.throws(
      () => load([{ ...good, category: 'accuracy/wrongness' }]),
      (error: Error) => {
        assert.ok(error instanceof LexiconError);
        assert.match(error.message, /test\.json: entry "test-entry": category/);
        return true;
      },
    );
  });

  test('rejects a missing example, naming the entry', () => {
    const { example: _example, ...withoutExample } = good;
    assert.throws(() => load([withoutExample]), /entry "test-entry": example/);
  });

  test('rejects a duplicate id, an unknown kind and a bad pattern', () => {
    assert.throws(() => load([good, good]), /duplicate id/);
    assert.throws(() => load([good], 'mistake'), /test\.json: kind/);
    assert.throws(() => load([{ ...good, french: '… grève' }]), /entry "test-entry": bad pattern/);
  });

  test('rejects requires english without an English pattern or an English example', () => {
    const { english: _english, ...withoutEnglish } = good;
    assert.throws(() => load([{ ...withoutEnglish, requires: 'english' }]), /no english pattern/);
    assert.throws(() => load([{ ...good, requires: 'english' }]), /needs an "en" text/);
  });
});
