// The retranslation cache: a JSONL file, one `{ h, t, p, d }` line per translation (h = SHA-256 of provider, URL,
// model, direction and text). It is read once at open and only ever appended to, so a crash can at worst tear the
// last line, which the next open skips. The runner consults it before any request, so re-opening a project or
// re-running the CLI over the same texts bills nothing.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { MtLanguage, MtProviderId } from './mt-types.ts';

/** Everything a translation depends on; two requests with equal keys get the same answer from the cache. */
export interface MtCacheKey {
  readonly provider: MtProviderId;
  readonly url: string;
  readonly model: string;
  readonly from: MtLanguage;
  readonly to: MtLanguage;
  readonly text: string;
}

/** A translation to remember. */
export interface MtCacheEntry {
  readonly key: MtCacheKey;
  readonly translation: string;
}

/** Where translations already paid for are kept. */
export interface MtCache {
  /** The remembered translation for `key`, if any. */
  get(key: MtCacheKey): string | undefined;
  /** Remembers `entries`; resolves once they are written (for a file cache, appended to the file). */
  put(entries: readonly MtCacheEntry[]): Promise<void>;
  /** Number of translations held. */
  readonly size: number;
}

/** A cache backed by a JSONL file, with what the open found. */
export interface FileMtCache extends MtCache {
  readonly path: string;
  /** Lines that could not be read (torn or corrupt) and were skipped at open. */
  readonly skippedLines: number;
}

/** Hash of a cache key: the same for the same provider, URL (trailing slashes aside), model, direction and text. */
export function mtCacheHash(key: MtCacheKey): string {
  const url = key.url.trim().replace(/\/+$/, '');
  const material = JSON.stringify([key.provider, url, key.model, key.from, key.to, key.text]);
  return createHash('sha256').update(material, 'utf8').digest('hex');
}

/**
 * Opens (or starts) the cache file at `path`: loads every readable line, skips corrupt ones, and appends new
 * translations as they arrive. A missing file is an empty cache; the file and its folder are created on first put.
 */
export async function openMtCache(path: string): Promise<FileMtCache> {
  const translations = new Map<string, string>();
  let skippedLines = 0;
  let needsNewline = false;
  let content: string | undefined;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (content !== undefined && content !== '') {
    // A torn last line has no newline: start the next append on a fresh line so it is not glued to the debris.
    needsNewline = !content.endsWith('\n');
    for (const line of content.split('\n')) {
      if (line.trim() === '') continue;
      const entry = readLine(line);
      if (entry) translations.set(entry.hash, entry.translation);
      else skippedLines++;
    }
  }
  let writing: Promise<void> = Promise.resolve();
  return {
    path,
    skippedLines,
    get size() {
      return translations.size;
    },
    get(key: MtCacheKey): string | undefined {
      return translations.get(mtCacheHash(key));
    },
    put(entries: readonly MtCacheEntry[]): Promise<void> {
      const lines: string[] = [];
      for (const { key, translation } of entries) {
        const hash = mtCacheHash(key);
        if (translations.get(hash) === translation) continue;
        translations.set(hash, translation);
        lines.push(JSON.stringify({ h: hash, t: translation, p: key.provider, d: `${key.from}-${key.to}` }));
      }
      if (lines.length === 0) return writing;
      const chunk = `${needsNewline ? '\n' : ''}${lines.join('\n')}\n`;
      needsNewline = false;
      // Appends are chained so that lines from concurrent puts never interleave.
      const written = writing.then(async () => {
        await mkdir(dirname(path), { recursive: true });
        await appendFile(path, chunk, 'utf8');
      });
      // One failed append (disk full) rejects its own put, not every later one.
      writing = written.catch(() => undefined);
      return written;
    },
  };
}

function readLine(line: string): { hash: string; translation: string } | undefined {
  try {
    const parsed = JSON.parse(line) as { h?: unknown; t?: unknown };
    if (typeof parsed.h === 'string' && /^[0-9a-f]{64}$/.test(parsed.h) && typeof parsed.t === 'string') {
      return { hash: parsed.h, translation: parsed.t };
    }
  } catch {
    // Falls through: a line that is not JSON is skipped like one of the wrong shape.
  }
  return undefined;
}
