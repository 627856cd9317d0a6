import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runCliProcess } from '../../helpers/run-cli.ts';

const FRENCH = 'samples/china-denies-microsoft-hack.fr-mt.txt';
const ENGLISH = 'samples/china-denies-microsoft-hack.en-retranslation.txt';

describe('relecture align', () => {
  test('prints a TSV header and the 45 pairs of the sample in text order', () => {
    const run = runCliProcess(['align', ENGLISH, FRENCH]);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines[0], 'source\ttarget\tconfidence');
    assert.equal(lines.length, 46);
    for (const line of lines.slice(1)) {
      const cells = line.split('\t');
      assert.equal(cells.length, 3, line);
      assert.ok(cells[0]!.length > 0 && cells[1]!.length > 0, line);
      const confidence = Number(cells[2]);
      assert.ok(confidence >= 0 && confidence <= 1, line);
    }
    assert.match(lines[1]!, /^China denies the hacking of Microsoft.*\tLa Chine dément le piratage de Microsoft/);
  });

  test('prints JSON pairs with an empty side for a sentence without partner', () => {
    const run = runCliProcess(
      ['align', '--format', 'json', '-', 'test/fixtures/text/crlf-press.fr.txt'],
      'Title of the dispatch\n\nMr. Dupont declared: “We are leaving.” Then he left.\nThe rest fits on a broken\nline.\n\nA new sentence with no French at all, about the weather in Lyon.\n\nAn indented paragraph with 30,000 people and 3.5%.',
    );
    assert.equal(run.code, 0, run.stderr);
    const pairs = JSON.parse(run.stdout) as { source: string; target: string; confidence: number }[];
    assert.deepEqual(
      pairs.map((pair) => [pair.source.slice(0, 20), pair.target.slice(0, 20)]),
      [
        ['Title of the dispatc', 'Titre de la dépêche'],
        ['Mr. Dupont declared:', 'M. Dupont a déclaré\u00a0'],
        ['Then he left.', 'Puis il est parti.'],
        ['The rest fits on a b', 'La suite tient sur u'],
        ['A new sentence with ', ''],
        ['An indented paragrap', 'Un paragraphe indent'],
      ],
    );
    assert.ok(pairs[4]!.confidence < pairs[5]!.confidence);
  });

  test('replaces line breaks inside a sentence by spaces in TSV', () => {
    const run = runCliProcess(
      ['align', '-', 'test/fixtures/text/crlf-press.fr.txt'],
      'The rest fits on a broken\nline.',
    );
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.includes('La suite tient sur une ligne coupée en deux.'), run.stdout);
    for (const line of run.stdout.trimEnd().split('\n')) assert.equal(line.split('\t').length, 3, line);
  });

  test('leaves the target cell empty in TSV for an English sentence with no French', () => {
    const run = runCliProcess(
      ['align', '-', 'test/fixtures/text/crlf-press.fr.txt'],
      'Title of the dispatch\n\nMr. Dupont declared: “We are leaving.” Then he left. Nobody in Lyon had expected such a ' +
        'sudden departure. The rest fits on a broken line.\n\nAn indented paragraph with 30,000 people and 3.5%.',
    );
    assert.equal(run.code, 0, run.stderr);
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'));
    assert.deepEqual(
      rows.map((cells) => [cells[0]!.slice(0, 12), cells[1]!.slice(0, 12)]),
      [
        ['Title of the', 'Titre de la '],
        ['Mr. Dupont d', 'M. Dupont a '],
        ['Then he left', 'Puis il est '],
        ['Nobody in Ly', ''],
        ['The rest fit', 'La suite tie'],
        ['An indented ', 'Un paragraph'],
      ],
    );
  });

  test('names the unreadable file on stderr and exits with 2', () => {
    const run = runCliProcess(['align', ENGLISH, 'missing-french.txt']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /missing-french\.txt: no such file/);
    assert.equal(run.stdout, '');
  });

  test('is a usage error with one file or an unknown format', () => {
    assert.equal(runCliProcess(['align', ENGLISH]).code, 2);
    assert.equal(runCliProcess(['align', '--format', 'xml', ENGLISH, FRENCH]).code, 2);
  });
});
