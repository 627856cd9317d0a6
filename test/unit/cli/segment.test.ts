import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runCliProcess } from '../../helpers/run-cli.ts';

const SAMPLE = 'samples/china-denies-microsoft-hack.fr-mt.txt';

describe('relecture segment', () => {
  test('prints the 45 sentences of the sample one per line', () => {
    const run = runCliProcess(['segment', '--lang', 'fr', SAMPLE]);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, 45);
    assert.equal(lines[0], 'La Chine dément le piratage de Microsoft et condamne les alliés des États-Unis');
    assert.ok(!lines.includes('»'));
  });

  test('prints a JSON array of strings and reads standard input with -', () => {
    const run = runCliProcess(
      ['segment', '--lang', 'en', '--format', 'json', '-'],
      'Mr. Smith left.\nHe came back. Then\nhe left again.',
    );
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), ['Mr. Smith left.', 'He came back.', 'Then\nhe left again.']);
  });

  test('puts a sentence broken over two lines on one output line', () => {
    const run = runCliProcess(['segment', '--lang', 'fr', '-'], 'Une phrase\ncoupée. Une autre.');
    assert.equal(run.stdout, 'Une phrase coupée.\nUne autre.\n');
  });

  test('names a missing file on stderr and exits with 2', () => {
    const run = runCliProcess(['segment', '--lang', 'fr', 'no-such-file.txt']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no-such-file\.txt: no such file/);
    assert.equal(run.stdout, '');
  });

  test('names an empty standard input and exits with 2', () => {
    const run = runCliProcess(['segment', '--lang', 'fr', '-'], '');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /<stdin>: file is empty/);
  });

  test('refuses a binary file with exit code 2', () => {
    const run = runCliProcess([
      'segment',
      '--lang',
      'fr',
      'node_modules/playwright-core/lib/server/chromium/appIcon.png',
    ]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /appIcon\.png: looks like a binary file, not text/);
  });

  test('is a usage error without --lang or with an unknown language', () => {
    assert.equal(runCliProcess(['segment', SAMPLE]).code, 2);
    const run = runCliProcess(['segment', '--lang', 'de', SAMPLE]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Allowed choices are fr, en/);
  });
});
