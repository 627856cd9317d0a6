import { frenchLemmaCandidates } from './french-lemmas.ts';
import { conjugate, type VerbForm, verbFormOf } from './verb-forms.ts';

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
  // A plain plural (ransomwares → rançongiciels) comes before verb endings, which "-re" nouns would otherwise
  // take for a third-group verb.
  const plural = lower.slice(lemma.length);
  if (lower.startsWith(lemma) && (plural === 's' || plural === 'x')) {
    words[0] = pluralOf(head);
    pluraliseAdjectives(words);
    return matchCapital(form, words.join(' '));
  }
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

// The plural of a noun or adjective: -s, -x after -eau/-au/-eu, -aux for -al.
function pluralOf(word: string): string {
  if (/[sxz]$/.test(word)) return word;
  if (/(?:eau|au|eu)$/.test(word)) return `${word}x`;
  if (/al$/.test(word)) return `${word.slice(0, -2)}aux`;
  return `${word}s`;
}

// Lemma endings an inflection replaces, longest and most specific first.
const LEMMA_ENDINGS = ['er', 'ir', 're', 'al', 'if', 'eur', 'el', 'en', 'on', 'et', ''];

// Adjectives right after a pluralised head agree with it ("attaque informatique" → "attaques informatiques").
function pluraliseAdjectives(words: string[]): void {
  for (let index = 1; index < words.length; index++) {
    if (/^(de|du|des|d’|d'|à|en|la|le|les|l’|l'|par|pour|sur)$/.test(words[index]!)) break;
    words[index] = pluralOf(words[index]!);
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

// Verbs conjugated with être: their participle cannot follow the "a" of the matched form (a pris → est venu).
const WITH_ETRE =
  /^(?:aller|arriver|venir|devenir|revenir|intervenir|survenir|partir|sortir|entrer|rentrer|tomber|rester|retourner|naître|mourir)$/;

/**
 * Fits a replacement of several matched words to the first of them (`form`, a form of one of `lemmas`): the same
 * verb form when both are verbs ("faisant rage contre" → "fulminant contre", "imposeront des conséquences" →
 * "sanctionneront"), the plural of a plural noun. Returns null when the replacement cannot take that form
 * (another conjugation, a reflexive after "a"), so the caller can prefer fixes that can; `previous` is the word
 * before the match, lower case, and `second` the second matched word (a participle whose agreement to copy).
 */
export function inflectPhrase(
  form: string,
  lemmas: readonly string[],
  replacement: string,
  previous: string | null,
  second: string | null = null,
): string | null {
  const lower = form.toLowerCase();
  const candidates = new Set(frenchLemmaCandidates(lower));
  const known = lemmas.filter((lemma) => candidates.has(lemma));
  const words = replacement.split(' ');
  if (known.some((lemma) => lemma !== lower && (lower === `${lemma}s` || lower === `${lemma}x`))) {
    words[0] = pluralOf(words[0] ?? '');
    pluraliseAdjectives(words);
    return matchCapital(form, words.join(' '));
  }
  let verbForm: VerbForm | null = null;
  for (const lemma of known) {
    verbForm = verbFormOf(lower, lemma, previous);
    if (verbForm) break;
  }
  if (!verbForm || verbForm === 'er') return matchCapital(form, replacement);
  // "s’intéresser" glues the pronoun to the verb: not worth the spelling rules, offer it only unconjugated.
  if (/^s['’](?!en$|y$)/.test(words[0] ?? '')) return null;
  const reflexive = /^(?:se|s['’]en|s['’]y)$/.test(words[0] ?? '');
  const at = reflexive ? 1 : 0;
  const head = words[at];
  if (head === undefined) return null;
  const participle = verbForm.startsWith('é');
  if (participle && (reflexive || WITH_ETRE.test(head))) return null;
  const conjugated = conjugate(head, verbForm);
  if (conjugated === null) return null;
  words[at] = conjugated;
  // "sont supposés" → "sont censés": a participle after the verb agrees like the matched one did.
  const agreement = second ? /é(e?s?)$/.exec(second.toLowerCase())?.[1] : undefined;
  const next = words[at + 1];
  if (agreement && next?.endsWith('é')) words[at + 1] = next + agreement;
  // "se" elides before the conjugated verb as before its infinitive (s’affirmant); "s’en" stays as it is.
  if (reflexive && words[0] === 'se' && /^[aeiouéèêh]/.test(conjugated)) {
    words.splice(0, 2, `s’${conjugated}`);
  }
  return matchCapital(form, words.join(' '));
}
