import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { ProjectStore } from '../../../src/store/project-store.ts';
import { repoPath, runCliProcess } from '../../helpers/run-cli.ts';
import { reviewOf, temporaryDirectory } from '../store/store-fixture.ts';

const SAMPLE = repoPath('samples/china-denies-microsoft-hack.fr-mt.txt');
let dir = '';
let cleanup = () => {};
beforeEach(() => {
  ({ dir, cleanup } = temporaryDirectory());
});
afterEach(() => cleanup());

describe('relecture export', () => {
  test('exports a French text as freshly opened and warns how many segments are unapproved', () => {
    const out = join(dir, 'out.xlf');
    const run = runCliProcess(['export', SAMPLE, '--to', 'xliff2', '-o', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /warning: \d+ segments are not approved yet/);
    const xliff = readFileSync(out, 'utf8');
    assert.match(xliff, /<xliff [^>]*version="2\.1"/);
    assert.match(xliff, /state="initial" subState="relecture:new"/);
  });

  test('exports a project with the changes still in its journal', async () => {
    const project = join(dir, 'p.relecture.xlf');
    const store = await ProjectStore.create(project, reviewOf(3));
    await store.append({
      type: 'edit',
      segmentId: 's2',
      text: 'Phrase corrigée.',
      actor: { user: 'Tina', role: 'translator' },
      at: '2026-12-04T12:00:00Z',
    });
    // The project stays open (locked) in "the app": export reads it without the lock.
    const out = join(dir, 'out.txt');
    const run = runCliProcess(['export', project, '--to', 'txt', '-o', out]);
    await store.close();
    assert.equal(run.code, 0, run.stderr);
    assert.match(readFileSync(out, 'utf8'), /Phrase corrigée\./);
  });

  test('refuses to write over its input, with exit code 2', () => {
    const input = join(dir, 'in.txt');
    writeFileSync(input, readFileSync(SAMPLE));
    const run = runCliProcess(['export', input, '--to', 'txt', '-o', input]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /refusing to write the export/);
    assert.deepEqual(readFileSync(input), readFileSync(SAMPLE));
  });

  test('names a missing input and exits with 2', () => {
    const run = runCliProcess(['export', join(dir, 'absent.txt'), '--to', 'txt', '-o', join(dir, 'x.txt')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /absent\.txt: no such file/);
  });

  test('rejects an unknown format with exit code 2', () => {
    const run = runCliProcess(['export', SAMPLE, '--to', 'pdf', '-o', join(dir, 'x.pdf')]);
    assert.equal(run.code, 2);
  });
});
