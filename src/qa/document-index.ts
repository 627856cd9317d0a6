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
  /** By segment index, the earlier segment it repeats, if any. */
  readonly duplicates: readonly (DuplicateOf | undefined)[];
  /** The French of each segment as indexed, to tell whether a segment was edited since. */
  readonly targets: readonly string[];
  /**
   * The source and retranslation of each segment as indexed: the segment's own strings, so an unedited segment is
   * recognised by reference, without comparing its English character by character with a repeat's.
   */
  readonly sources: readonly (string | null)[];
  readonly retranslations: readonly (string | null)[];
  /** Apostrophes counted over the document: typographic (’) and straight ('). */
  readonly apostrophes: { readonly typographic: number; readonly straight: number };
  /** For each folded English text, its French renderings with their segment indices. */
  readonly frenchByEnglish: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  /** For each folded French text, the English texts it stands for. */
  readonly englishByFrench: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  /**
   * Folded texts by segment index as indexed (French, English), so checks need not fold them again. Segments with
   * the same French and English share one object, so checks may cache what depends only on these texts.
   */
  readonly folded: readonly (FoldedTexts | undefined)[];
  /**
   * The texts of each segment as indexed; segments with the same French, source and retranslation share one
   * object, so whatever depends only on the texts can be kept once per object.
   */
  readonly texts: readonly SegmentTexts[];
}

/** The texts of a segment, shared by the segments that repeat them exactly. */
export interface SegmentTexts {
  readonly target: string;
  readonly source: string | null;
  readonly retranslation: string | null;
}

/** A segment's texts as indexed: its French, the French folded and its English folded. */
export interface FoldedTexts {
  readonly target: string;
  readonly french: string;
  readonly english: string;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

// Words of a folded text: the runs of letters, digits, apostrophes and hyphens (what splitting on
// /[^\p{L}\p{N}'-]+/u and dropping empty parts gives), found in one pass over the text without a Unicode regex
// per separator; only characters beyond ASCII are tested with one.
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    let width = 1;
    let inWord: boolean;
    if (code < 0x80) {
      inWord =
        (code >= 0x61 && code <= 0x7a) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x30 && code <= 0x39) ||
        code === 0x27 ||
        code === 0x2d;
    } else if (code >= 0xc0 && code <= 0x24f) {
      // Latin letters with accents, the bulk of French beyond ASCII: all letters but × and ÷.
      inWord = code !== 0xd7 && code !== 0xf7;
    } else {
      const point = text.codePointAt(at)!;
      if (point > 0xffff) width = 2;
      inWord = WORD_CHAR.test(String.fromCodePoint(point));
    }
    if (inWord) {
      if (start === -1) start = at;
    } else if (start !== -1) {
      words.push(text.slice(start, at));
      start = -1;
    }
    at += width;
  }
  if (start !== -1) words.push(text.slice(start));
  return words;
}

/**
 * The segment's French as the index shares it between exact repeats when the segment is unedited, else its own:
 * always equal to `segment.target`, but a repeat's copy compares with the shared one by reference.
 */
export function sharedTarget(document: DocumentIndex, segment: CheckSegment): string {
  const texts = document.texts[segment.index];
  return texts !== undefined && document.targets[segment.index] === segment.target ? texts.target : segment.target;
}

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
  duplicates: [],
  targets: [],
  sources: [],
  retranslations: [],
  apostrophes: { typographic: 0, straight: 0 },
  frenchByEnglish: new Map(),
  englishByFrench: new Map(),
  folded: [],
  texts: [],
};

