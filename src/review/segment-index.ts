import type { ReviewSegment } from '../model/review.ts';

// Reviews are plain immutable data, so the id → position map hangs off the segments array itself. When one segment
// is replaced the ids keep their positions, and the new array shares the old map: lookups stay O(1).
const indexes = new WeakMap<readonly ReviewSegment[], ReadonlyMap<string, number>>();

/** Returns the position of the segment with `id` in `segments`, or -1; builds the map once per segments array. */
export function findSegmentIndex(segments: readonly ReviewSegment[], id: string): number {
  let map = indexes.get(segments);
  if (map === undefined) {
    const built = new Map<string, number>();
    segments.forEach((segment, index) => {
      if (!built.has(segment.id)) built.set(segment.id, index);
    });
    map = built;
    indexes.set(segments, map);
  }
  return map.get(id) ?? -1;
}

/** Copies `segments` with the one at `index` replaced (same id), carrying the id map over to the copy. */
export function replaceSegment(
  segments: readonly ReviewSegment[],
  index: number,
  segment: ReviewSegment,
): readonly ReviewSegment[] {
  const copy = segments.slice();
  copy[index] = segment;
  const map = indexes.get(segments);
  if (map !== undefined) indexes.set(copy, map);
  return copy;
}
