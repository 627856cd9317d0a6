/**
 * Wraps a pure one-argument function with a cache of at most `limit` entries, emptied when full. Word forms repeat
 * heavily in any text (Zipf), so a small cache removes most of the work while memory stays bounded.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
