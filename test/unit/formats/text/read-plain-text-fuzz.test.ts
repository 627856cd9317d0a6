import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readPlainText } from '../../../../src/formats/text/read-plain-text.ts';
import { writePlainText } from '../../../../src/formats/text/write-plain-text.ts';
import { FileFormatError } from '../../../../src/model/errors.ts';
import { decodeText } from '../../../../src/text/decode-text.ts';
import { repoPath } from '../../../helpers/run-cli.ts';

const MUTANTS = 1500;
const TIME_LIMIT_MS = 20_000;

function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/** One random damage to `bytes`: flipped bytes, a cut, inserted NULs or controls, a BOM swap, duplicated bytes. */
function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  const at = Math.floor(random() * copy.length);
  switch (Math.floor(random() * 6)) {
    case 0:
      for (let k = 0; k < 1 + random() * 8; k++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      return copy;
    case 1:
      return copy.slice(0, at);
    case 2:
      return Uint8Array.from([...copy.slice(0, at), 0, ...copy.slice(at)]);
    case 3:
      return Uint8Array.from([...copy.slice(0, at), 0x01, 0x02, 0x1f, ...copy.slice(at)]);
    case 4:
      return Uint8Array.from([
        ...[
          [0xff, 0xfe],
          [0xfe, 0xff],
          [0xef, 0xbb, 0xbf],
        ][Math.floor(random() * 3)]!,
        ...copy,
      ]);
    default:
      return Uint8Array.from([...copy, ...copy.slice(at, at + 200)]);
  }
}

test('reads or rejects with a FileFormatError every one of 1500 damaged text files, and writes back what it read', () => {
  const random = createRandom(2021);
  const sample = readFileSync(repoPath('samples/china-denies-microsoft-hack.fr-mt.txt'));
  const crlf = readFileSync(repoPath('test/fixtures/text/crlf-press.fr.txt'));
  const seeds = [new Uint8Array(sample.subarray(0, 3000)), new Uint8Array(crlf)];
  const started = performance.now();
  let read = 0;
  let rejected = 0;
  for (let run = 0; run < MUTANTS; run++) {
    const bytes = mutate(seeds[run % seeds.length]!, random);
    try {
      const doc = readPlainText(bytes, 'mutant.txt');
      assert.equal(writePlainText(doc), decodeText(bytes, 'mutant.txt').text);
      read++;
    } catch (error) {
      if (!(error instanceof FileFormatError)) throw error;
      assert.match(error.message, /^mutant\.txt: /);
      rejected++;
    }
  }
  const elapsed = performance.now() - started;
  assert.ok(elapsed < TIME_LIMIT_MS, `took ${elapsed.toFixed(0)} ms`);
  assert.ok(read > 0 && rejected > 0, `${read} read, ${rejected} rejected`);
});
