import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type AlignedPair, alignSentences } from '../../../src/align/align-sentences.ts';

/** Pairs as `english:french` index groups, e.g. `0:0 1,2:1 3:`. */
function groups(pairs: readonly AlignedPair[]): string {
  return pairs.map((pair) => `${pair.english}:${pair.french}`).join(' ');
}

const ENGLISH = [
  'China denied on Tuesday the hacking of Microsoft.',
  'The hack hit at least 30,000 organisations in the United States.',
  'Blinken said China fostered criminal hackers.',
  'NATO offered its solidarity.',
  'Last week, Washington offered 10 million dollars for information.',
];
const FRENCH = [
  'La Chine a démenti mardi le piratage de Microsoft.',
  'Le piratage a touché au moins 30 000 organisations aux États-Unis.',
  'Blinken a déclaré que la Chine avait favorisé des pirates criminels.',
  'L’OTAN a offert sa solidarité.',
  'La semaine dernière, Washington a offert 10 millions de dollars pour des informations.',
];

describe('alignSentences', () => {
  test('pairs translated sentences one to one', () => {
    assert.equal(groups(alignSentences(ENGLISH, FRENCH)), '0:0 1:1 2:2 3:3 4:4');
  });

  test('leaves an English sentence without French as a 1:0 pair', () => {
    const french = FRENCH.filter((_, index) => index !== 2);
    assert.equal(groups(alignSentences(ENGLISH, french)), '0:0 1:1 2: 3:2 4:3');
  });

  test('leaves an added French sentence as a 0:1 pair', () => {
    const french = [
      ...FRENCH.slice(0, 3),
      'Le ministère chinois de la Sécurité d’État, ou MSS, a été visé en 2019.',
      ...FRENCH.slice(3),
    ];
    assert.equal(groups(alignSentences(ENGLISH, french)), '0:0 1:1 2:2 :3 3:4 4:5');
  });

  test('groups two English sentences translated as one French sentence', () => {
    const french = [
      FRENCH[0]!,
      `${FRENCH[1]!.slice(0, -1)} et ${FRENCH[2]!.charAt(0).toLowerCase()}${FRENCH[2]!.slice(1)}`,
      ...FRENCH.slice(3),
    ];
    assert.equal(groups(alignSentences(ENGLISH, french)), '0:0 1,2:1 3:2 4:3');
  });

  test('groups one English sentence split into two French sentences', () => {
    const english = [ENGLISH[0]!, `${ENGLISH[1]!.slice(0, -1)} and ${ENGLISH[2]!}`, ...ENGLISH.slice(3)];
    assert.equal(groups(alignSentences(english, FRENCH)), '0:0 1:1,2 2:3 3:4');
  });

  test('handles empty sides', () => {
    assert.equal(groups(alignSentences([], [])), '');
    assert.equal(groups(alignSentences(['One.', 'Two.'], [])), '0: 1:');
    assert.equal(groups(alignSentences([], ['Un.'])), ':0');
  });

  test('gives a sentence left without partner a lower confidence than true pairs', () => {
    const pairs = alignSentences(
      ENGLISH,
      FRENCH.filter((_, index) => index !== 2),
    );
    const orphan = pairs.find((pair) => pair.french.length === 0)!;
    for (const pair of pairs) {
      assert.ok(pair.confidence >= 0 && pair.confidence <= 1);
      if (pair !== orphan) assert.ok(pair.confidence > orphan.confidence);
    }
  });

  test('gives a pair of unrelated sentences of different lengths a lower confidence than a true pair', () => {
    const [truePair] = alignSentences([ENGLISH[1]!], [FRENCH[1]!]);
    const [wrongPair] = alignSentences([ENGLISH[3]!], [FRENCH[4]!]);
    assert.ok(
      wrongPair!.confidence < truePair!.confidence - 0.2,
      `${wrongPair!.confidence} vs ${truePair!.confidence}`,
    );
  });

  test('puts every sentence of both sides in exactly one pair, in order, on random inputs', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const sentence = () => 'x'.repeat(5 + Math.floor(random() * 80));
    for (let run = 0; run < 30; run++) {
      const english = Array.from({ length: Math.floor(random() * 40) }, sentence);
      const french = Array.from({ length: Math.floor(random() * 40) }, sentence);
      const pairs = alignSentences(english, french);
      assert.deepEqual(
        pairs.flatMap((pair) => pair.english),
        english.map((_, index) => index),
      );
      assert.deepEqual(
        pairs.flatMap((pair) => pair.french),
        french.map((_, index) => index),
      );
      for (const pair of pairs) assert.ok(pair.english.length + pair.french.length > 0);
    }
  });

  test('finds the right pairs of a long document searched in a narrow band', () => {
    const english: string[] = [];
    const french: string[] = [];
    for (let i = 0; i < 3000; i++) {
      english.push(`Sentence ${i} about Report${i % 97} says ${'word '.repeat(3 + (i % 11))}.`);
      if (i % 250 !== 3) french.push(`La phrase ${i} sur Report${i % 97} dit ${'mot '.repeat(4 + (i % 11))}.`);
    }
    const pairs = alignSentences(english, french);
    const orphans = pairs.filter((pair) => pair.french.length === 0).map((pair) => pair.english[0]);
    assert.deepEqual(orphans, [3, 253, 503, 753, 1003, 1253, 1503, 1753, 2003, 2253, 2503, 2753]);
  });
});
