import { readFile, writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { detectFormat } from '../../formats/detect-format.ts';
import { readBilingualFile } from '../../formats/read-bilingual-file.ts';
import { createProvider } from '../../mt/create-provider.ts';
import { createMemoryMtCache } from '../../mt/memory-mt-cache.ts';
import { type MtCache, openMtCache } from '../../mt/mt-cache.ts';
import { isCancellation, MtError } from '../../mt/mt-error.ts';
import { MT_PROVIDER_IDS, type MtLanguage, type MtProviderId } from '../../mt/mt-types.ts';
import { type RetranslationInput, retranslateSegments } from '../../mt/retranslate-segments.ts';
import { decodeText } from '../../text/decode-text.ts';
import { segmentSentences } from '../../text/segment-sentences.ts';

interface RetranslateCliOptions {
  readonly provider: MtProviderId;
  readonly url?: string;
  readonly model?: string;
  readonly cache?: string;
  readonly output: string;
  readonly from: MtLanguage;
  readonly timeout?: string;
}

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_INTERRUPTED = 130;

/** Environment variables read for the key, most specific first; RELECTURE_MT_KEY works for every provider. */
export const MT_KEY_VARIABLES: Readonly<Record<MtProviderId, readonly string[]>> = {
  libretranslate: ['RELECTURE_MT_KEY', 'LIBRETRANSLATE_API_KEY'],
  deepl: ['RELECTURE_MT_KEY', 'DEEPL_AUTH_KEY'],
  openai: ['RELECTURE_MT_KEY', 'OPENAI_API_KEY'],
};

/**
 * `relecture retranslate FILE --provider P --url URL [--model M] [--cache FILE] -o OUT`: sends each segment of FILE
 * to the MT service and writes `target<TAB>retranslation` lines (with a header) to OUT. The key comes from the
 * environment only, never from an option (options end up in shell history and process lists).
 */
export function registerRetranslateCommand(program: Command): void {
  program
    .command('retranslate')
    .description('Translate the French of FILE back into English with an MT service, segment by segment.')
    .argument('<file>', 'French text (.txt) or bilingual file (XLIFF, TMX, TSV, CSV)')
    .addOption(new Option('--provider <name>', 'MT service').choices([...MT_PROVIDER_IDS]).makeOptionMandatory())
    .option('--url <url>', 'service URL (LibreTranslate server, OpenAI-compatible base URL; DeepL picks its own)')
    .option('--model <model>', 'model (OpenAI-compatible) or model_type (DeepL)')
    .option('--cache <file>', 'JSONL cache of translations already paid for; reused across runs')
    .addOption(new Option('--from <lang>', 'language of the text sent').choices(['fr', 'en']).default('fr'))
    .option('--timeout <ms>', 'per-request timeout in milliseconds')
    .requiredOption('-o, --output <file>', 'TSV file to write')
    .addHelpText(
      'after',
      `\nThe API key is read from RELECTURE_MT_KEY, or DEEPL_AUTH_KEY / OPENAI_API_KEY / LIBRETRANSLATE_API_KEY.`,
    )
    .action(async (file: string, options: RetranslateCliOptions) => {
      process.exitCode = await runRetranslate(file, options);
    });
}

async function runRetranslate(file: string, options: RetranslateCliOptions): Promise<number> {
  const usage = (message: string): number => {
    process.stderr.write(`relecture retranslate: ${message}\n`);
    return EXIT_USAGE;
  };
  const url = options.url?.trim() ?? '';
  if (url === '' && options.provider !== 'deepl') return usage(`--url is required for ${options.provider}`);
  if (url !== '' && !isHttpUrl(url)) return usage(`--url must be an http(s) URL, not "${url}"`);
  if (options.provider === 'openai' && !options.model) return usage('--model is required for openai');
  const timeoutMs = options.timeout === undefined ? undefined : Number(options.timeout);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    return usage(`--timeout must be a positive number of milliseconds, not "${options.timeout}"`);
  }

  let segments: RetranslationInput[];
  try {
    segments = await readSegments(file, options.from);
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }

  let cache: MtCache;
  try {
    cache = options.cache ? await openMtCache(options.cache) : createMemoryMtCache();
  } catch (error) {
    return usage(`cannot read the cache ${options.cache}: ${(error as Error).message}`);
  }
  if (options.cache && 'skippedLines' in cache && typeof cache.skippedLines === 'number' && cache.skippedLines > 0) {
    process.stderr.write(
      `relecture retranslate: skipped ${cache.skippedLines} unreadable line(s) in ${options.cache}\n`,
    );
  }

  const key = MT_KEY_VARIABLES[options.provider].map((name) => process.env[name]).find((value) => !!value);
  const provider = createProvider({
    provider: options.provider,
    url,
    ...(options.model ? { model: options.model } : {}),
    ...(key ? { key } : {}),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  const controller = new AbortController();
  const onInterrupt = (): void => controller.abort();
  process.once('SIGINT', onInterrupt);
  let retranslations: Map<string, string>;
  try {
    retranslations = await retranslateSegments(provider, segments, {
      from: options.from,
      to: options.from === 'fr' ? 'en' : 'fr',
      cache,
      signal: controller.signal,
      onProgress: (done, total) => process.stderr.write(`retranslate: ${done}/${total} segments\n`),
    });
  } catch (error) {
    if (isCancellation(error)) {
      process.stderr.write('relecture retranslate: interrupted; finished batches are in the cache\n');
      return EXIT_INTERRUPTED;
    }
    const message = error instanceof MtError ? error.message : `unexpected failure: ${(error as Error).message}`;
    process.stderr.write(`relecture retranslate: ${message}\n`);
    return EXIT_FAILED;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }

  const lines = ['target\tretranslation'];
  for (const segment of segments) {
    lines.push(`${tsvField(segment.text)}\t${tsvField(retranslations.get(segment.id) ?? '')}`);
  }
  try {
    await writeFile(options.output, `${lines.join('\n')}\n`, 'utf8');
  } catch (error) {
    return usage(`cannot write ${options.output}: ${(error as Error).message}`);
  }
  process.stderr.write(`retranslate: wrote ${segments.length} segments to ${options.output}\n`);
  return 0;
}

/** The segments of `file`: sentences of a running text, or the units of a bilingual file (their French side). */
async function readSegments(file: string, from: MtLanguage): Promise<RetranslationInput[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (detectFormat(bytes, file) !== 'txt') {
    const document = readBilingualFile(bytes, file);
    return document.units.map((unit) => ({
      id: unit.id,
      text: withoutCodes((from === 'fr' ? unit.target : unit.source) ?? ''),
    }));
  }
  const { text } = decodeText(bytes, file);
  return segmentSentences(text, from).map((sentence, index) => ({ id: String(index + 1), text: sentence.text }));
}

/** Text without its inline-code placeholders (`⟨1⟩`, `⟨/1⟩`, `⟨2/⟩`), which an MT service would mangle. */
function withoutCodes(text: string): string {
  return text.replace(/⟨\/?[^⟨⟩\s/]+\/?⟩/g, '').trim();
}

function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A TSV field on one line: tabs and line breaks inside a segment become spaces. */
function tsvField(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}
