// A word is a run of letters or digits, joined across inner apostrophes and hyphens, so "don't", "l’attaque" and
// "porte-parole" each count once. Placeholders of inline codes (⟨1⟩) hold digits only inside brackets and are removed.
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;
const CODE_PLACEHOLDER = /⟨\/?[^⟩]*\/?⟩/g;

/** Counts the words of a text (English or French) as MQM word counts use them; tags are not words. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.replace(CODE_PLACEHOLDER, ' ').matchAll(WORD)) count++;
  return count;
}
