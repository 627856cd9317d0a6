import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCliProcess } from '../../helpers/run-cli.ts';

test('relecture --help names the program and exits 0', () => {
  const run = runCliProcess(['--help']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /Usage: relecture/);
});

test('relecture --version prints the package version', () => {
  const run = runCliProcess(['--version']);
  assert.equal(run.code, 0);
  assert.match(run.stdout.trim(), /^\d+\.\d+\.\d+$/);
});

test('an unknown option is a usage error with exit code 2', () => {
  const run = runCliProcess(['--no-such-option']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /unknown option/);
});
