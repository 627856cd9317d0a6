import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { type AlignedText, alignTexts } from '../../../src/align/align-texts.ts';
import { repoPath } from '../../helpers/run-cli.ts';

const french = readFileSync(repoPath('samples/china-denies-microsoft-hack.fr-mt.txt'), 'utf8');
const retranslation = readFileSync(repoPath('samples/china-denies-microsoft-hack.en-retranslation.txt'), 'utf8');

/** Shape of each pair as `english:french` sentence counts, e.g. `1:1 1:0 2:1`. */
function shapes(aligned: AlignedText): string[] {
  return aligned.pairs.map((pair) => `${pair.english.length}:${pair.french.length}`);
}

/** The sample with its `index`-th paragraph (0-based) removed. */
function withoutParagraph(text: string, index: number): string {
  return text
    .split('\n\n')
    .filter((_, position) => position !== index)
    .join('\n\n');
}

describe('alignTexts on the sample and its retranslation', () => {
  const aligned = alignTexts(retranslation, french);

  test('pairs all 45 sentences one to one, in order', () => {
    assert.equal(aligned.pairs.length, 45);
    assert.ok(shapes(aligned).every((shape) => shape === '1:1'));
    const frenchStarts = aligned.pairs.map((pair) => pair.french[0]!.start);
    const englishStarts = aligned.pairs.map((pair) => pair.english[0]!.start);
    assert.deepEqual(
      frenchStarts,
      [...frenchStarts].sort((a, b) => a - b),
    );
    assert.deepEqual(
      englishStarts,
      [...englishStarts].sort((a, b) => a - b),
    );
  });

  test('pairs the ransomware strikes sentence with the grèves sentence', () => {
    const strikes = aligned.pairs.find((pair) => pair.english[0]!.text.includes('major strikes against ransomware'));
    assert.ok(strikes?.french[0]?.text.startsWith('Cette année a vu une série de grèves importantes'));
  });

  test('gives each pair the French paragraph of its sentence', () => {
    const russia = aligned.pairs.find((pair) => pair.french[0]!.text === 'La Russie nie toute responsabilité.')!;
    const before = aligned.pairs[aligned.pairs.indexOf(russia) - 1]!;
    assert.equal(russia.frenchParagraph, before.frenchParagraph);
    assert.equal(aligned.pairs[0]!.frenchParagraph, 0);
    assert.equal(aligned.pairs.at(-1)!.frenchParagraph, 41);
  });

  test('gives every pair a high confidence', () => {
    for (const pair of aligned.pairs) assert.ok(pair.confidence >= 0.6, `${pair.confidence}: ${pair.english[0]!.text}`);
  });
});

describe('alignTexts on long texts', () => {
  test('aligns 30 copies of the sample one to one (regression: frequent names were dropped as anchors)', () => {
    const copies = 30;
    const aligned = alignTexts(Array(copies).fill(retranslation).join('\n\n'), Array(copies).fill(french).join('\n\n'));
    assert.equal(aligned.pairs.length, 45 * copies);
    assert.ok(shapes(aligned).every((shape) => shape === '1:1'));
  });
});

