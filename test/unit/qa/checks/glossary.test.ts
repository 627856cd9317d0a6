import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { glossaryCheck } from '../../../../src/qa/checks/glossary.ts';
import { readGlossary } from '../../../../src/qa/glossary/read-glossary.ts';
import { contextFor, segment, show } from '../qa-fixtures.ts';

const glossary = readGlossary('en,fr,forbidden\nransomware,rançongiciel,\nransomware,ransomware,yes\n', 'terms.csv');

describe('glossary check', () => {
  test('flags a forbidden term and offers the required one, inflected forms included', () => {
    const s = segment('des attaques contre les ransomwares');
    const flags = glossaryCheck.run(s, contextFor([s], 'target-only', { glossary }));
    assert.deepEqual(show(flags, s.target), ['glossary.forbidden [ransomwares] → rançongiciel']);
  });

  test('flags a required term missing where the English has its term', () => {
    const s = segment('des attaques par logiciel de rançon', { source: 'ransomware attacks' });
    const flags = glossaryCheck.run(s, contextFor([s], 'source', { glossary }));
    assert.deepEqual(
      flags.map((flag) => flag.messageKey),
      ['glossary.missing'],
    );
  });

  test('accepts the required term', () => {
    const s = segment('des attaques par rançongiciels', { source: 'ransomware attacks' });
    assert.deepEqual(glossaryCheck.run(s, contextFor([s], 'source', { glossary })), []);
  });

  test('does nothing without a glossary', () => {
    const s = segment('des attaques contre les ransomwares');
    assert.deepEqual(glossaryCheck.run(s, contextFor([s], 'target-only')), []);
  });
});
