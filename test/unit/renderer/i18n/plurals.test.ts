import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { formatNumber, resetI18n, t } from '../../../../renderer/i18n/ui-i18n.ts';

const NARROW_NBSP = '\u202f';

describe('counts in the UI', () => {
  afterEach(() => resetI18n('en'));

  test('agree in number in English ("1 of 1 segments" before)', () => {
    assert.equal(t('filter.count', { shown: 1, count: 1 }), '1 of 1 segment');
    assert.equal(t('filter.count', { shown: 0, count: 45 }), '0 of 45 segments');
    assert.equal(t('retranslate.all', { count: 1 }), 'The whole document (1 segment)');
  });

  test('agree in number in French ("1 segments sur 1", "0 segments sur 45" before)', () => {
    resetI18n('fr');
    assert.equal(t('filter.count', { shown: 1, count: 1 }), '1 sur 1 segment');
    assert.equal(t('filter.count', { shown: 0, count: 45 }), '0 sur 45 segments');
    assert.equal(t('bar.approvedOf', { count: 1, total: 45 }), '1 approuvé sur 45');
    assert.equal(t('bar.approvedOf', { count: 2, total: 45 }), '2 approuvés sur 45');
    assert.equal(
      t('filter.count', { shown: 3, count: 1_000_000 }),
      `3 sur 1${NARROW_NBSP}000${NARROW_NBSP}000 de segments`,
    );
  });

  test('write thousands the way the UI language does', () => {
    assert.equal(t('report.wordsValue', { count: 33, total: 1132 }), '33 reviewed of 1,132');
    assert.equal(formatNumber(12_345), '12,345');
    resetI18n('fr');
    assert.equal(t('report.wordsValue', { count: 33, total: 1132 }), `33 révisés sur 1${NARROW_NBSP}132`);
    assert.equal(t('badge.major', { count: 1200 }), `1${NARROW_NBSP}200 majeures`);
    assert.equal(formatNumber(12_345), `12${NARROW_NBSP}345`);
  });
});
