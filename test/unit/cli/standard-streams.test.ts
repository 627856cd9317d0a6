import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { repoPath, runCliProcess } from '../../helpers/run-cli.ts';

describe('standard input and output', () => {
  test('qa and validate read standard input for -', () => {
    const tsv =
      'source\ttarget\nRansomware strikes hit hospitals.\tDes grèves de rançongiciels ont touché des hôpitaux.\n';
    const qa = runCliProcess(['qa', '-', '--format', 'json'], tsv);
    assert.equal(qa.code, 0, qa.stderr);
    const report = JSON.parse(qa.stdout) as { segments: { flags: { check: string }[] }[] };
    assert.ok(report.segments[0]!.flags.some((flag) => flag.check === 'wrong-sense'));

    const valid = runCliProcess(['validate', '-'], readFileSync(repoPath('samples/sample.en-fr.xlf'), 'utf8'));
    assert.deepEqual([valid.code, valid.stdout], [0, '<stdin>: valid\n']);
    const invalid = runCliProcess(['validate', '-'], '<xliff version="2.1" srcLang="en"><file');
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /^<stdin>:1:\d+: /);
  });

  test('a reader that closes the pipe early ends the output quietly, not with a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relecture-pipe-'));
    const input = join(dir, 'big.tsv');
    const rows = Array.from({ length: 20_000 }, (_, index) => `Sentence ${index}.\tPhrase ${index}.`);
    writeFileSync(input, `source\ttarget\n${rows.join('\n')}\n`);
    const child = spawn(process.execPath, ['bin/relecture.mjs', 'convert', input, '--to', 'xliff2'], {
      cwd: repoPath('.'),
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Like `| head -1`: read one chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    rmSync(dir, { recursive: true, force: true });
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