/** Builds the document index from every segment (French `target`, English `english` when the mode has one). */
export function buildDocumentIndex(
  segments: readonly CheckSegment[],
  englishOf: (segment: CheckSegment) => string | null,
): DocumentIndex {
  // An array by index rather than a Map: most segments of a repetitive document are repeats.
  const duplicates: (DuplicateOf | undefined)[] = new Array(segments.length);
  // Exact repeats of one segment share one description of it.
  const exactOf = new Map<number, DuplicateOf>();
  const exactDuplicate = (first: number): DuplicateOf => {
    let duplicate = exactOf.get(first);
    if (!duplicate) {
      duplicate = { kind: 'exact', index: first, similarity: 1 };
      exactOf.set(first, duplicate);
    }
    return duplicate;
  };
  const exact = new Map<string, number>();
  const near: NearSearch = {
    postings: new Map(),
    shared: new Array<number>(segments.length).fill(0),
    touched: [],
  };
  // Distinct words of each segment compared against, split once: the same ones come back again and again.
  const wordSets = new Map<number, readonly string[]>();
  // Folded French of the segments long enough for near-duplicates; split again only for candidates.
  const foldedOf: string[] = [];
  let typographic = 0;
  let straight = 0;
  const frenchByEnglish = new Map<string, Map<string, number[]>>();
  const englishByFrench = new Map<string, Map<string, number[]>>();
  const foldedTexts: (FoldedTexts | undefined)[] = [];
  const addEnglish = (segment: CheckSegment, index: number, seen: SeenTarget): void => {
    const english = englishOf(segment);
    if (!english || seen.wordCount < 3) return;
    // A repeated segment usually comes back with the same English: its texts and renderings are those of the
    // last time, so nothing is folded or looked up again.
    const last = seen.lastPair;
    if (last !== null && last.source === english) {
      last.indices.push(index);
      foldedTexts[index] = last.texts;
      return;
    }
    if (english.trim() === '') return;
    let foldedEnglish = foldedEnglishOf.get(english);
    if (foldedEnglish === undefined) {
      foldedEnglish = foldSentence(english);
      if (foldedEnglishOf.size >= 100_000) foldedEnglishOf.clear();
      foldedEnglishOf.set(english, foldedEnglish);
    }
    // Both maps hold the same list: the segments with this French and this English.
    let renderings = frenchByEnglish.get(foldedEnglish);
    if (!renderings) {
      renderings = new Map();
      frenchByEnglish.set(foldedEnglish, renderings);
    }
    let indices = renderings.get(seen.folded);
    if (!indices) {
      indices = [];
      renderings.set(seen.folded, indices);
      let english = englishByFrench.get(seen.folded);
      if (!english) {
        english = new Map();
        englishByFrench.set(seen.folded, english);
      }
      english.set(foldedEnglish, indices);
    }
    indices.push(index);
    const pairTexts =
      last !== null && last.texts.english === foldedEnglish
        ? last.texts
        : { target: segment.target, french: seen.folded, english: foldedEnglish };
    seen.lastPair = { source: english, texts: pairTexts, indices };
    foldedTexts[index] = pairTexts;
  };
  const targets: string[] = [];
  const sources: (string | null)[] = [];
  const retranslations: (string | null)[] = [];
  const texts: SegmentTexts[] = [];
  // A repeated text is folded and counted once: repeats are common, and an exact repeat needs no near search.
  const seenTargets = new Map<string, SeenTarget>();
  const foldedEnglishOf = new Map<string, string>();
  for (const segment of segments) {
    const { target, index } = segment;
    targets[index] = target;
    sources[index] = segment.source;
    retranslations[index] = segment.retranslation;
    const seen = seenTargets.get(target);
    if (seen) {
      const last = seen.lastTexts;
      if (last.source === segment.source && last.retranslation === segment.retranslation) texts[index] = last;
      else {
        seen.lastTexts = { target, source: segment.source, retranslation: segment.retranslation };
        texts[index] = seen.lastTexts;
      }
      const first = seen.first;
      if (first !== undefined) {
        typographic += seen.typographic;
        straight += seen.straight;
        seen.exact ??= exactDuplicate(first);
        duplicates[index] = seen.exact;
        if (seen.wordCount >= NEAR_MIN_WORDS) foldedOf[index] = seen.folded;
        addEnglish(segment, index, seen);
        continue;
      }
    }
    const typographicHere = countOf(target, '’');
    const straightHere = countOf(target, "'");
    typographic += typographicHere;
    straight += straightHere;
    const folded = seen?.folded ?? foldSentence(target);
    // Words of the folded text; cheaper than full tokenizing, and precise enough to compare segments.
    const words = wordsOf(folded);
    let entry = seen;
    if (!entry) {
      if (seenTargets.size >= 100_000) seenTargets.clear();
      const own = { target, source: segment.source, retranslation: segment.retranslation };
      texts[index] = own;
      entry = {
        folded,
        wordCount: words.length,
        typographic: typographicHere,
        straight: straightHere,
        lastPair: null,
        lastTexts: own,
        first: undefined,
        exact: null,
      };
      seenTargets.set(target, entry);
    }
    if (words.length >= 3) {
      const first = exact.get(folded);
      if (first !== undefined) duplicates[index] = exactDuplicate(first);
      else exact.set(folded, index);
      // Later repeats of this text repeat the same first segment: no look-up by folded text for them.
      entry.first = first ?? index;
    }
    if (words.length >= NEAR_MIN_WORDS) {
      foldedOf[index] = folded;
      if (duplicates[index] === undefined) {
        const found = findNear(index, words, near, foldedOf, wordSets);
        if (found) duplicates[index] = found;
      }
    }
    addEnglish(segment, index, entry);
  }
  return {
    duplicates,
    targets,
    sources,
    retranslations,
    apostrophes: { typographic, straight },
    frenchByEnglish,
    englishByFrench,
    folded: foldedTexts,
    texts,
  };
}

// A small MinHash sketch of the segment's word pairs: the SKETCH smallest 32-bit hashes. Two near-duplicates
// share some of them with high probability, so only those pairs are compared word by word, and the index holds
// a few numbers per segment instead of every word pair of the document.
const SKETCH = 8;
/** Candidates compared word by word per segment. */
const MAX_VERIFIED = 4;

