import type { AlignedPair } from './aligned-pair.ts';
import { type SentenceAnchors, sharedAnchorWeight } from './anchors.ts';
import { lengthCost, lengthProbability } from './length-cost.ts';

/** What the aligner knows of a sentence (or paragraph): its length in characters and its anchors. */
export interface AlignmentUnit {
  readonly length: number;
  readonly anchors: SentenceAnchors;
}

/** Tuning of one alignment run. */
export interface AlignUnitsOptions {
  /** French length per English character; by default the ratio of the two sides' totals. */
  readonly ratio?: number;
  /** Half-width of the diagonal band searched; by default the whole grid for small inputs. */
  readonly band?: number;
}

// Moves of the dynamic programme: English taken, French taken, prior cost (−log of Gale and Church's frequencies).
const MOVES: readonly (readonly [number, number, number])[] = [
  [1, 1, -Math.log(0.89)],
  [1, 0, -Math.log(0.0099 / 2)],
  [0, 1, -Math.log(0.0099 / 2)],
  [2, 1, -Math.log(0.089 / 2)],
  [1, 2, -Math.log(0.089 / 2)],
];
// Reward per unit of shared anchor weight, penalty per unit of anchor weight left unmatched in a group.
const SHARED_REWARD = 1;
const UNMATCHED_PENALTY = 0.25;
// Below this many cells the whole grid is searched; above it a band around the diagonal.
const FULL_GRID_CELLS = 4_000_000;

/**
 * Gale–Church alignment of two sequences of units (1:1, 1:0, 0:1, 2:1, 1:2) by dynamic programming over
 * lengths plus anchor agreement, in a band around the diagonal for large inputs. Returns pairs in order covering
 * every unit of both sides exactly once.
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
  const band =
    options.band ??
    ((n + 1) * (m + 1) <= FULL_GRID_CELLS ? Math.max(n, m) : Math.abs(n - m) + Math.max(100, Math.ceil(0.03 * n)));

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

  // Rolling rows: costs for the last three English rows, shared anchor weight of single pairs for the last two.
  const cost = [new Float64Array(m + 1), new Float64Array(m + 1), new Float64Array(m + 1)];
  const shared = [new Float64Array(m + 1), new Float64Array(m + 1)];
  const costAt = (i: number, j: number): number =>
    i < 0 || j < lo[i]! || j > hi[i]! ? Number.POSITIVE_INFINITY : cost[i % 3]![j]!;
  const sharedAt = (i: number, j: number): number =>
    i < 1 || j < 1 || j < lo[i]! || j > hi[i]! ? 0 : shared[i % 2]![j]!;

  for (let i = 0; i <= n; i++) {
    const row = cost[i % 3]!;
    const sharedRow = shared[i % 2]!;
    const rowOffset = offset[i]!;
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      sharedRow[j] = i > 0 && j > 0 ? sharedAnchorWeight(english[i - 1]!.anchors, french[j - 1]!.anchors) : 0;
      if (i === 0 && j === 0) {
        row[j] = 0;
        continue;
      }
      let best = Number.POSITIVE_INFINITY;
      let bestMove = 0;
      for (let move = 0; move < MOVES.length; move++) {
        const [di, dj, prior] = MOVES[move]!;
        if (di > i || dj > j) continue;
        const before = costAt(i - di, j - dj);
        if (before === Number.POSITIVE_INFINITY) continue;
        const total = before + prior + groupCost(i, j, di, dj);
        if (total < best) {
          best = total;
          bestMove = move;
        }
      }
      row[j] = best;
      moveTaken[rowOffset + j - lo[i]!] = bestMove;
    }
  }

  function groupCost(i: number, j: number, di: number, dj: number): number {
    let englishLength = 0;
    let frenchLength = 0;
    let englishAnchors = 0;
    let frenchAnchors = 0;
    for (let k = i - di; k < i; k++) {
      englishLength += english[k]!.length;
      englishAnchors += english[k]!.anchors.total;
    }
    for (let k = j - dj; k < j; k++) {
      frenchLength += french[k]!.length;
      frenchAnchors += french[k]!.anchors.total;
    }
    const anchorTotal = englishAnchors + frenchAnchors;
    if (di === 0 || dj === 0) return UNMATCHED_PENALTY * anchorTotal;
    // Shared weight of a group: the sum over its single pairs (inside the band next to this cell), capped because
    // an anchor of the lone side may be counted twice.
    let common = sharedAt(i, j);
    if (di === 2) common += sharedAt(i - 1, j);
    if (dj === 2) common += sharedAt(i, j - 1);
    common = Math.min(common, englishAnchors, frenchAnchors);
    return (
      lengthCost(englishLength, frenchLength, ratio) +
      UNMATCHED_PENALTY * (anchorTotal - 2 * common) -
      SHARED_REWARD * common
    );
  }

  const pairs: AlignedPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = MOVES[moveTaken[offset[i]! + j - lo[i]!]!]!;
    pairs.push(describePair(english, french, range(i - di, i), range(j - dj, j), ratio));
    i -= di;
    j -= dj;
  }
  return pairs.reverse();
}

/** French characters per English character over both whole sides, kept within sane bounds. */
export function estimateRatio(english: readonly AlignmentUnit[], french: readonly AlignmentUnit[]): number {
  let englishTotal = 0;
  let frenchTotal = 0;
  for (const unit of english) englishTotal += unit.length;
  for (const unit of french) frenchTotal += unit.length;
  if (englishTotal === 0 || frenchTotal === 0) return 1.1;
  return Math.min(2, Math.max(0.5, frenchTotal / englishTotal));
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
