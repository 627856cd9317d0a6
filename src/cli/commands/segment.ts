import { type Command, Option } from 'commander';
import { FileFormatError } from '../../model/errors.ts';
import { decodeText } from '../../text/decode-text.ts';
import { segmentSentences, type TextLang } from '../../text/segment-sentences.ts';
import { inputName, readInputBytes } from '../read-input.ts';

interface SegmentCliOptions {
  readonly lang: TextLang;
  readonly format: 'lines' | 'json';
}

/** Exit code for input errors (unreadable, empty, binary file), as other tools expect. */
const EXIT_INPUT = 2;

/**
 * `relecture segment --lang fr|en [--format lines|json] FILE|-`: prints the sentences of a text, one per line (line
 * breaks inside a sentence become spaces) or as a JSON array of strings. `-` reads standard input.
 */
export function registerSegmentCommand(program: Command): void {
  program
    .command('segment')
    .description('Split a text into sentences.')
    .argument('<file>', 'text file, or - for standard input')
    .addOption(new Option('--lang <lang>', 'language of the text').choices(['fr', 'en']).makeOptionMandatory())
    .addOption(new Option('--format <format>', 'output format').choices(['lines', 'json']).default('lines'))
    .action(async (file: string, options: SegmentCliOptions) => {
      const text = await readTextArgument(file);
      if (text === null) return;
      const sentences = segmentSentences(text, options.lang).map((sentence) => sentence.text);
      if (options.format === 'json') process.stdout.write(`${JSON.stringify(sentences, null, 2)}\n`);
      else process.stdout.write(sentences.map((sentence) => `${oneLine(sentence)}\n`).join(''));
    });
}

/**
 * Reads and decodes the text named by a CLI argument (`-` for standard input). On an input error prints a message
 * naming the file on stderr, sets exit code 2 and resolves to null.
 */
export async function readTextArgument(file: string): Promise<string | null> {
  const name = inputName(file);
  try {
    const bytes = await readInputBytes(file);
    return decodeText(bytes, name).text;
  } catch (error) {
    process.stderr.write(`relecture: ${describeInputError(error, name)}\n`);
    process.exitCode = EXIT_INPUT;
    return null;
  }
}

/** Replaces tabs and line breaks inside a sentence by spaces, for line-based output. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\t\n\r\u2028\u2029]/g, ' ');
}

function describeInputError(error: unknown, name: string): string {
  if (error instanceof FileFormatError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${name}: no such file`;
  if (code === 'EISDIR') return `${name}: is a directory, not a text file`;
  if (code === 'EACCES') return `${name}: permission denied`;
  return `${name}: cannot read (${error instanceof Error ? error.message : String(error)})`;
}