// Sketch values are the 32-bit hashes shifted down by 2^31: the same order and the same identities as the unsigned
// hashes, but small integers, which sets and maps key without boxing each one.
function sketch(words: readonly string[]): number[] {
  // The SKETCH smallest distinct hashes in ascending order, kept by insertion in one pass instead of sorting them
  // all. A repeated hash is either among those kept (skipped there) or larger than all of them (skipped anyway),
  // so no set of every hash is needed.
  const smallest: number[] = [];
  for (let position = 0; position + 1 < words.length; position++) {
    const value = hashPair(words[position]!, words[position + 1]!);
    if (smallest.length === SKETCH && value >= smallest[SKETCH - 1]!) continue;
    if (smallest.includes(value)) continue;
    let at = smallest.length === SKETCH ? SKETCH - 1 : smallest.length;
    while (at > 0 && smallest[at - 1]! > value) {
      smallest[at] = smallest[at - 1]!;
      at--;
    }
    smallest[at] = value;
  }
  return smallest;
}

// FNV-1a over the UTF-16 code units of "first second", computed without building that string; returned minus 2^31
// as a signed 32-bit integer.
function hashPair(first: string, second: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < first.length; index++) {
    value ^= first.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  value ^= 0x20;
  value = Math.imul(value, 0x01000193);
  for (let index = 0; index < second.length; index++) {
    value ^= second.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return value ^ 0x80000000;
}

/** What the near-duplicate search keeps across segments. */
interface NearSearch {
  /** Segments by sketch value. */
  readonly postings: Map<number, number[]>;
  /** Sketch values shared with the current segment, by segment index; back to 0 after each search. */
  readonly shared: number[];
  /** The segment indices `shared` counts for the current segment, in the order first met. */
  readonly touched: number[];
}

function findNear(
  index: number,
  words: readonly string[],
  near: NearSearch,
  foldedOf: readonly string[],
  wordSets: Map<number, readonly string[]>,
): DuplicateOf | null {
  const { postings, shared, touched } = near;
  for (const value of sketch(words)) {
    const list = postings.get(value);
    if (!list) {
      postings.set(value, [index]);
      continue;
    }
    if (list.length >= MAX_POSTINGS) continue;
    for (const other of list) {
      const count = shared[other] ?? 0;
      if (count === 0) touched.push(other);
      shared[other] = count + 1;
    }
    list.push(index);
  }
  if (touched.length === 0) return null;
  // In repetitive documents a segment shares sketch values with many others; the ones sharing most are the
  // likeliest repeats, and comparing only those keeps the cost flat.
  const likeliest = mostShared(touched, shared);
  for (const other of touched) shared[other] = 0;
  touched.length = 0;
  const set = new Set(words);
  let best: DuplicateOf | null = null;
  for (const [other] of likeliest) {
    const otherFolded = foldedOf[other];
    if (otherFolded === undefined) continue;
    let otherWords = wordSets.get(other);
    if (!otherWords) {
      otherWords = [...new Set(wordsOf(otherFolded))];
      wordSets.set(other, otherWords);
    }
    let common = 0;
    for (const word of otherWords) if (set.has(word)) common++;
    // Jaccard for two versions of one sentence; containment for a cut copy of a longer one (a caption).
    const jaccard = common / (set.size + otherWords.length - common);
    const smaller = Math.min(set.size, otherWords.length);
    const containment = common / smaller;
    const similarity = containment >= NEAR_CONTAINMENT && smaller >= 8 ? containment : jaccard;
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
      best = { kind: 'near', index: other, similarity };
    }
  }
  return best;
}

/** What the index remembers of a French text it has seen: folded, counted, and the English it came with last. */
interface SeenTarget {
  readonly folded: string;
  readonly wordCount: number;
  readonly typographic: number;
  readonly straight: number;
  lastPair: { readonly source: string; readonly texts: FoldedTexts; readonly indices: number[] } | null;
  /** The texts of the last segment seen with this French. */
  lastTexts: SegmentTexts;
  /** The first segment with this folded French, once known (texts of 3 words or more). */
  first: number | undefined;
  /** The description of that first segment that exact repeats share, once made. */
  exact: DuplicateOf | null;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}

// The MAX_VERIFIED candidates sharing most sketch values (latest first on ties), without sorting them all: in
// templated documents a segment can share values with hundreds of others.
function mostShared(candidates: readonly number[], sharedBy: readonly number[]): [number, number][] {
  const best: [number, number][] = [];
  for (const other of candidates) {
    const shared = sharedBy[other]!;
    if (best.length === MAX_VERIFIED) {
      const last = best[MAX_VERIFIED - 1]!;
      if (shared < last[1] || (shared === last[1] && other < last[0])) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && (best[at - 1]![1] < shared || (best[at - 1]![1] === shared && best[at - 1]![0] < other))) at--;
    best.splice(at, 0, [other, shared]);
  }
  return best;
}
