import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runCliProcess } from '../../helpers/run-cli.ts';

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

function json(args: readonly string[]): JsonReport {
  const run = runCliProcess(['qa', ...args, '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as JsonReport;
}

describe('relecture qa', () => {
  test('prints a version 1 JSON report on the French-only sample, with offsets into each target', () => {
    const report = json([SAMPLE]);
    assert.equal(report.version, 1);
    const flag = report.segments
      .flatMap((segment) => segment.flags.map((item) => ({ item, segment })))
      .find(({ item, segment }) => segment.target.slice(item.start, item.end) === 'grèves');
    assert.ok(flag);
    assert.equal(flag.item.check, 'wrong-sense');
    assert.equal(flag.item.suggestions[0]!.text, 'attaques');
    assert.equal(report.summary.segments, report.segments.length);
  });

  test('renders messages in French with --lang fr', () => {
    const report = json([SAMPLE, '--lang', 'fr']);
    const messages = report.segments.flatMap((segment) => segment.flags.map((flag) => flag.message));
    assert.ok(messages.some((message) => message.startsWith('Contresens')));
  });

  test('reads a TSV with a source column and compares numbers with the English', () => {
    const report = json([TSV]);
    assert.equal(report.segments[0]!.source, 'A series of ransomware strikes hit 1,500 companies.');
    const checks = report.segments[0]!.flags.map((flag) => flag.check);
    assert.ok(checks.includes('wrong-sense') && checks.includes('numbers'), checks.join(','));
  });

  test('applies a CSV glossary', () => {
    const report = json([TSV, '--glossary', 'test/fixtures/qa/cli/glossary.csv']);
    assert.ok(report.segments[0]!.flags.some((flag) => flag.check === 'glossary'));
  });

  test('reads the TSV written by relecture retranslate as the retranslation', () => {
    const report = json(['test/fixtures/qa/cli/clean.fr.txt', '--retranslation', 'test/fixtures/qa/cli/clean.fr.txt']);
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

  test('exits 1 with --fail-on major when a major flag exists, 0 when none does', () => {
    assert.equal(runCliProcess(['qa', SAMPLE, '--fail-on', 'major']).code, 1);
    assert.equal(runCliProcess(['qa', 'test/fixtures/qa/cli/clean.fr.txt', '--fail-on', 'minor']).code, 0);
    assert.equal(runCliProcess(['qa', SAMPLE, '--fail-on', 'critical']).code, 0);
  });

  test('exits 2 naming the file when it is missing or unreadable, and on bad options', () => {
    const missing = runCliProcess(['qa', 'no-such-file.txt']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no-such-file\.txt/);
    assert.equal(runCliProcess(['qa', SAMPLE, '--format', 'pdf']).code, 2);
    assert.equal(runCliProcess(['qa', SAMPLE, '--source', SAMPLE, '--retranslation', SAMPLE]).code, 2);
    const badGlossary = runCliProcess(['qa', SAMPLE, '--glossary', TSV]);
    assert.equal(badGlossary.code, 2);
    assert.match(badGlossary.stderr, /strikes\.tsv/);
  });

  test('prints a text report by default and a self-contained HTML page on request', () => {
    const text = runCliProcess(['qa', SAMPLE]);
    assert.match(text.stdout, /major {2}wrong-sense {2}“grèves”/);
    const html = runCliProcess(['qa', SAMPLE, '--format', 'html']);
    assert.match(html.stdout, /^<!doctype html>/);
    assert.match(html.stdout, /<mark class="major">grèves<\/mark>/);
    assert.doesNotMatch(html.stdout, /<script/);
  });
});
