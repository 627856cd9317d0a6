import type { CheckSegment } from './check.ts';
import { foldSentence } from './text/normalize.ts';

/** An earlier segment that this one repeats, exactly or nearly (word overlap at or above the threshold). */
export interface DuplicateOf {
  readonly kind: 'exact' | 'near';
  readonly index: number;
  /** Word-set Jaccard similarity, 1 for exact repeats. */
  readonly similarity: number;
}

/** Facts about the whole document that single-segment checks consult: repeats, apostrophe habit, renderings. */
export interface DocumentIndex {
  /** For each segment index, the earlier segment it repeats, if any. */
  readonly duplicates: ReadonlyMap<number, DuplicateOf>;
  /** The French of each segment as indexed, to tell whether a segment was edited since. */
  readonly targets: readonly string[];
  /** Apostrophes counted over the document: typographic (’) and straight ('). */
  readonly apostrophes: { readonly typographic: number; readonly straight: number };
  /** For each folded English text, its French renderings with their segment indices. */
  readonly frenchByEnglish: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  /** For each folded French text, the English texts it stands for. */
  readonly englishByFrench: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  /** Folded texts by segment index as indexed (French, English), so checks need not fold them again. */
  readonly folded: ReadonlyMap<number, { readonly target: string; readonly french: string; readonly english: string }>;
}

const WORD_BREAK = /[^\p{L}\p{N}'-]+/u;

/** Smallest word count for a near-duplicate: shorter segments repeat legitimately (titles, "Yes."). */
const NEAR_MIN_WORDS = 6;
/** Word-set similarity from which two segments count as near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;
/** Share of the shorter segment's words found in the longer one from which a cut copy counts as a repeat. */
const NEAR_CONTAINMENT = 0.85;
// Shingles shared by more segments than this are boilerplate, not evidence; skipping them bounds the cost.
const MAX_POSTINGS = 32;

/** An index with nothing in it, for checking a lone segment. */
export const EMPTY_DOCUMENT_INDEX: DocumentIndex = {
  duplicates: new Map(),
  targets: [],
  apostrophes: { typographic: 0, straight: 0 },
  frenchByEnglish: new Map(),
  englishByFrench: new Map(),
  folded: new Map(),
};

/** Builds the document index from every segment (French `target`, English `english` when the mode has one). */
export function buildDocumentIndex(
  segments: readonly CheckSegment[],
  englishOf: (segment: CheckSegment) => string | null,
): DocumentIndex {
  const duplicates = new Map<number, DuplicateOf>();
  const exact = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const wordSets: (Set<string> | null)[] = [];
  let typographic = 0;
  let straight = 0;
  const frenchByEnglish = new Map<string, Map<string, number[]>>();
  const englishByFrench = new Map<string, Map<string, number[]>>();
  const foldedTexts = new Map<number, { target: string; french: string; english: string }>();
  const targets: string[] = [];
  for (const segment of segments) {
    const { target, index } = segment;
    targets[index] = target;
    typographic += countOf(target, '’');
    straight += countOf(target, "'");
    const folded = foldSentence(target);
    // Words of the folded text; cheaper than full tokenizing, and precise enough to compare segments.
    const words = folded === '' ? [] : folded.split(WORD_BREAK).filter(Boolean);
    if (words.length >= 3) {
      const first = exact.get(folded);
      if (first !== undefined) duplicates.set(index, { kind: 'exact', index: first, similarity: 1 });
      else exact.set(folded, index);
    }
    const set = words.length >= NEAR_MIN_WORDS ? new Set(words) : null;
    wordSets[index] = set;
    if (set && !duplicates.has(index)) {
      const near = findNear(index, words, set, postings, wordSets);
      if (near) duplicates.set(index, near);
    }
    const english = englishOf(segment);
    if (english && english.trim() !== '' && words.length >= 3) {
      const foldedEnglish = foldSentence(english);
      addRendering(frenchByEnglish, foldedEnglish, folded, index);
      addRendering(englishByFrench, folded, foldedEnglish, index);
      foldedTexts.set(index, { target, french: folded, english: foldedEnglish });
    }
  }
  return {
    duplicates,
    targets,
    apostrophes: { typographic, straight },
    frenchByEnglish,
    englishByFrench,
    folded: foldedTexts,
  };
}

function findNear(
  index: number,
  words: readonly string[],
  set: ReadonlySet<string>,
  postings: Map<string, number[]>,
  wordSets: readonly (Set<string> | null)[],
): DuplicateOf | null {
  const shared = new Map<number, number>();
  const shingles = new Set<string>();
  for (let position = 0; position + 1 < words.length; position++)
    shingles.add(`${words[position]} ${words[position + 1]}`);
  for (const shingle of shingles) {
    const list = postings.get(shingle);
    if (!list) {
      postings.set(shingle, [index]);
      continue;
    }
    if (list.length >= MAX_POSTINGS) continue;
    for (const other of list) shared.set(other, (shared.get(other) ?? 0) + 1);
    list.push(index);
  }
  let best: DuplicateOf | null = null;
  for (const [other, count] of shared) {
    // Cheap filter before the exact similarity: enough shared word pairs.
    if (count < shingles.size * 0.4) continue;
    const otherSet = wordSets[other];
    if (!otherSet) continue;
    let common = 0;
    for (const word of set) if (otherSet.has(word)) common++;
    // Jaccard for two versions of one sentence; containment for a cut copy of a longer one (a caption).
    const jaccard = common / (set.size + otherSet.size - common);
    const containment = common / Math.min(set.size, otherSet.size);
    const similarity =
      containment >= NEAR_CONTAINMENT && Math.min(set.size, otherSet.size) >= 8 ? containment : jaccard;
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
      best = { kind: 'near', index: other, similarity };
    }
  }
  return best;
}

function addRendering(map: Map<string, Map<string, number[]>>, key: string, value: string, index: number): void {
  let renderings = map.get(key);
  if (!renderings) {
    renderings = new Map();
    map.set(key, renderings);
  }
  const list = renderings.get(value);
  if (list) list.push(index);
  else renderings.set(value, [index]);
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}
