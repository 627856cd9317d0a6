// QA benchmark: all checks over the AFP sample (goal < 50 ms in-process) and over a 100,000-unit document
// (goal ≤ 3 s on a 2-core machine). Reads bench/data/bench-100k.xlf when bench/make-xliff.ts has made it,
// otherwise builds the document in memory from realistic sentence pairs. Run: node --import tsx bench/qa.ts
// With --unique it also times a copy where every unit's texts are made unique (a reference number appended), since
// the engine reuses the flags of repeated segments and the 100k file repeats its sentences.
import { existsSync, readFileSync } from 'node:fs';
import { readBilingualFile } from '../src/formats/read-bilingual-file.ts';
import { readPlainText } from '../src/formats/text/read-plain-text.ts';
import type { CheckSegment } from '../src/qa/check.ts';
import { defaultLexicon } from '../src/qa/lexicon/default-lexicon.ts';
import { checkDocument } from '../src/qa/run-checks.ts';

const SAMPLE = 'samples/china-denies-microsoft-hack.fr-mt.txt';
const BIG = 'bench/data/bench-100k.xlf';
const UNITS = 100_000;

function words(segments: readonly CheckSegment[]): number {
  let count = 0;
  for (const segment of segments) count += segment.target.split(/\s+/).filter(Boolean).length;
  return count;
}

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

// CPU time of the process for a run: on a shared machine, wall time also counts other people's work.
function cpuTime<T>(run: () => T): [T, number, number] {
  const cpu = process.cpuUsage();
  const [result, wall] = time(run);
  const used = process.cpuUsage(cpu);
  return [result, wall, (used.user + used.system) / 1000];
}

// Sentence pairs in the style of the news the product reviews; numbers and names vary per unit.
const PAIRS: readonly (readonly [string, string])[] = [
  [
    'This year saw a string of major ransomware strikes that disrupted {n} companies.',
    'Cette année a vu une série de grèves importantes contre les ransomwares qui ont perturbé {n} entreprises.',
  ],
  [
    'The ministry said on Tuesday that {name} had denied any involvement in the attack.',
    'Le ministère a déclaré mardi que {name} avait nié toute implication dans l’attaque.',
  ],
  [
    'Investigators believe the hackers exploited a flaw in software used by {n} organizations.',
    'Les enquêteurs pensent que les pirates ont exploité une faille dans un logiciel utilisé par {n} organisations.',
  ],
  [
    'Officials warned that the bill would eventually cost taxpayers more than {n} million euros.',
    'Les responsables ont averti que le projet de loi coûterait éventuellement plus de {n} millions d’euros.',
  ],
  [
    '"We know that we will be stronger when we act collectively," {name} said.',
    '« Nous savons que nous serons plus forts lorsque nous agissons collectivement », a déclaré {name}.',
  ],
];
const NAMES = ['Antony Blinken', 'Ned Price', 'Dominic Raab', 'Frank Cilluffo', 'Joe Biden', 'Jen Psaki'];

function generated(): CheckSegment[] {
  return Array.from({ length: UNITS }, (_, index) => {
    const [source, target] = PAIRS[index % PAIRS.length]!;
    const fill = (text: string) =>
      text.replace('{n}', String(100 + ((index * 37) % 9000))).replace('{name}', NAMES[index % NAMES.length]!);
    return { index, id: `u${index + 1}`, source: fill(source), target: fill(target), retranslation: null };
  });
}

const [, lexiconMs] = time(() => defaultLexicon());
console.log(
  `load average: ${(await import('node:os'))
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
console.log(`lexicon: ${defaultLexicon().entries.length} entries compiled in ${lexiconMs.toFixed(1)} ms`);

const sample = readPlainText(readFileSync(SAMPLE), SAMPLE).units.map(
  (unit, index): CheckSegment => ({ index, id: unit.id, target: unit.target ?? '', source: null, retranslation: null }),
);
const [, firstMs] = time(() => checkDocument(sample, { mode: 'target-only' }));
const warmRuns: number[] = [];
for (let run = 0; run < 20; run++) warmRuns.push(time(() => checkDocument(sample, { mode: 'target-only' }))[1]);
warmRuns.sort((a, b) => a - b);
const sampleWords = words(sample);
const warmMs = warmRuns[Math.floor(warmRuns.length / 2)]!;
console.log(
  `sample (${sample.length} segments, ${sampleWords} words, French only): first run ${firstMs.toFixed(1)} ms, ` +
    `warm median ${warmMs.toFixed(1)} ms (${Math.round(sampleWords / (warmMs / 1000)).toLocaleString('en')} words/s) — goal < 50 ms`,
);

let big: CheckSegment[];
let origin: string;
if (existsSync(BIG)) {
  const [document, readMs] = time(() => readBilingualFile(readFileSync(BIG), BIG));
  big = document.units.map((unit, index) => ({
    index,
    id: unit.id,
    target: unit.target ?? '',
    source: unit.source || null,
    retranslation: null,
  }));
  origin = `${BIG} (read in ${(readMs / 1000).toFixed(2)} s, not counted)`;
} else {
  big = generated();
  origin = 'generated in memory';
}
const bigWords = words(big);
for (const mode of ['source', 'target-only'] as const) {
  const [flags, ms, cpuMs] = cpuTime(() => checkDocument(big, { mode }));
  const count = flags.reduce((sum, list) => sum + list.length, 0);
  console.log(
    `${big.length.toLocaleString('en')} units, ${bigWords.toLocaleString('en')} words, mode ${mode}, ${origin}: ` +
      `${(ms / 1000).toFixed(2)} s wall (${(cpuMs / 1000).toFixed(2)} s CPU), ` +
      `${Math.round(bigWords / (ms / 1000)).toLocaleString('en')} words/s, ` +
      `${count.toLocaleString('en')} flags — goal ≤ 3 s`,
  );
}

if (process.argv.includes('--unique')) {
  const unique = big.map((segment) => ({
    ...segment,
    target: `${segment.target} Réf. ${segment.index}.`,
    source: segment.source === null ? null : `${segment.source} Ref. ${segment.index}.`,
  }));
  const uniqueWords = words(unique);
  for (const mode of ['source', 'target-only'] as const) {
    const [flags, ms, cpuMs] = cpuTime(() => checkDocument(unique, { mode }));
    const count = flags.reduce((sum, list) => sum + list.length, 0);
    console.log(
      `${unique.length.toLocaleString('en')} units made unique, ${uniqueWords.toLocaleString('en')} words, mode ${mode}: ` +
        `${(ms / 1000).toFixed(2)} s wall (${(cpuMs / 1000).toFixed(2)} s CPU), ` +
        `${Math.round(uniqueWords / (ms / 1000)).toLocaleString('en')} words/s, ${count.toLocaleString('en')} flags`,
    );
  }
}
