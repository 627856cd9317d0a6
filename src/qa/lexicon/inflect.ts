import { frenchLemmaCandidates } from './french-lemmas.ts';

/**
 * Gives `replacement` the inflection that `form` has over its lemma among `lemmas` (the pattern's words):
 * (grèves, grève, attaque) → attaques; (réalisé, réaliser, constater) → constaté. Leaves it unchanged when the
 * two endings do not line up, and keeps a leading capital.
 */
export function inflectLike(form: string, lemmas: readonly string[], replacement: string): string {
  const lower = form.toLowerCase();
  const candidates = new Set(frenchLemmaCandidates(lower));
  const lemma = lemmas.find((candidate) => candidates.has(candidate));
  if (!lemma || lemma === lower) return matchCapital(form, replacement);
  const words = replacement.split(' ');
  const head = words[0] ?? '';
  for (const lemmaEnding of LEMMA_ENDINGS) {
    const stem = lemma.slice(0, lemma.length - lemmaEnding.length);
    if (!lemma.endsWith(lemmaEnding) || !lower.startsWith(stem)) continue;
    const formEnding = lower.slice(stem.length);
    if (lemmaEnding === '' && !/^(s|x|e|es)$/.test(formEnding)) continue;
    // A replacement of another class (an -ir verb for an -er one) cannot borrow the ending: offer it as is.
    if (!head.endsWith(lemmaEnding) || head.length <= lemmaEnding.length) break;
    words[0] = head.slice(0, head.length - lemmaEnding.length) + formEnding;
    if (formEnding === `${lemmaEnding}s` || formEnding === `${lemmaEnding}x`) pluraliseAdjectives(words);
    return matchCapital(form, words.join(' '));
  }
  return matchCapital(form, replacement);
}

// Lemma endings an inflection replaces, longest and most specific first.
const LEMMA_ENDINGS = ['er', 'ir', 're', 'al', 'if', 'eur', 'el', 'en', 'on', 'et', ''];

// Adjectives right after a pluralised head agree with it ("attaque informatique" → "attaques informatiques").
function pluraliseAdjectives(words: string[]): void {
  for (let index = 1; index < words.length; index++) {
    if (/^(de|du|des|d’|d'|à|en|la|le|les|l’|l'|par|pour|sur)$/.test(words[index]!)) break;
    if (!/[sx]$/.test(words[index]!)) words[index] = `${words[index]}s`;
  }
}

/** Upper-cases the first letter of `text` when `model` starts with a capital. */
export function matchCapital(model: string, text: string): string {
  const first = model[0];
  if (first && first !== first.toLowerCase() && first === first.toUpperCase()) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return text;
}
