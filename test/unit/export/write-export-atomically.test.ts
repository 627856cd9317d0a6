import assert from 'node:assert/strict';
import { linkSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { ProtectedPathError } from '../../../src/export/protected-paths.ts';
import { writeExportAtomically } from '../../../src/export/write-export-atomically.ts';
import { temporaryDirectory } from '../store/store-fixture.ts';

let dir = '';
let cleanup = () => {};
beforeEach(() => {
  ({ dir, cleanup } = temporaryDirectory());
});
afterEach(() => cleanup());

const bytes = new TextEncoder().encode('export');

describe('writeExportAtomically', () => {
  test('refuses the project, its journal, lock and backups, and the inputs', async () => {
    const project = join(dir, 'p.relecture.xlf');
    const input = join(dir, 'in.txt');
    writeFileSync(project, 'project');
    writeFileSync(input, 'input');
    for (const target of [project, `${project}.journal`, `${project}.lock`, `${project}.bak3`, input]) {
      await assert.rejects(writeExportAtomically(target, bytes, [project, input]), ProtectedPathError);
    }
    assert.equal(readFileSync(project, 'utf8'), 'project');
    assert.equal(readFileSync(input, 'utf8'), 'input');
  });

  test('refuses a path that reaches a protected file through a symlink, a hard link or dot segments', async () => {
    const input = join(dir, 'in.txt');
    writeFileSync(input, 'input');
    symlinkSync(input, join(dir, 'alias.txt'));
    linkSync(input, join(dir, 'hard.txt'));
    for (const target of [join(dir, 'alias.txt'), join(dir, 'hard.txt'), join(dir, '.', 'x', '..', 'in.txt')]) {
      await assert.rejects(writeExportAtomically(target, bytes, [input]), ProtectedPathError);
    }
    assert.equal(readFileSync(input, 'utf8'), 'input');
  });

  test('writes any other path, replacing an old export whole', async () => {
    const out = join(dir, 'out.txt');
    writeFileSync(out, 'old export, longer than the new one');
    await writeExportAtomically(out, bytes, [join(dir, 'in.txt')]);
    assert.equal(readFileSync(out, 'utf8'), 'export');
  });
});