describe('alignTexts when a paragraph is missing on one side', () => {
  test('leaves the sentence of a paragraph missing in the French without partner and pairs the rest', () => {
    const aligned = alignTexts(retranslation, withoutParagraph(french, 5));
    const result = shapes(aligned);
    assert.equal(result.filter((shape) => shape === '1:0').length, 1);
    assert.equal(result.filter((shape) => shape === '1:1').length, 44);
    const orphan = aligned.pairs.find((pair) => pair.french.length === 0)!;
    assert.ok(orphan.english[0]!.text.startsWith('The American Secretary of State'));
    assert.ok(orphan.confidence < 0.5);
  });

  test('leaves a missing heading as 1:0 instead of merging it with the next paragraph', () => {
    const aligned = alignTexts(retranslation, withoutParagraph(french, 18));
    const orphan = aligned.pairs.find((pair) => pair.french.length === 0);
    assert.equal(orphan?.english[0]?.text, 'Solidarity of NATO');
    assert.equal(shapes(aligned).filter((shape) => shape === '1:1').length, 44);
  });

  test('gives the French sentence of a paragraph missing in the English no English partner', () => {
    const aligned = alignTexts(withoutParagraph(retranslation, 33), french);
    const orphan = aligned.pairs.find((pair) => pair.english.length === 0);
    assert.ok(orphan?.french[0]?.text.startsWith('«\u00a0Ces pirates sous contrat'));
    assert.equal(shapes(aligned).filter((shape) => shape === '1:1').length, 44);
  });

  test('aligns sentence by sentence when the English has no paragraph breaks at all', () => {
    const english = 'The hack hit 30,000 firms. China denied it on Tuesday. NATO offered its solidarity.';
    const frenchText =
      'Le piratage a touché 30 000 entreprises.\n\nLa Chine a démenti mardi.\n\nL’OTAN a offert sa solidarité.';
    assert.deepEqual(shapes(alignTexts(english, frenchText)), ['1:1', '1:1', '1:1']);
  });

  test('pairs a paragraph that shares no names or numbers with its translation instead of leaving both unpaired', () => {
    // QA round 2: paragraph 2 came out as 3 English and 2 French orphans; paragraph 3 drops its last sentence.
    const english = [
      'Mr. Smith arrived in Paris on Monday. He met the U.S. ambassador.',
      'The talks lasted three hours. They covered trade, e.g. tariffs on steel. No agreement was reached.',
      '"We will meet again," he said. The next round is set for March 3.',
    ].join('\n\n');
    const frenchText = [
      'M. Smith est arrivé à Paris lundi. Il a rencontré l’ambassadeur des États-Unis.',
      'Les discussions ont duré trois heures et ont porté sur le commerce, p. ex. les droits de douane sur l’acier. ' +
        'Aucun accord n’a été trouvé.',
      '« Nous nous reverrons », a-t-il déclaré.',
    ].join('\n\n');
    const aligned = alignTexts(english, frenchText);
    assert.deepEqual(shapes(aligned), ['1:1', '1:1', '2:1', '1:1', '1:1', '1:0']);
    const agreement = aligned.pairs.find((pair) => pair.english[0]?.text === 'No agreement was reached.');
    assert.equal(agreement?.french[0]?.text, 'Aucun accord n’a été trouvé.');
    assert.equal(aligned.pairs.at(-1)?.english[0]?.text, 'The next round is set for March 3.');
  });

  test('aligns the sentences of a long paragraph and its translation even when the paragraphs share no anchor', () => {
    // Two paragraph skips cost less than this paragraph pair; the sentences must still be aligned together.
    const english = [
      'Mr. Smith arrived in Paris on Monday. He met the U.S. ambassador.',
      'The talks lasted three hours and went well beyond the time that had been set aside for them. ' +
        'They covered trade, fishing rights, steel tariffs and farm subsidies. Both sides kept their earlier stances. ' +
        'No agreement was reached. Tempers were short by the end.',
      '"We will meet again," he said. The next round is set for March 3.',
    ].join('\n\n');
    const frenchText = [
      'M. Smith est arrivé à Paris lundi. Il a rencontré l’ambassadeur des États-Unis.',
      'Les discussions ont duré trois heures et ont largement dépassé le temps qui leur avait été réservé. ' +
        'Elles ont porté sur le commerce, les droits de pêche, les droits de douane sur l’acier et les aides agricoles. ' +
        'Chaque camp a gardé ses positions antérieures. Aucun accord n’a été trouvé. Les esprits s’échauffaient à la fin.',
      '« Nous nous reverrons », a-t-il déclaré. La prochaine séance est prévue le 3 mars.',
    ].join('\n\n');
    const aligned = alignTexts(english, frenchText);
    assert.ok(
      shapes(aligned).every((shape) => shape === '1:1'),
      shapes(aligned).join(' '),
    );
    assert.equal(aligned.pairs.length, 9);
  });

  test('returns French-only pairs when the English is empty', () => {
    assert.deepEqual(shapes(alignTexts('', 'Un. Deux.')), ['0:1', '0:1']);
  });
});
