import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { detectFormat } from '../../formats/detect-format.ts';
import { readBilingualFile } from '../../formats/read-bilingual-file.ts';
import { readAlignedTexts } from '../../formats/text/read-aligned-texts.ts';
import { createI18n } from '../../i18n/create-i18n.ts';
import type { BilingualDocument } from '../../model/bilingual.ts';
import { FileFormatError } from '../../model/errors.ts';
import type { Flag, Severity } from '../../model/flag.ts';
import type { ReviewMode } from '../../model/segment.ts';
import type { CheckSegment, TypographyPreset } from '../../qa/check.ts';
import {
  checkWithGrammalecteServer,
  GRAMMALECTE_DEFAULT_URL,
  grammalecteFlags,
  grammalecteText,
  mergeFlags,
} from '../../qa/external/grammalecte.ts';
import type { Glossary } from '../../qa/glossary/glossary.ts';
import { readGlossary } from '../../qa/glossary/read-glossary.ts';
import { lexiconResources } from '../../qa/lexicon/lexicon-resources.ts';
import { buildQaReport, hasFlagAtLeast } from '../../qa/report/qa-report.ts';
import { REPORT_LABELS, renderHtmlReport, renderTextReport } from '../../qa/report/render-report.ts';
import { checkDocument } from '../../qa/run-checks.ts';
import { decodeText } from '../../text/decode-text.ts';
import { inputName, readInputBytes } from '../read-input.ts';

/** Options of `relecture qa` once parsed. */
export interface QaCliOptions {
  readonly source?: string;
  readonly retranslation?: string;
  readonly glossary?: string;
  readonly format: 'text' | 'json' | 'html';
  readonly lang: 'en' | 'fr';
  readonly failOn?: Severity;
  readonly typography?: TypographyPreset;
  /** Also ask Grammalecte: true for its usual places, or the URL of a grammalecte-server on this machine. */
  readonly grammalecte?: boolean | string;
}

/** Where `runQa` writes: the report and the error messages. */
export interface QaOutput {
  report(text: string): void;
  error(text: string): void;
}

const PROCESS_OUTPUT: QaOutput = {
  report: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(text),
};

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

/**
 * `relecture qa FILE [--source FILE | --retranslation FILE] [--glossary FILE] [--format text|json|html]
 * [--lang en|fr] [--fail-on minor|major|critical]`: runs every check and prints the report. Exit 0, 1 when
 * --fail-on finds a flag at or above that severity, 2 on usage or input errors (named on stderr).
 */
export function registerQaCommand(program: Command): void {
  program
    .command('qa')
    .description('Flag likely mistranslations and errors in the French of FILE.')
    .argument(
      '<file>',
      'French text (.txt), XLIFF, TMX, or TSV/CSV with a source and target header; - reads standard input',
    )
    .option('--source <file>', 'English source text, aligned with the French by sentence')
    .option('--retranslation <file>', 'English back-translation: a text, or the TSV written by `relecture retranslate`')
    .option('--glossary <file>', 'glossary: CSV with en,fr,forbidden columns, or TBX')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json', 'html']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['en', 'fr']).default('en'))
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a flag at or above this severity exists').choices([
        'minor',
        'major',
        'critical',
      ]),
    )
    .addOption(
      new Option('--typography <preset>', 'house style for no-break spaces')
        .choices(['nbsp', 'narrow-nbsp'])
        .default('nbsp'),
    )
    .option(
      '--grammalecte [url]',
      `add Grammalecte's grammar and typography flags (grammalecte-server on this machine, default ${GRAMMALECTE_DEFAULT_URL}, or grammalecte-cli.py on PATH)`,
    )
    .action(async (file: string, options: QaCliOptions) => {
      process.exitCode = await runQa(file, options);
    });
}

/** Runs `relecture qa` on FILE with parsed options, writing to `output`; resolves to the exit code. */
export async function runQa(file: string, options: QaCliOptions, output: QaOutput = PROCESS_OUTPUT): Promise<number> {
  if (options.source && options.retranslation) {
    output.error('relecture qa: give --source or --retranslation, not both\n');
    return EXIT_USAGE;
  }
  let segments: CheckSegment[];
  let mode: ReviewMode;
  let glossary: Glossary | undefined;
  try {
    ({ segments, mode } = await readSegments(file, options));
    if (options.glossary) glossary = readGlossary(await readText(options.glossary), options.glossary);
  } catch (error) {
    output.error(`relecture qa: ${describeInputError(error)}\n`);
    return EXIT_USAGE;
  }
  let flags = checkDocument(segments, {
    mode,
    typography: options.typography ?? 'nbsp',
    ...(glossary ? { glossary } : {}),
  });
  if (options.grammalecte) {
    const external = await askGrammalecte(segments, options.grammalecte);
    if (external) flags = mergeFlags(flags, external);
    else output.error('relecture qa: Grammalecte did not answer; its checks are left out\n');
  }
  const t = createI18n(options.lang, lexiconResources()).t;
  const report = buildQaReport(segments, flags, mode, t);
  const labels = REPORT_LABELS[options.lang];
  if (options.format === 'json') output.report(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.format === 'html') output.report(renderHtmlReport(report, labels, options.lang));
  else output.report(renderTextReport(report, labels));
  return options.failOn && hasFlagAtLeast(report, options.failOn) ? EXIT_FAILED : 0;
}

