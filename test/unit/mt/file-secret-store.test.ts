import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { FileSecretStore } from '../../../src/mt/file-secret-store.ts';

const folders: string[] = [];
async function folder(): Promise<string> {
  const made = await mkdtemp(join(tmpdir(), 'relecture-secrets-'));
  folders.push(made);
  return made;
}
after(async () => {
  await Promise.all(folders.map((made) => rm(made, { recursive: true, force: true })));
});

describe('FileSecretStore', () => {
  test('stores, reads back and deletes a secret', async () => {
    const path = join(await folder(), 'conf', 'secrets.json');
    const store = new FileSecretStore(path);
    assert.equal(await store.get('mt.deepl.key'), undefined);
    await store.set('mt.deepl.key', 'abc:fx');
    await store.set('mt.openai.key', 'sk-1');
    assert.equal(await new FileSecretStore(path).get('mt.deepl.key'), 'abc:fx');
    await store.set('mt.deepl.key', undefined);
    assert.equal(await store.get('mt.deepl.key'), undefined);
    assert.equal(await store.get('mt.openai.key'), 'sk-1');
  });

  test('writes the file readable by its owner only (mode 0600)', { skip: process.platform === 'win32' }, async () => {
    const path = join(await folder(), 'secrets.json');
    await new FileSecretStore(path).set('mt.deepl.key', 'abc');
    assert.equal((await stat(path)).mode & 0o777, 0o600);
  });

  test('replaces the file by rename, leaving no temporary file behind', async () => {
    const dir = await folder();
    const store = new FileSecretStore(join(dir, 'secrets.json'));
    await Promise.all(Array.from({ length: 10 }, (_, index) => store.set(`k${index}`, `v${index}`)));
    assert.deepEqual(await readdir(dir), ['secrets.json']);
    const saved = JSON.parse(await readFile(join(dir, 'secrets.json'), 'utf8')) as Record<string, string>;
    assert.equal(Object.keys(saved).length, 10);
  });

  test('treats a corrupt file as empty and replaces it on the next set', async () => {
    const path = join(await folder(), 'secrets.json');
    await writeFile(path, '{ not json');
    const store = new FileSecretStore(path);
    assert.equal(await store.get('mt.deepl.key'), undefined);
    await store.set('mt.deepl.key', 'abc');
    assert.equal(await store.get('mt.deepl.key'), 'abc');
  });
});
