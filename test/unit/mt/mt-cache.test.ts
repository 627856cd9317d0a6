import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createMemoryMtCache } from '../../../src/mt/memory-mt-cache.ts';
import { type MtCacheKey, mtCacheHash, openMtCache } from '../../../src/mt/mt-cache.ts';

const folders: string[] = [];
async function cachePath(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'relecture-mt-cache-'));
  folders.push(folder);
  return join(folder, 'nested', 'mt-cache.jsonl');
}
after(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

function key(text: string, overrides: Partial<MtCacheKey> = {}): MtCacheKey {
  return { provider: 'deepl', url: 'https://api.deepl.com', model: '', from: 'fr', to: 'en', text, ...overrides };
}

describe('MT cache file', () => {
  test('remembers translations across a reopen', async () => {
    const path = await cachePath();
    const first = await openMtCache(path);
    assert.equal(first.size, 0);
    await first.put([
      { key: key('Des grèves frappent.'), translation: 'Strikes hit.' },
      { key: key('Bonjour.'), translation: 'Hello.' },
    ]);
    const reopened = await openMtCache(path);
    assert.equal(reopened.size, 2);
    assert.equal(reopened.get(key('Des grèves frappent.')), 'Strikes hit.');
    assert.equal(reopened.get(key('Bonjour.')), 'Hello.');
    assert.equal(reopened.skippedLines, 0);
  });

  test('keeps provider, URL, model and direction apart', async () => {
    const cache = await openMtCache(await cachePath());
    await cache.put([{ key: key('Bonjour.'), translation: 'Hello.' }]);
    assert.equal(cache.get(key('Bonjour.', { provider: 'libretranslate' })), undefined);
    assert.equal(cache.get(key('Bonjour.', { url: 'https://api-free.deepl.com' })), undefined);
    assert.equal(cache.get(key('Bonjour.', { model: 'quality_optimized' })), undefined);
    assert.equal(cache.get(key('Bonjour.', { from: 'en', to: 'fr' })), undefined);
    assert.equal(cache.get(key('Bonjour.', { url: 'https://api.deepl.com/' })), 'Hello.');
  });

  test('stores hashes, not the French, and the hash changes with any part of the key', async () => {
    const path = await cachePath();
    const cache = await openMtCache(path);
    await cache.put([{ key: key('Texte confidentiel.'), translation: 'Hello.' }]);
    const content = await readFile(path, 'utf8');
    assert.equal(content.includes('Texte confidentiel'), false);
    assert.notEqual(mtCacheHash(key('a')), mtCacheHash(key('b')));
    assert.notEqual(mtCacheHash(key('a')), mtCacheHash(key('a', { model: 'm' })));
  });

  test('skips corrupt lines and a torn last line, and appends after them on a fresh line', async () => {
    const path = await cachePath();
    const cache = await openMtCache(path);
    await cache.put([{ key: key('Un.'), translation: 'One.' }]);
    await appendFile(path, 'not json\n{"h": "short", "t": "x"}\n{"h": "');
    const damaged = await openMtCache(path);
    assert.equal(damaged.skippedLines, 3);
    assert.equal(damaged.get(key('Un.')), 'One.');
    await damaged.put([{ key: key('Deux.'), translation: 'Two.' }]);
    const again = await openMtCache(path);
    assert.equal(again.get(key('Deux.')), 'Two.');
    assert.equal(again.get(key('Un.')), 'One.');
    assert.equal(again.skippedLines, 3);
  });

  test('treats a missing file as an empty cache and an unreadable path as an error', async () => {
    const path = await cachePath();
    assert.equal((await openMtCache(path)).size, 0);
    const folder = folders[folders.length - 1]!;
    await writeFile(join(folder, 'file'), 'x');
    await assert.rejects(openMtCache(join(folder, 'file', 'below')));
  });

  test('concurrent puts all land, one per line', async () => {
    const path = await cachePath();
    const cache = await openMtCache(path);
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => cache.put([{ key: key(`T${index}`), translation: `E${index}` }])),
    );
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    assert.equal(lines.length, 20);
    const reopened = await openMtCache(path);
    for (let index = 0; index < 20; index++) assert.equal(reopened.get(key(`T${index}`)), `E${index}`);
  });
});

describe('memory MT cache', () => {
  test('answers what was put, by the full key', async () => {
    const cache = createMemoryMtCache();
    await cache.put([{ key: key('Bonjour.'), translation: 'Hello.' }]);
    assert.equal(cache.get(key('Bonjour.')), 'Hello.');
    assert.equal(cache.get(key('Bonjour.', { provider: 'openai' })), undefined);
    assert.equal(cache.size, 1);
  });
});
