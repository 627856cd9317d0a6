// Times the sentence aligner on 10,000 English sentences against about 10,000 French ones (some dropped, some
// merged), the size of a long report. Run: node --import tsx bench/align.ts
import { alignSentences } from '../src/align/align-sentences.ts';

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
for (let i = 0; i < SENTENCES; i++) {
  const [sentence, translation] = sentencePair();
  english.push(sentence);
  const roll = random();
  if (roll < 0.01) {
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

const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const pairs = alignSentences(english, french);
const elapsed = performance.now() - started;
const right = pairs.filter((pair) => gold.has(`${pair.english.join(',')}:${pair.french.join(',')}`)).length;
console.log(`align ${english.length} English × ${french.length} French sentences`);
console.log(`  time          ${(elapsed / 1000).toFixed(2)} s`);
console.log(`  pairs         ${pairs.length} (${((right / gold.size) * 100).toFixed(1)} % of the true pairs found)`);
console.log(`  heap growth   ${((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(0)} MB`);
