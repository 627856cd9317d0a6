import { boundedMemo } from '../text/bounded-memo.ts';

// English counterpart of french-lemmas.ts: every lemma a form may come from, for look-ups in the pattern index.

const RULES: readonly (readonly [string, string, number])[] = [
  ['s', '', 2],
  ['es', '', 2],
  ['ies', 'y', 1],
  ['ed', '', 2],
  ['ed', 'e', 2],
  ['ied', 'y', 1],
  ['ing', '', 2],
  ['ing', 'e', 2],
  ['er', '', 2],
  ['est', '', 2],
  ["'s", '', 1],
];

// Irregular forms the lexicon is likely to meet; patterns may also list them as alternatives.
const IRREGULAR: Readonly<Record<string, string>> = {
  struck: 'strike',
  stricken: 'strike',
  fought: 'fight',
  caught: 'catch',
  brought: 'bring',
  bought: 'buy',
  thought: 'think',
  taught: 'teach',
  sought: 'seek',
  held: 'hold',
  led: 'lead',
  left: 'leave',
  made: 'make',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  went: 'go',
  gone: 'go',
  saw: 'see',
  seen: 'see',
  ran: 'run',
  won: 'win',
  lost: 'lose',
  met: 'meet',
  paid: 'pay',
  said: 'say',
  sold: 'sell',
  told: 'tell',
  found: 'find',
  kept: 'keep',
  sent: 'send',
  spent: 'spend',
  built: 'build',
  felt: 'feel',
  meant: 'mean',
  stood: 'stand',
  understood: 'understand',
  wrote: 'write',
  written: 'write',
  drove: 'drive',
  driven: 'drive',
  rose: 'rise',
  risen: 'rise',
  fell: 'fall',
  fallen: 'fall',
  broke: 'break',
  broken: 'break',
  chose: 'choose',
  chosen: 'choose',
  began: 'begin',
  begun: 'begin',
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  been: 'be',
  has: 'have',
  had: 'have',
  did: 'do',
  done: 'do',
  children: 'child',
  people: 'person',
  men: 'man',
  women: 'woman',
};

/** Every lemma a folded English form may come from, the form itself first: `strikes` → [strikes, strike, …]. */
export const englishLemmaCandidates: (form: string) => readonly string[] = boundedMemo(computeCandidates, 50_000);

function computeCandidates(form: string): string[] {
  const found = new Set<string>([form]);
  const irregular = IRREGULAR[form];
  if (irregular) found.add(irregular);
  for (const [ending, lemmaEnding, minStem] of RULES) {
    if (!form.endsWith(ending)) continue;
    const stem = form.slice(0, form.length - ending.length);
    if (stem.length < minStem) continue;
    found.add(stem + lemmaEnding);
    // Doubled final consonant: stopped → stop, planning → plan.
    const last = stem.at(-1);
    if ((ending === 'ed' || ending === 'ing') && last && stem.at(-2) === last && !/[aeiouy]/.test(last)) {
      found.add(stem.slice(0, -1));
    }
  }
  return [...found];
}
