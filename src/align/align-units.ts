import type { AlignedPair } from './aligned-pair.ts';
import { type SentenceAnchors, sharedAnchorWeight } from './anchors.ts';
import { lengthCost, lengthProbability } from './length-cost.ts';

/** What the aligner knows of a sentence (or paragraph): its length in characters and its anchors. */
export interface AlignmentUnit {
  readonly length: number;
  readonly anchors: SentenceAnchors;
  /** True for the first sentence of a paragraph: a merge that reaches across a paragraph break is unlikely. */
  readonly opensParagraph?: boolean;
}

/** Tuning of one alignment run. */
export interface AlignUnitsOptions {
  /** French length per English character; by default the ratio of the two sides' totals. */
  readonly ratio?: number;
  /** Half-width of the diagonal band searched; by default the whole grid for small inputs. */
  readonly band?: number;
}

// Prior costs: −log of Gale and Church's frequencies of each kind of group.
const PRIOR_ONE_ONE = -Math.log(0.89);
const PRIOR_SKIP = -Math.log(0.01);
const PRIOR_MERGE = -Math.log(0.089 / 2);
// Reward per unit of shared anchor weight, penalty per unit of anchor weight left unmatched in a group.
const SHARED_REWARD = 1;
const UNMATCHED_PENALTY = 0.25;
// Extra penalty when both sides carry anchors but share few of them: strong sign the sentences are not translations.
const MISMATCH_PENALTY = 1.5;
// Extra cost of a 2:1 or 1:2 group whose second sentence starts a new paragraph (a heading merged with a sentence).
const PARAGRAPH_CROSSING = 3;
// Below this many cells the whole grid is searched; above it a band around the diagonal, widened while the best
// path comes within BAND_MARGIN of its edge.
const FULL_GRID_CELLS = 4_000_000;
const INITIAL_BAND = 64;
const BAND_MARGIN = 8;

// French usually runs about 15 % longer than English; the observed ratio outweighs this after a few pages.
const USUAL_RATIO = 1.15;
const RATIO_PRIOR_CHARACTERS = 5000;

// Moves, coded in the trace: 0 = 1:1, 1 = 1:0, 2 = 0:1, 3 = 2:1, 4 = 1:2.
const MOVE_STEPS: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
];

/**
 * Gale–Church alignment of two sequences of units (1:1, 1:0, 0:1, 2:1, 1:2) by dynamic programming over lengths
 * plus anchor agreement, in a band around the diagonal for large inputs. Returns pairs in order covering every unit
 * of both sides exactly once.
 */
export function alignUnits(
  english: readonly AlignmentUnit[],
  french: readonly AlignmentUnit[],
  options: AlignUnitsOptions = {},
): AlignedPair[] {
  const n = english.length;
  const m = french.length;
  const ratio = options.ratio ?? estimateRatio(english, french);
  if (n === 0 || m === 0) {
    const pairs: AlignedPair[] = [];
    for (let i = 0; i < n; i++) pairs.push(describePair(english, french, [i], [], ratio));
    for (let j = 0; j < m; j++) pairs.push(describePair(english, french, [], [j], ratio));
    return pairs;
  }
  const englishAnchors = english.map((unit) => unit.anchors);
  const frenchAnchors = french.map((unit) => unit.anchors);
  const context: SearchContext = {
    english,
    french,
    ratio,
    englishAnchors,
    postings: indexAnchors(frenchAnchors),
    englishLength: prefixSums(english.map((unit) => unit.length)),
    frenchLength: prefixSums(french.map((unit) => unit.length)),
    englishWeight: prefixSums(englishAnchors.map((anchors) => anchors.total)),
    englishNeighbours: neighbourOverlaps(englishAnchors),
    frenchNeighbours: neighbourOverlaps(frenchAnchors),
    frenchWeight: prefixSums(frenchAnchors.map((anchors) => anchors.total)),
  };
  const widest = Math.max(n, m);
  let band = options.band ?? ((n + 1) * (m + 1) <= FULL_GRID_CELLS ? widest : INITIAL_BAND);
  let path = searchBand(context, band);
  // A best path that runs along the band's edge may have been cut off: search again in a band twice as wide.
  while (options.band === undefined && band < widest && path.deviation > band - BAND_MARGIN) {
    band = Math.min(widest, band * 2);
    path = searchBand(context, band);
  }
  return path.steps.map(([englishIndices, frenchIndices]) =>
    describePair(english, french, englishIndices, frenchIndices, ratio),
  );
}

