/** Builds a flag id from its parts (check, rule, matched text, occurrence) so it survives unrelated edits. */
export function flagId(check: string, rule: string, matched: string, occurrence: number): string {
  return `${check}:${rule}:${matched.toLowerCase()}:${occurrence}`;
}

/** Counts how often each key was seen, returning the 0-based occurrence of this one (for stable flag ids). */
export function occurrenceCounter(): (key: string) => number {
  const seen = new Map<string, number>();
  return (key) => {
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count;
  };
}
