// Times the sentence aligner on 10,000 English sentences against about 10,000 French ones (1 % dropped, 2 % merged,
// one block of 150 missing), the size of a long report. Run: node --import tsx bench/align.ts
import { alignSentences } from '../src/align/align-sentences.ts';
import { alignUnits } from '../src/align/align-units.ts';
import { createAnchorExtractor } from '../src/align/anchors.ts';

const SENTENCES = 10_000;

// A small deterministic generator, so every run aligns the same texts.
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const random = createRandom(42);
const englishWords = ['the', 'government', 'report', 'attack', 'network', 'said', 'company', 'security', 'system'];
const frenchWords = ['le', 'gouvernement', 'rapport', 'attaque', 'réseau', 'a déclaré', 'société', 'sécurité'];
const names = ['Microsoft', 'Biden', 'Blinken', 'Kaseya', 'Canberra', 'Washington', 'Huawei', 'Auburn', 'Raab'];
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function sentencePair(): [string, string] {
  const length = 6 + Math.floor(random() * 30);
  const english: string[] = [];
  const french: string[] = [];
  for (let k = 0; k < length; k++) {
    const roll = random();
    if (roll < 0.05) {
      const name = pick(names);
      english.push(name);
      french.push(name);
    } else if (roll < 0.08) {
      const number = Math.floor(random() * 100_000);
      english.push(number.toLocaleString('en-US'));
      french.push(number.toLocaleString('fr-FR'));
    } else {
      english.push(pick(englishWords));
      french.push(pick(frenchWords));
      if (random() < 0.2) french.push(pick(frenchWords));
    }
  }
  return [`${english.join(' ')}.`, `${french.join(' ')}.`];
}

const english: string[] = [];
const french: string[] = [];
const gold = new Set<string>();
// A block of French missing in the middle (a page the MT skipped) pushes the path off the diagonal.
const MISSING_BLOCK_START = 6000;
const MISSING_BLOCK_LENGTH = 150;
for (let i = 0; i < SENTENCES; i++) {
  const [sentence, translation] = sentencePair();
  english.push(sentence);
  const roll = random();
  if (roll < 0.01 || (i >= MISSING_BLOCK_START && i < MISSING_BLOCK_START + MISSING_BLOCK_LENGTH)) {
    gold.add(`${i}:`);
  } else if (roll < 0.03 && i + 1 < SENTENCES) {
    const [next, nextTranslation] = sentencePair();
    english.push(next);
    gold.add(`${i},${i + 1}:${french.length}`);
    french.push(`${translation} ${nextTranslation}`);
    i++;
  } else {
    gold.add(`${i}:${french.length}`);
    french.push(translation);
  }
}

// Three runs, the median reported: the machine is shared and single runs are noisy, so CPU time is shown too.
const times: number[] = [];
const cpuTimes: number[] = [];
let pairs = alignSentences(english, french);
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  pairs = alignSentences(english, french);
  times.push(performance.now() - started);
  const cpu = process.cpuUsage(cpuStarted);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// The same work in its two parts: anchors of every sentence, then the dynamic programme.
const extractTimes: number[] = [];
const searchTimes: number[] = [];
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  const extract = createAnchorExtractor();
  const englishUnits = english.map((sentence) => ({ length: sentence.length, anchors: extract(sentence) }));
  const frenchUnits = french.map((sentence) => ({ length: sentence.length, anchors: extract(sentence) }));
  const extracted = performance.now();
  alignUnits(englishUnits, frenchUnits);
  extractTimes.push(extracted - started);
  searchTimes.push(performance.now() - extracted);
}

const right = pairs.filter((pair) => gold.has(`${pair.english.join(',')}:${pair.french.join(',')}`)).length;
console.log(`align ${english.length} English × ${french.length} French sentences (median of 3 runs)`);
console.log(
  `  alignSentences  ${(median(times) / 1000).toFixed(2)} s wall, ${(median(cpuTimes) / 1000).toFixed(2)} s CPU`,
);
console.log(`    anchors       ${(median(extractTimes) / 1000).toFixed(2)} s`);
console.log(`    search        ${(median(searchTimes) / 1000).toFixed(2)} s`);
console.log(`  pairs           ${pairs.length} (${((right / gold.size) * 100).toFixed(1)} % of the true pairs found)`);
console.log(`  heap used       ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