// Grammalecte's flags from the server (the given URL, or the default one), else from grammalecte-cli.py when
// no URL was given; null when neither answers.
async function askGrammalecte(segments: readonly CheckSegment[], choice: true | string): Promise<Flag[][] | null> {
  const url = typeof choice === 'string' ? choice : undefined;
  const fromServer = await checkWithGrammalecteServer(segments, url ? { url } : {});
  if (fromServer || url) return fromServer;
  return checkWithGrammalecteCli(segments);
}

const CLI_TIMEOUT_MS = 120_000;

// Runs `grammalecte-cli.py -f FILE -j` on the segments, one per line; null when it is absent or fails.
async function checkWithGrammalecteCli(segments: readonly CheckSegment[]): Promise<Flag[][] | null> {
  const directory = await mkdtemp(join(tmpdir(), 'relecture-grammalecte-'));
  try {
    const input = join(directory, 'segments.txt');
    await writeFile(input, grammalecteText(segments), 'utf8');
    const stdout = await new Promise<string | null>((resolve) => {
      execFile(
        'grammalecte-cli.py',
        ['-f', input, '-j'],
        { timeout: CLI_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
        (error, out) => resolve(error ? null : out),
      );
    });
    return stdout === null ? null : grammalecteFlags(JSON.parse(stdout), segments);
  } catch {
    return null;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function readText(file: string): Promise<string> {
  const bytes = await readFile(file);
  return decodeText(bytes, file).text;
}

// The segments to check and the mode their English allows.
async function readSegments(
  argument: string,
  options: QaCliOptions,
): Promise<{ segments: CheckSegment[]; mode: ReviewMode }> {
  const bytes = await readInputBytes(argument);
  const file = inputName(argument);
  const format = detectFormat(bytes, file);
  const englishFile = options.source ?? options.retranslation;
  if (englishFile === undefined) {
    const document = readBilingualFile(bytes, file);
    const hasSource = document.units.some((unit) => unit.source.trim() !== '');
    return { segments: toSegments(document, 'source'), mode: hasSource ? 'source' : 'target-only' };
  }
  const role = options.source ? 'source' : 'retranslation';
  const englishBytes = await readFile(englishFile);
  if (role === 'retranslation' && /\.(tsv|csv)$/i.test(englishFile)) {
    // The TSV of `relecture retranslate`: one retranslation per unit of FILE, in order.
    const document = readBilingualFile(bytes, file);
    const retranslations = retranslationColumn(decodeText(englishBytes, englishFile).text, englishFile);
    if (retranslations.length !== document.units.length) {
      throw new FileFormatError(
        { file: englishFile },
        `${retranslations.length} retranslations for ${document.units.length} segments of ${file}`,
        'one retranslation per segment',
      );
    }
    const segments = toSegments(document, 'source').map((segment, index) => ({
      ...segment,
      retranslation: retranslations[index] ?? null,
    }));
    return { segments, mode: 'retranslation' };
  }
  if (format !== 'txt') {
    throw new FileFormatError(
      { file: englishFile },
      `an English text can only be aligned with a French text; ${file} is ${format}`,
      'qa --source/--retranslation',
    );
  }
  const document = readAlignedTexts({ bytes: englishBytes, file: englishFile }, { bytes, file });
  return { segments: toSegments(document, role), mode: role };
}

function toSegments(document: BilingualDocument, role: 'source' | 'retranslation'): CheckSegment[] {
  return document.units.map((unit, index) => {
    const english = unit.source.trim() === '' ? null : unit.source;
    return {
      index,
      id: unit.id,
      target: unit.target ?? '',
      source: role === 'source' ? english : null,
      retranslation: role === 'retranslation' ? english : null,
    };
  });
}

// The `retranslation` column of a TSV/CSV with a header row.
function retranslationColumn(text: string, file: string): string[] {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const delimiter = file.toLowerCase().endsWith('.csv') ? ',' : '\t';
  const header = (lines[0] ?? '').split(delimiter).map((cell) => cell.trim().toLowerCase());
  const column = header.indexOf('retranslation');
  if (column === -1) {
    throw new FileFormatError({ file, line: 1 }, 'the header has no "retranslation" column', 'retranslation TSV');
  }
  return lines.slice(1).map((line) => unquote(line.split(delimiter)[column] ?? ''));
}

function unquote(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replaceAll('""', '"') : cell;
}

function describeInputError(error: unknown): string {
  if (error instanceof FileFormatError) return error.message;
  const nodeError = error as NodeJS.ErrnoException;
  if (nodeError?.code === 'ENOENT') return `${nodeError.path}: no such file`;
  if (nodeError?.code === 'EISDIR') return `${nodeError.path}: is a directory`;
  return error instanceof Error ? error.message : String(error);
}