/** Everything the dynamic programme reads, computed once per alignment. */
interface SearchContext {
  readonly english: readonly AlignmentUnit[];
  readonly french: readonly AlignmentUnit[];
  readonly ratio: number;
  readonly englishAnchors: readonly SentenceAnchors[];
  readonly postings: AnchorPostings;
  readonly englishLength: Float64Array;
  readonly frenchLength: Float64Array;
  readonly englishWeight: Float64Array;
  readonly frenchWeight: Float64Array;
  /** Anchor weight each unit shares with the one before it (0 for the first). */
  readonly englishNeighbours: Float64Array;
  readonly frenchNeighbours: Float64Array;
}

/** Best path in a band of half-width `band` around the diagonal, and how far from the diagonal it strays. */
function searchBand(context: SearchContext, band: number): { steps: [number[], number[]][]; deviation: number } {
  const { english, french, ratio, englishAnchors, postings, englishLength, frenchLength, englishWeight, frenchWeight } =
    context;
  const { englishNeighbours, frenchNeighbours } = context;
  const n = english.length;
  const m = french.length;
  // A local binding: module imports can compile to getters, too slow for millions of calls.
  const lengthCostOf = lengthCost;
  // Band limits per English row, so that (0,0) and (n,m) are always inside.
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const offset = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) {
    const centre = Math.round((i * m) / n);
    lo[i] = Math.max(0, centre - band);
    hi[i] = Math.min(m, centre + band);
    offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  }
  const moveTaken = new Uint8Array(offset[n + 1]!);

  // Rolling rows: costs for the last three English rows; anchor weight shared by single pairs for the last two.
  const cost = [new Float64Array(m + 1), new Float64Array(m + 1), new Float64Array(m + 1)];
  const shared = [new Float64Array(m + 1), new Float64Array(m + 1)];
  const INF = Number.POSITIVE_INFINITY;

  for (let i = 0; i <= n; i++) {
    const row = cost[i % 3]!;
    const up = cost[(i + 2) % 3]!;
    const upUp = cost[(i + 1) % 3]!;
    const sharedRow = shared[i % 2]!;
    const sharedUp = shared[(i + 1) % 2]!;
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    const upLo = i >= 1 ? lo[i - 1]! : 1;
    const upHi = i >= 1 ? hi[i - 1]! : 0;
    const upUpLo = i >= 2 ? lo[i - 2]! : 1;
    const upUpHi = i >= 2 ? hi[i - 2]! : 0;
    if (i > 0) fillSharedRow(sharedRow, englishAnchors[i - 1]!, postings, rowLo, rowHi);
    const opensEnglish = i >= 1 && english[i - 1]!.opensParagraph === true;
    const rowOffset = offset[i]! - rowLo;

    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) {
        row[0] = 0;
        continue;
      }
      let best = INF;
      let move = 0;
      if (i >= 1 && j >= 1 && j - 1 >= upLo && j - 1 <= upHi) {
        const total = up[j - 1]! + PRIOR_ONE_ONE + group(i - 1, i, j - 1, j, sharedRow[j]!);
        if (total < best) {
          best = total;
          move = 0;
        }
      }
      if (i >= 1 && j >= upLo && j <= upHi) {
        const total = up[j]! + PRIOR_SKIP + UNMATCHED_PENALTY * (englishWeight[i]! - englishWeight[i - 1]!);
        if (total < best) {
          best = total;
          move = 1;
        }
      }
      if (j >= 1 && j - 1 >= rowLo) {
        const total = row[j - 1]! + PRIOR_SKIP + UNMATCHED_PENALTY * (frenchWeight[j]! - frenchWeight[j - 1]!);
        if (total < best) {
          best = total;
          move = 2;
        }
      }
      if (i >= 2 && j >= 1 && j - 1 >= upUpLo && j - 1 <= upUpHi) {
        const common = unionShared(sharedRow[j]!, j >= upLo && j <= upHi ? sharedUp[j]! : 0, englishNeighbours[i - 1]!);
        const crossing = opensEnglish ? PARAGRAPH_CROSSING : 0;
        const total = upUp[j - 1]! + PRIOR_MERGE + crossing + group(i - 2, i, j - 1, j, common);
        if (total < best) {
          best = total;
          move = 3;
        }
      }
      if (i >= 1 && j >= 2 && j - 2 >= upLo && j - 2 <= upHi) {
        const common = unionShared(sharedRow[j]!, j - 1 >= rowLo ? sharedRow[j - 1]! : 0, frenchNeighbours[j - 1]!);
        const crossing = french[j - 1]!.opensParagraph ? PARAGRAPH_CROSSING : 0;
        const total = up[j - 2]! + PRIOR_MERGE + crossing + group(i - 1, i, j - 2, j, common);
        if (total < best) {
          best = total;
          move = 4;
        }
      }
      row[j] = best;
      moveTaken[rowOffset + j] = move;
    }
  }

  /** Length and anchor cost of pairing English [e0, e1) with French [f0, f1) sharing `common` anchor weight. */
  function group(e0: number, e1: number, f0: number, f1: number, common: number): number {
    const englishTotal = englishWeight[e1]! - englishWeight[e0]!;
    const frenchTotal = frenchWeight[f1]! - frenchWeight[f0]!;
    // Summing single pairs may count an anchor of the lone side twice: cap at what each side holds.
    const matched = Math.min(common, englishTotal, frenchTotal);
    return (
      lengthCostOf(englishLength[e1]! - englishLength[e0]!, frenchLength[f1]! - frenchLength[f0]!, ratio) +
      UNMATCHED_PENALTY * (englishTotal + frenchTotal - 2 * matched) +
      MISMATCH_PENALTY * Math.max(0, Math.min(englishTotal, frenchTotal) - 2 * matched) -
      SHARED_REWARD * matched
    );
  }

  const steps: [number[], number[]][] = [];
  let deviation = 0;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    deviation = Math.max(deviation, Math.abs(j - Math.round((i * m) / n)));
    const [di, dj] = MOVE_STEPS[moveTaken[offset[i]! + j - lo[i]!]!]!;
    steps.push([range(i - di, i), range(j - dj, j)]);
    i -= di;
    j -= dj;
  }
  return { steps: steps.reverse(), deviation };
}

