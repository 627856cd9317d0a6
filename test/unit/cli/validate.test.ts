import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runCliProcess } from '../../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'relecture-validate-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('relecture validate', () => {
  test('exits 0 when every file is valid', () => {
    const run = runCliProcess([
      'validate',
      'samples/sample.en-fr.xlf',
      'test/fixtures/formats/memory.en-fr.utf16le.tmx',
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
  });

  test('exits 1 and prints file:line:column: message (rule) when a file is invalid', () => {
    const bad = join(work, 'dup.xlf');
    writeFileSync(
      bad,
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">\n<file id="f">\n<unit id="u"><segment><source>a</source></segment></unit>\n<unit id="u"><segment><source>b</source></segment></unit>\n</file></xliff>',
    );
    const run = runCliProcess(['validate', 'samples/sample.en-fr.xlf', bad]);
    assert.equal(run.code, 1);
    assert.equal(
      run.stderr,
      `${bad}:4:1: unit id "u" is used twice in this file (XLIFF 2.1 §4.2.2.5 unit: id must be unique within file)\n`,
    );
  });

  test('exits 2 when a file cannot be read', () => {
    const run = runCliProcess(['validate', join(work, 'missing.xlf')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /missing\.xlf: no such file/);
  });

  test('exits 2 on a usage error', () => {
    assert.equal(runCliProcess(['validate']).code, 2);
  });
});
