import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type QaCliOptions, runQa } from '../../../src/cli/commands/qa.ts';
import { type CliRun, runCliProcess } from '../../helpers/run-cli.ts';

// Most cases call the command's function in this process (spawning costs a second each); option parsing and the
// exit status are checked by spawning the CLI as a user would.
async function runInProcess(args: readonly string[]): Promise<CliRun> {
  const [command, file, ...rest] = args;
  assert.equal(command, 'qa');
  const options: Record<string, string> = { format: 'text', lang: 'en' };
  for (let index = 0; index < rest.length; index += 2) {
    const name = rest[index]!.replace(/^--/, '').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    options[name] = rest[index + 1]!;
  }
  let stdout = '';
  let stderr = '';
  const code = await runQa(file!, options as unknown as QaCliOptions, {
    report: (text) => {
      stdout += text;
    },
    error: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

const SAMPLE = 'samples/china-denies-microsoft-hack.fr-mt.txt';
const TSV = 'test/fixtures/qa/cli/strikes.tsv';

interface JsonReport {
  version: number;
  segments: {
    id: string;
    source?: string;
    target: string;
    flags: {
      check: string;
      severity: string;
      start: number;
      end: number;
      message: string;
      suggestions: { text: string }[];
    }[];
  }[];
  summary: { segments: number; flags: number; bySeverity: Record<string, number> };
}

async function json(args: readonly string[]): Promise<JsonReport> {
  const run = await runInProcess(['qa', ...args, '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as JsonReport;
}

describe('relecture qa', () => {
  test('prints a version 1 JSON report on the French-only sample, with offsets into each target', () => {
    const run = runCliProcess(['qa', SAMPLE, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(report.version, 1);
    const flag = report.segments
      .flatMap((segment) => segment.flags.map((item) => ({ item, segment })))
      .find(({ item, segment }) => segment.target.slice(item.start, item.end) === 'grèves');
    assert.ok(flag);
    assert.equal(flag.item.check, 'wrong-sense');
    assert.equal(flag.item.suggestions[0]!.text, 'd’attaques');
    assert.equal(report.summary.segments, report.segments.length);
  });

  test('renders messages in French with --lang fr', async () => {
    const report = await json([SAMPLE, '--lang', 'fr']);
    const messages = report.segments.flatMap((segment) => segment.flags.map((flag) => flag.message));
    assert.ok(messages.some((message) => message.startsWith('Contresens')));
  });

  test('writes the text report in French, severities and totals agreeing with their numbers', async () => {
    const { stdout, code } = await runInProcess(['qa', TSV, '--lang', 'fr']);
    assert.equal(code, 0);
    const lines = stdout.trimEnd().split('\n');
    assert.ok(
      lines.slice(0, -1).every((line) => / {2}(critique|majeur|mineur) {2}/.test(line)),
      stdout,
    );
    assert.match(
      lines.at(-1)!,
      /^2 segments, \d+ signalements \(0 critique, \d+ majeurs?, \d+ mineurs?\) dans 1 segment$/,
    );
    const english = await runInProcess(['qa', TSV]);
    assert.match(english.stdout.trimEnd().split('\n').at(-1)!, /^2 segments, \d+ flags \(0 critical, .* in 1 segment$/);
  });

  test('reads a TSV with a source column and compares numbers with the English', async () => {
    const report = await json([TSV]);
    assert.equal(report.segments[0]!.source, 'A series of ransomware strikes hit 1,500 companies.');
    const checks = report.segments[0]!.flags.map((flag) => flag.check);
    assert.ok(checks.includes('wrong-sense') && checks.includes('numbers'), checks.join(','));
  });

  test('applies a CSV glossary', async () => {
    const report = await json([TSV, '--glossary', 'test/fixtures/qa/cli/glossary.csv']);
    assert.ok(report.segments[0]!.flags.some((flag) => flag.check === 'glossary'));
  });

  test('reads the TSV written by relecture retranslate as the retranslation', async () => {
    const report = await json([
      'test/fixtures/qa/cli/clean.fr.txt',
      '--retranslation',
      'test/fixtures/qa/cli/clean.fr.txt',
    ]);
    assert.equal(report.segments.length, 2);
    const run = runCliProcess([
      'qa',
      TSV,
      '--retranslation',
      'test/fixtures/qa/cli/strikes.retranslation.tsv',
      '--format',
      'json',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const withRetranslation = JSON.parse(run.stdout) as JsonReport;
    assert.ok(withRetranslation.segments[0]!.flags.some((flag) => flag.check === 'wrong-sense'));
  });

  test('exits 1 with --fail-on major when a major flag exists, 0 when none does', async () => {
    assert.equal(runCliProcess(['qa', SAMPLE, '--fail-on', 'major']).code, 1);
    assert.equal((await runInProcess(['qa', 'test/fixtures/qa/cli/clean.fr.txt', '--fail-on', 'minor'])).code, 0);
    assert.equal((await runInProcess(['qa', SAMPLE, '--fail-on', 'critical'])).code, 0);
  });

  test('exits 2 naming the file when it is missing or unreadable, and on bad options', async () => {
    const missing = await runInProcess(['qa', 'no-such-file.txt']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no-such-file\.txt/);
    assert.equal(runCliProcess(['qa', SAMPLE, '--format', 'pdf']).code, 2);
    assert.equal((await runInProcess(['qa', SAMPLE, '--source', SAMPLE, '--retranslation', SAMPLE])).code, 2);
    const badGlossary = await runInProcess(['qa', SAMPLE, '--glossary', TSV]);
    assert.equal(badGlossary.code, 2);
    assert.match(badGlossary.stderr, /strikes\.tsv/);
  });

  test('prints a text report by default and a self-contained HTML page on request', async () => {
    const text = await runInProcess(['qa', SAMPLE]);
    assert.match(text.stdout, /major {2}wrong-sense {2}“grèves”/);
    const html = await runInProcess(['qa', SAMPLE, '--format', 'html']);
    assert.match(html.stdout, /^<!doctype html>/);
    assert.match(html.stdout, /<mark class="major">grèves<\/mark>/);
    assert.doesNotMatch(html.stdout, /<script/);
  });
});