/**
 * French characters per English character over both whole sides, drawn towards the usual 1.15 for short texts
 * (where one missing sentence would skew it) and kept within sane bounds.
 */
export function estimateRatio(english: readonly AlignmentUnit[], french: readonly AlignmentUnit[]): number {
  let englishTotal = 0;
  let frenchTotal = 0;
  for (const unit of english) englishTotal += unit.length;
  for (const unit of french) frenchTotal += unit.length;
  const ratio = (frenchTotal + USUAL_RATIO * RATIO_PRIOR_CHARACTERS) / (englishTotal + RATIO_PRIOR_CHARACTERS);
  return Math.min(2, Math.max(0.5, ratio));
}

interface AnchorPostings {
  readonly units: Map<number, Int32Array>;
  readonly weights: Map<number, Float32Array>;
}

/** For each anchor id, the French units holding it (ascending) and its weight in each. */
function indexAnchors(french: readonly SentenceAnchors[]): AnchorPostings {
  const units = new Map<number, number[]>();
  const weights = new Map<number, number[]>();
  french.forEach((anchors, index) => {
    for (let k = 0; k < anchors.ids.length; k++) {
      const id = anchors.ids[k]!;
      let list = units.get(id);
      if (!list) {
        list = [];
        units.set(id, list);
        weights.set(id, []);
      }
      list.push(index);
      weights.get(id)!.push(anchors.weights[k]!);
    }
  });
  return {
    units: new Map([...units].map(([id, list]) => [id, Int32Array.from(list)])),
    weights: new Map([...weights].map(([id, list]) => [id, Float32Array.from(list)])),
  };
}

