/** Folds a word for matching: lower case, typographic apostrophe to straight, œ/æ ligatures spelled out. */
export function foldWord(word: string): string {
  if (word.length > 24) return fold(word);
  // Numbers fold to themselves; each is often new (amounts, references), so they would only churn the cache.
  if (isDigits(word)) return word;
  let folded = wordCache.get(word);
  if (folded === undefined) {
    if (wordCache.size >= 100_000) wordCache.clear();
    folded = fold(word);
    wordCache.set(word, folded);
  }
  return folded;
}

// Words repeat (Zipf), so their folded forms are remembered; whole sentences are folded directly.
const wordCache = new Map<string, string>();
const NEEDS_FOLDING = /[’ʼ‘`œæ]/;

function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most text needs nothing more; testing first spares three replace passes.
  if (!NEEDS_FOLDING.test(lower)) return lower;
  // Usually only the apostrophe: each further pass runs only when its letter is there.
  let folded = lower.replace(/[’ʼ‘`]/g, "'");
  if (folded.includes('œ')) folded = folded.replace(/œ/g, 'oe');
  if (folded.includes('æ')) folded = folded.replace(/æ/g, 'ae');
  return folded;
}

/** Removes diacritics after folding, for loose comparisons (cognates, names): `Pékin` → `pekin`. */
export function stripAccents(text: string): string {
  return fold(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Folds a whole sentence for duplicate detection: folded words, single spaces, no outer punctuation. */
export function foldSentence(text: string): string {
  const folded = fold(text);
  // Most sentences are spaced with lone ASCII spaces already, which the collapsing pass would only copy.
  const spaced = UNUSUAL_SPACE.test(folded) ? folded.replace(/[\s\u00a0\u202f]+/g, ' ') : folded;
  // Trim punctuation and spaces at both ends by hand: an end-anchored regex rescans the text from every offset.
  let start = 0;
  let end = spaced.length;
  while (start < end && EDGE.test(spaced[start]!)) start++;
  while (end > start && EDGE.test(spaced[end - 1]!)) end--;
  return spaced.slice(start, end);
}

const EDGE = /[\s\p{P}]/u;
// Whitespace other than the ASCII space, or two spaces in a row.
const UNUSUAL_SPACE = /[^\S ]| {2}/;

function isDigits(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code < 0x30 || code > 0x39) return false;
  }
  return word.length > 0;
}
