import type { MtCache, MtCacheEntry, MtCacheKey } from './mt-cache.ts';

/**
 * A cache held in memory only, for hosts without a disk (browser, worker) and for tests; pure, no Node built-ins.
 * Forgets everything when dropped.
 */
export function createMemoryMtCache(): MtCache {
  const translations = new Map<string, string>();
  const keyOf = (key: MtCacheKey): string =>
    JSON.stringify([key.provider, key.url.trim().replace(/\/+$/, ''), key.model, key.from, key.to, key.text]);
  return {
    get size() {
      return translations.size;
    },
    get(key: MtCacheKey): string | undefined {
      return translations.get(keyOf(key));
    },
    async put(entries: readonly MtCacheEntry[]): Promise<void> {
      for (const { key, translation } of entries) translations.set(keyOf(key), translation);
    },
  };
}
