import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { repoPath, runCliProcess } from '../../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'relecture-convert-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('relecture convert', () => {
  test('converts the UTF-16 TMX fixture to CSV on standard output', () => {
    const run = runCliProcess(['convert', 'test/fixtures/formats/memory.en-fr.utf16le.tmx', '--to', 'csv']);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\r\n');
    assert.equal(lines[0], 'source,target,status,note');
    assert.match(
      lines[1]!,
      /^Ransomware ⟨1⟩strikes⟨\/1⟩ are on the rise\.,Les ⟨1⟩grèves⟨\/1⟩ de rançongiciels sont en hausse\.,/,
    );
  });

  test('warns on stderr when a TMX holds languages the output leaves out', () => {
    const own = mkdtempSync(join(tmpdir(), 'relecture-convert-languages-'));
    const input = join(own, 'three.tmx');
    writeFileSync(
      input,
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" datatype="plaintext" ' +
        'segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body><tu>' +
        '<tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="fr"><seg>Bonjour</seg></tuv>' +
        '<tuv xml:lang="de"><seg>Hallo</seg></tuv></tu></body></tmx>\n',
    );
    const run = runCliProcess(['convert', input, '--to', 'xliff2']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^relecture: warning: .*three\.tmx: .*\bde\b.*leaves out/);
    assert.match(run.stdout, /<target>Bonjour<\/target>/);
    rmSync(own, { recursive: true, force: true });
  });

  test('writes -o through a temporary file and leaves nothing else behind', () => {
    const output = join(work, 'sample.tmx');
    const run = runCliProcess(['convert', 'samples/sample.en-fr.xlf', '--to', 'tmx', '-o', output]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(readFileSync(output, 'utf8'), /<tuv xml:lang="fr"><seg>.*Les grèves de rançongiciels/);
    assert.deepEqual(readdirSync(work), ['sample.tmx']);
  });

  test('refuses to overwrite its input and leaves the input intact', () => {
    const input = join(work, 'in.csv');
    writeFileSync(input, 'source,target\nHello,Bonjour\n');
    const run = runCliProcess(['convert', input, '--to', 'tsv', '-o', input]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /refusing to overwrite the input file/);
    assert.equal(readFileSync(input, 'utf8'), 'source,target\nHello,Bonjour\n');
  });

  test('exits 2 with the reader message on a truncated file', () => {
    const input = join(work, 'cut.xlf');
    writeFileSync(input, readFileSync(repoPath('samples/sample.en-fr.xlf'), 'utf8').slice(0, 600));
    const run = runCliProcess(['convert', input, '--to', 'csv']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cut\.xlf:13:32: the file ends inside a tag \(truncated\?\)/);
  });

  test('exits 2 on an unknown target format', () => {
    const run = runCliProcess(['convert', 'samples/sample.en-fr.xlf', '--to', 'docx']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /docx/);
    assert.equal(existsSync(join(work, 'docx')), false);
  });
});
