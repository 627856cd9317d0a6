import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { segmentText } from '../../../src/text/segment-text.ts';
import { repoPath } from '../../helpers/run-cli.ts';

/** Paragraphs as `[sentence | sentence]` blocks, checking offsets on the way. */
function layout(text: string): string {
  return segmentText(text, 'fr')
    .paragraphs.map((paragraph) => {
      for (const sentence of paragraph.sentences) {
        assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
        assert.ok(sentence.start >= paragraph.start && sentence.end <= paragraph.end);
      }
      return `[${paragraph.sentences.map((sentence) => sentence.text).join(' | ')}]`;
    })
    .join(' ');
}

describe('segmentText', () => {
  test('separates paragraphs at one or more blank lines', () => {
    assert.equal(layout('Un. Deux.\n\nTrois.\n\n\n\nQuatre.'), '[Un. | Deux.] [Trois.] [Quatre.]');
  });

  test('keeps a single line break inside its paragraph', () => {
    assert.equal(layout('Une ligne\nqui continue.\n\nFin.'), '[Une ligne\nqui continue.] [Fin.]');
  });

  test('treats CRLF line ends and whitespace-only lines as blank lines', () => {
    assert.equal(layout('Un.\r\n \t\r\nDeux.\r\n'), '[Un.] [Deux.]');
  });

  test('gives paragraph ranges without surrounding whitespace', () => {
    const text = '\n\n  Titre  \n\nCorps du texte.\n';
    const paragraphs = segmentText(text, 'fr').paragraphs;
    assert.deepEqual(
      paragraphs.map((paragraph) => text.slice(paragraph.start, paragraph.end)),
      ['Titre', 'Corps du texte.'],
    );
  });

  test('returns no paragraph for an empty or blank text', () => {
    assert.equal(segmentText('', 'fr').paragraphs.length, 0);
    assert.equal(segmentText(' \n\n \n', 'en').paragraphs.length, 0);
  });

  test('finds the 42 paragraphs of the sample and 45 sentences in them', () => {
    const text = readFileSync(repoPath('samples/china-denies-microsoft-hack.fr-mt.txt'), 'utf8');
    const paragraphs = segmentText(text, 'fr').paragraphs;
    assert.equal(paragraphs.length, 42);
    assert.equal(
      paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0),
      45,
    );
  });
});
