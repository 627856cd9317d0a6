import { stripAccents } from './normalize.ts';

/** Where the English negates a clause: the words that do it, with their offsets. */
export interface EnglishNegation {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ENGLISH_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?(?![\w-])/g;
const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'never',
  'nothing',
  'nobody',
  'none',
  'nowhere',
  'neither',
  'nor',
  'cannot',
]);
const CONTRACTION = /n['’]t$/;
// Auxiliaries before "not" belong to the negation shown to the reader ("did not", "would not").
const AUXILIARIES: ReadonlySet<string> = new Set(
  'do does did is are was were has have had will would can could shall should may might must need'.split(' '),
);
// "no"/"not" + these open a phrase that is no negation of the clause (no doubt, not only, no more than).
const NOT_A_NEGATION_AFTER: ReadonlySet<string> = new Set(['only', 'least', 'doubt', 'matter', 'sooner']);
const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'later', 'earlier', 'greater', 'longer']);

/**
 * The first clause negation of an English text (not, n't, never, nothing, nobody, none, neither/nor, no longer,
 * no + noun), or null. Left out: "not only", "no doubt", "no matter", "no sooner", "no more/less/later than",
 * "whether or not" and "if not", which a French sentence renders without a negation, words in capitals (SQL NOT
 * NULL) and words joined to code by a hyphen (--no-clobber). "Without" is left out too: French as often says
 * "faute de", "dépourvu de" or "en l’absence de" as "sans".
 */
export function englishNegation(english: string): EnglishNegation | null {
  const words = [...english.matchAll(ENGLISH_WORD)];
  for (let at = 0; at < words.length; at++) {
    const match = words[at]!;
    const word = match[0];
    if (match.index > 0 && english[match.index - 1] === '-') continue;
    if (word.length > 1 && word === word.toUpperCase()) continue;
    const lower = word.toLowerCase();
    const next = words[at + 1]?.[0].toLowerCase();
    const afterNext = words[at + 2]?.[0].toLowerCase();
    const previous = words[at - 1]?.[0].toLowerCase();
    const negates = NEGATORS.has(lower) || CONTRACTION.test(lower) || lower === 'no';
    if (!negates) continue;
    // "no." abbreviates number (serial no. 5); "No." answering a question is "Non", a French negation anyway.
    if (lower === 'no' && english[match.index + 2] === '.') continue;
    if ((lower === 'not' || lower === 'no') && next !== undefined) {
      if (NOT_A_NEGATION_AFTER.has(next)) continue;
      if (COMPARATIVES.has(next) && afterNext === 'than') continue;
    }
    if (lower === 'not' && (previous === 'or' || previous === 'if')) continue;
    let start = match.index;
    if (lower === 'not' && previous !== undefined && AUXILIARIES.has(previous)) start = words[at - 1]!.index;
    const end = match.index + word.length;
    return { start, end, text: english.slice(start, end) };
  }
  return null;
}

// French words that carry a negation: the particles, and words whose meaning is negative, which render an English
// negation without one (cannot → impossible, not found → introuvable, would not comment → a refusé de commenter).
// French words that carry a negation: the particles, and words whose meaning is negative, which render an English
// negation without one (cannot → impossible, not found → introuvable, not valid → incorrect, not set → désactivé,
// no toner left → vide, would not comment → a refusé de commenter). Compared without accents.
const FRENCH_NEGATIONS: ReadonlySet<string> = new Set(
  (
    "ne n' pas jamais rien aucun aucune aucuns aucunes nul nulle nuls nulles ni sans non guere nullement aucunement " +
    'faute absence echec erreur erreurs hors mal vide vides contrairement lieu nie nies nient nier niait niaient ' +
    'niant niee niees'
  ).split(' '),
);
// Stems of negative adjectives and of verbs of refusal, denial, prevention, failure and absence.
const NEGATIVE_STEMS = new RegExp(
  '^(?:refus|dement|empech|evit|echou|omet|omis|manqu|ignor|interdi|abstien|abstin|abstenu|absent|' +
    'impossib|incapab|introuvab|inconnu|inexist|indisponib|inval|insuffis|inutil|illeg|illicit|incorrect|' +
    'incompatib|inacti|inadapt|inappropri|incomplet|indefini|inaccessib|inattendu|incoheren|irreguli|desactiv)',
);
const LEADING_PLUS_DE = /^\s*plus d(?:e\b|['’])/iu;
const FRENCH_WORD = /[\p{L}]+(?:['’]|(?:-[\p{L}]+)*)/gu;

/** True when the French has any negation: ne/n’, pas, jamais, rien, aucun, ni, sans, non (non-), or a negative word. */
export function frenchHasNegation(french: string): boolean {
  // "Plus de mémoire" opening a message is elliptical French for "no more memory".
  if (LEADING_PLUS_DE.test(french)) return true;
  for (const match of french.matchAll(FRENCH_WORD)) {
    const word = stripAccents(match[0]);
    if (FRENCH_NEGATIONS.has(word) || word.startsWith('non-') || NEGATIVE_STEMS.test(word)) return true;
  }
  return false;
}