/** Fills `row[j]` (j in [lo, hi]) with the anchor weight `english` shares with French unit j − 1. */
function fillSharedRow(row: Float64Array, english: SentenceAnchors, postings: AnchorPostings, lo: number, hi: number) {
  row.fill(0, lo, hi + 1);
  for (let k = 0; k < english.ids.length; k++) {
    const id = english.ids[k]!;
    const units = postings.units.get(id);
    if (!units) continue;
    const weights = postings.weights.get(id)!;
    const weight = english.weights[k]!;
    // French unit u sits in column u + 1; start at the first column inside the band.
    for (let p = lowerBound(units, lo - 1); p < units.length; p++) {
      const column = units[p]! + 1;
      if (column > hi) break;
      row[column] = row[column]! + Math.min(weight, weights[p]!);
    }
  }
}

function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Anchor weight a merged pair of units shares with the lone unit on the other side, from what each shares alone:
 * an anchor the two merged units have in common (a name repeated in both) must count once, not twice.
 */
function unionShared(first: number, second: number, betweenMerged: number): number {
  return first + second - Math.min(first, second, betweenMerged);
}

/** For each unit, the anchor weight it shares with the unit before it. */
function neighbourOverlaps(anchors: readonly SentenceAnchors[]): Float64Array {
  const overlaps = new Float64Array(anchors.length);
  for (let k = 1; k < anchors.length; k++) overlaps[k] = sharedAnchorWeight(anchors[k - 1]!, anchors[k]!);
  return overlaps;
}

function prefixSums(values: readonly number[]): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) sums[k + 1] = sums[k]! + values[k]!;
  return sums;
}

function describePair(
  english: readonly AlignmentUnit[],
  french: readonly AlignmentUnit[],
  englishIndices: number[],
  frenchIndices: number[],
  ratio: number,
): AlignedPair {
  return {
    english: englishIndices,
    french: frenchIndices,
    confidence: pairConfidence(
      englishIndices.map((index) => english[index]!),
      frenchIndices.map((index) => french[index]!),
      ratio,
    ),
  };
}

/**
 * Confidence (0–1) that a group is a true translation pair: from the agreement of lengths and anchors, lowered for
 * merges and set low for a sentence left without a partner (maybe an omission, maybe an alignment slip).
 */
function pairConfidence(english: readonly AlignmentUnit[], french: readonly AlignmentUnit[], ratio: number): number {
  if (english.length === 0 || french.length === 0) return 0.2;
  const base = english.length === 1 && french.length === 1 ? 1 : 0.85;
  let englishLength = 0;
  let frenchLength = 0;
  let anchorTotal = 0;
  let common = 0;
  for (const unit of english) {
    englishLength += unit.length;
    anchorTotal += unit.anchors.total;
  }
  for (const unit of french) {
    frenchLength += unit.length;
    anchorTotal += unit.anchors.total;
    for (const other of english) common += sharedAnchorWeight(other.anchors, unit.anchors);
  }
  const lengths = lengthProbability(englishLength, frenchLength, ratio);
  if (anchorTotal === 0) return round(base * (0.5 + 0.5 * lengths));
  const agreement = Math.min(1, (2 * common * 1.6) / anchorTotal);
  return round(base * (0.25 + 0.35 * lengths + 0.4 * agreement));
}

function range(from: number, to: number): number[] {
  const indices: number[] = [];
  for (let k = from; k < to; k++) indices.push(k);
  return indices;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
