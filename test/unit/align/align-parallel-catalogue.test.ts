import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignSentences } from '../../../src/align/align-sentences.ts';
import { loadMonacoCatalogue } from '../../fixtures/parallel/monaco-catalogue.ts';

const PAIRS = 300;

test('recovers at least 90 % of the true pairs of 300 Monaco messages with sentences dropped and merged', () => {
  const catalogue = loadMonacoCatalogue().slice(0, PAIRS);
  assert.equal(catalogue.length, PAIRS, 'the Monaco catalogue should hold 300 usable sentence pairs');
  const english = catalogue.map((pair) => pair.english);
  const french: string[] = [];
  // Expected groups as `english indices:french indices`, e.g. `5,6:4` for two English sentences merged in French.
  const expected: string[] = [];
  let dropped = 0;
  let merged = 0;
  for (let i = 0; i < catalogue.length; i++) {
    if (i % 23 === 11) {
      expected.push(`${i}:`);
      dropped++;
    } else if (i % 17 === 5 && i + 1 < catalogue.length) {
      expected.push(`${i},${i + 1}:${french.length}`);
      french.push(`${catalogue[i]!.french} ${catalogue[i + 1]!.french}`);
      merged++;
      i++;
    } else {
      expected.push(`${i}:${french.length}`);
      french.push(catalogue[i]!.french);
    }
  }
  const found = new Set(alignSentences(english, french).map((pair) => `${pair.english}:${pair.french}`));
  const right = expected.filter((group) => found.has(group)).length;
  const share = right / expected.length;
  console.log(
    `Monaco catalogue: ${english.length} English, ${french.length} French (${dropped} dropped, ${merged} merged): ` +
      `${right}/${expected.length} pairs aligned right (${(share * 100).toFixed(1)} %)`,
  );
  assert.ok(share >= 0.9, `only ${(share * 100).toFixed(1)} % aligned right`);
});

test('aligns the untouched Monaco messages one to one', () => {
  const catalogue = loadMonacoCatalogue().slice(0, PAIRS);
  const pairs = alignSentences(
    catalogue.map((pair) => pair.english),
    catalogue.map((pair) => pair.french),
  );
  const oneToOne = pairs.filter(
    (pair) => pair.english.length === 1 && pair.french.length === 1 && pair.english[0] === pair.french[0],
  ).length;
  assert.ok(oneToOne / PAIRS >= 0.95, `${oneToOne} of ${PAIRS} pairs one to one`);
});
