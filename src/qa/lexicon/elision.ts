import type { Suggestion } from '../../model/flag.ts';

// Words that drop their vowel before a vowel or a mute h (de → d’, que → qu’, jusque → jusqu’).
const ELIDABLE = new Set(['de', 'le', 'la', 'que', 'ne', 'je', 'me', 'te', 'se', 'ce', 'jusque', 'lorsque', 'puisque']);

// The elided forms and the full word each one stands for before a consonant. "l’" is left out: le or la depends
// on the gender of the replacement, which the lexicon does not record.
const RESTORED: Readonly<Record<string, string>> = {
  d: 'de',
  qu: 'que',
  n: 'ne',
  j: 'je',
  m: 'me',
  t: 'te',
  s: 'se',
  c: 'ce',
  jusqu: 'jusque',
  lorsqu: 'lorsque',
  puisqu: 'puisque',
};

// Words whose h is aspirated: no elision before them (le héros, la hausse, de haut niveau).
const ASPIRATED_H =
  /^h(?:a(?:che|ine|ll|mea|nch|ndica|ngar|nte|rc[eè]l|rdi|ricot|sard|ss|te|ut|uss|vre)|[eé]ro|[eé]risson|ernie|être|eurt|ibou|isse|oll|ong|ont|ors|ou[lsx]|uée|ublot|uit|urle|utte|ock)/;

/** True when a French word starts with a vowel or a mute h, so that de, le, que… elide before it. */
export function startsWithVowelSound(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^[aeiouàâäéèêëîïôöùûüœæ]/.test(lower)) return true;
  return /^h[aeiouàâäéèêëîïôöùûüœæy]/.test(lower) && !ASPIRATED_H.test(lower);
}

const WORD_BEFORE = /([\p{L}]+)( +)$/u;
const ELIDED_BEFORE = /(?:^|[^\p{L}])([\p{L}]+)(['’])$/u;

/**
 * Fits a replacement of `target[start, end)` to the word before it: "de" + "attaques" becomes one suggestion
 * "d’attaques" over both words, and "d’" + "frappes" becomes "de frappes". Keeps the capital of the word it
 * rewrites and the segment's apostrophe (typographic unless the segment only uses the straight one).
 */
export function fitElision(target: string, suggestion: Suggestion): Suggestion {
  if (suggestion.text === '') return suggestion;
  const { start, text } = elideEnd(target, suggestion);
  const before = target.slice(Math.max(0, start - 12), start);
  const plural = pluralArticle(target, { ...suggestion, text });
  if (plural) return plural;
  const vowel = startsWithVowelSound(text);
  if (vowel) {
    const match = WORD_BEFORE.exec(before);
    if (!match) return { ...suggestion, text };
    const word = match[1]!;
    const wordStart = start - match[0].length;
    // The word must stand alone ("de", not the end of "monde").
    if (wordStart > 0 && /\p{L}/u.test(target[wordStart - 1]!)) return { ...suggestion, text };
    if (!ELIDABLE.has(word.toLowerCase())) return { ...suggestion, text };
    const apostrophe = target.includes('’') || !target.includes("'") ? '’' : "'";
    return { ...suggestion, start: wordStart, text: `${word.slice(0, -1)}${apostrophe}${text}` };
  }
  const match = ELIDED_BEFORE.exec(before);
  if (!match) return { ...suggestion, text };
  const elided = match[1]!;
  const full = RESTORED[elided.toLowerCase()];
  if (!full) return { ...suggestion, text };
  const restored = elided[0] !== elided[0]!.toLowerCase() ? full.charAt(0).toUpperCase() + full.slice(1) : full;
  return { ...suggestion, start: start - elided.length - 1, text: `${restored} ${text}` };
}

// A match that ends on an elided word ("réalise qu’") is followed by a vowel: a fix ending in "que" elides too.
function elideEnd(target: string, suggestion: Suggestion): Suggestion {
  const last = target[suggestion.end - 1];
  if (last !== '’' && last !== "'") return suggestion;
  const space = suggestion.text.lastIndexOf(' ');
  const word = suggestion.text.slice(space + 1);
  if (!ELIDABLE.has(word.toLowerCase())) return suggestion;
  return { ...suggestion, text: `${suggestion.text.slice(0, space + 1)}${word.slice(0, -1)}${last}` };
}

// True when the first word of a fix looks plural (activités, travaux).
function isPlural(text: string): boolean {
  const first = text.split(' ')[0] ?? '';
  return first.length > 2 && /[sx]$/i.test(first);
}

// A plural fix of a singular word after le/la takes "les": la cyberactivité → les activités malveillantes.
function pluralArticle(target: string, suggestion: Suggestion): Suggestion | null {
  const match = WORD_BEFORE.exec(target.slice(Math.max(0, suggestion.start - 12), suggestion.start));
  if (!match) return null;
  const word = match[1]!;
  const wordStart = suggestion.start - match[0].length;
  if (wordStart > 0 && /\p{L}/u.test(target[wordStart - 1]!)) return null;
  if (!/^l[ae]$/i.test(word)) return null;
  if (!isPlural(suggestion.text) || isPlural(target.slice(suggestion.start, suggestion.end))) return null;
  return { ...suggestion, start: wordStart, text: `${word[0] === 'L' ? 'Les' : 'les'} ${suggestion.text}` };
}
