import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readBilingualFile } from '../../../src/formats/read-bilingual-file.ts';
import { FileFormatError } from '../../../src/model/errors.ts';
import { validateBilingualFile } from '../../../src/validate/validate-bilingual-file.ts';
import { fixtureBytes } from './fixture.ts';

const MUTATIONS = 3000;
// The bound is on CPU time: the machine is shared, and waiting for a core is not the reader's doing. Wall time
// gets a looser bound that still catches a hang.
const TIME_BOUND_MS = 200;
const WALL_BOUND_MS = 2000;

/** Small seeded generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS: readonly (readonly [string, Uint8Array])[] = [
  ['sample.en-fr.xlf', fixtureBytes('samples/sample.en-fr.xlf')],
  ['memoq.en-fr.xlf', fixtureBytes('memoq.en-fr.xlf')],
  ['trados-seg.en-fr.xlf', fixtureBytes('trados-seg.en-fr.xlf')],
  ['memory.en-fr.tmx', fixtureBytes('memory.en-fr.utf16le.tmx')],
  ['review.en-fr.csv', fixtureBytes('review.en-fr.csv')],
  ['review.en-fr.tsv', fixtureBytes('review.en-fr.tsv')],
  ['article.fr.txt', fixtureBytes('samples/china-denies-microsoft-hack.fr-mt.txt').subarray(0, 1500)],
];

const SNIPPETS = [
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '&undefined;',
  ']]>',
  '<![CDATA[x',
  '<unit id="u1">',
  '</segment>',
  '<?xml version="1.0" encoding="UTF-16"?>',
  '<tmx version="1.4">',
  '"',
  '\t',
  '\u0000',
  '<pc id="1">',
  '<ec startRef="1"/>',
  '⟨1⟩',
];

type Mutation = (bytes: Uint8Array, next: () => number) => Uint8Array;
const pick = (length: number, next: () => number) => Math.floor(next() * length);
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** The mutations: bytes flipped, elements cut, attributes duplicated, encodings swapped, truncation, snippets. */
const MUTATORS: readonly (readonly [string, Mutation])[] = [
  [
    'flip bytes',
    (bytes, next) => {
      const copy = new Uint8Array(bytes);
      for (let count = 1 + pick(6, next); count > 0; count--) copy[pick(copy.length, next)] = pick(256, next);
      return copy;
    },
  ],
  ['truncate', (bytes, next) => bytes.subarray(0, pick(bytes.length, next))],
  [
    'cut an element',
    (bytes, next) => {
      const text = latin1(bytes);
      const start = text.indexOf('<', pick(text.length, next));
      if (start === -1) return bytes.subarray(1);
      const end = text.indexOf('>', text.indexOf('<', start + 1));
      return Buffer.from(text.slice(0, start) + (end === -1 ? '' : text.slice(end + 1)), 'latin1');
    },
  ],
  [
    'duplicate an attribute',
    (bytes, next) => {
      const text = latin1(bytes);
      const matches = [...text.matchAll(/\s[\w:-]+="[^"]*"/g)];
      const match = matches[pick(matches.length, next)];
      if (!match) return bytes;
      const at = match.index + match[0].length;
      return Buffer.from(text.slice(0, at) + match[0] + text.slice(at), 'latin1');
    },
  ],
  [
    'swap the encoding',
    (bytes, next) => {
      const choice = pick(4, next);
      const text = new TextDecoder().decode(bytes);
      if (choice === 0) return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
      if (choice === 1) return Buffer.from(text, 'utf16le');
      if (choice === 2) return Buffer.from(text, 'latin1');
      return Buffer.from(Buffer.from(text, 'utf16le').swap16());
    },
  ],
  [
    'insert a snippet',
    (bytes, next) => {
      const text = latin1(bytes);
      const at = pick(text.length, next);
      const snippet = Buffer.from(SNIPPETS[pick(SNIPPETS.length, next)]!, 'utf8').toString('latin1');
      return Buffer.from(text.slice(0, at) + snippet + text.slice(at), 'latin1');
    },
  ],
  [
    'repeat a slice',
    (bytes, next) => {
      const start = pick(bytes.length, next);
      const end = Math.min(bytes.length, start + pick(200, next));
      return new Uint8Array([...bytes.subarray(0, end), ...bytes.subarray(start)]);
    },
  ],
];

test('reads or rejects thousands of mutated bilingual files with a FileFormatError, each within the time bound', () => {
  const next = random(20261204);
  const counts = { read: 0, rejected: 0, validated: 0 };
  const failures: string[] = [];
  let slowest = 0;
  for (let round = 0; round < MUTATIONS; round++) {
    const [name, seed] = SEEDS[round % SEEDS.length]!;
    const [mutation, mutate] = MUTATORS[pick(MUTATORS.length, next)]!;
    let bytes = mutate(seed, next);
    if (next() < 0.3) bytes = MUTATORS[pick(MUTATORS.length, next)]![1](bytes, next);
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    try {
      readBilingualFile(bytes, name);
      counts.read++;
    } catch (error) {
      if (error instanceof FileFormatError) counts.rejected++;
      else failures.push(`round ${round} (${name}, ${mutation}): ${error instanceof Error ? error.stack : error}`);
    }
    if (round % 5 === 0) {
      const problems = validateBilingualFile(bytes, name);
      if (problems.some((problem) => problem.rule === 'validator failure')) {
        failures.push(`round ${round} (${name}, ${mutation}): validator failed: ${problems[0]!.message}`);
      }
      counts.validated++;
    }
    const cpu = process.cpuUsage(cpuStarted);
    const elapsed = (cpu.user + cpu.system) / 1000;
    const wall = performance.now() - started;
    slowest = Math.max(slowest, elapsed);
    if (elapsed > TIME_BOUND_MS || wall > WALL_BOUND_MS) {
      failures.push(
        `round ${round} (${name}, ${mutation}) took ${elapsed.toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall`,
      );
    }
  }
  console.log(
    `fuzz: ${MUTATIONS} mutations, ${counts.read} read, ${counts.rejected} rejected with FileFormatError, ` +
      `${counts.validated} also validated, slowest ${slowest.toFixed(1)} ms CPU`,
  );
  assert.deepEqual(failures, []);
  assert.equal(counts.read + counts.rejected, MUTATIONS);
  assert.ok(counts.rejected > 0 && counts.read > 0, 'the mutations should produce both readable and rejected files');
});
