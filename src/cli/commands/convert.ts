import { randomBytes } from 'node:crypto';
import { readFile, realpath, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { readBilingualFile } from '../../formats/read-bilingual-file.ts';
import { conversionWarnings, writeBilingual } from '../../formats/write-bilingual.ts';
import type { BilingualFormat } from '../../model/bilingual.ts';
import { FileFormatError } from '../../model/errors.ts';

/** Exit code for usage and input errors. */
const EXIT_INPUT = 2;
const FORMATS: readonly BilingualFormat[] = ['xliff2', 'xliff12', 'tmx', 'tsv', 'csv', 'txt'];

interface ConvertCliOptions {
  readonly to: BilingualFormat;
  readonly output?: string;
}

/** Describes a file-system error in a line a user can act on. */
export function describeFileError(error: unknown, file: string): string {
  if (error instanceof FileFormatError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory, not a file`;
  if (code === 'EACCES') return `${file}: permission denied`;
  return `${file}: cannot read (${error instanceof Error ? error.message : String(error)})`;
}

/** The real path of a file, or its absolute path when it does not exist yet. */
async function canonicalPath(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return resolve(file);
  }
}

/** Writes `text` to `file` through a temporary file in the same folder and a rename, so no reader sees half a file. */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * `relecture convert IN --to xliff2|xliff12|tmx|tsv|csv|txt [-o OUT]`: reads any bilingual file and writes it in
 * another format, to standard output or atomically to OUT (never over IN). Exit 0 on success, 2 on a usage error
 * or an input that cannot be read.
 */
export function registerConvertCommand(program: Command): void {
  program
    .command('convert')
    .description('Convert a bilingual file (XLIFF 1.2/2.x, TMX, CSV, TSV, text) to another format.')
    .argument('<in>', 'bilingual file to read')
    .addOption(new Option('--to <format>', 'format to write').choices(FORMATS).makeOptionMandatory())
    .option('-o, --output <file>', 'write here (atomically) instead of standard output')
    .action(async (input: string, options: ConvertCliOptions) => {
      try {
        if (options.output !== undefined && (await canonicalPath(options.output)) === (await canonicalPath(input))) {
          process.stderr.write(`relecture: refusing to overwrite the input file ${input}; choose another -o\n`);
          process.exitCode = EXIT_INPUT;
          return;
        }
        const document = readBilingualFile(new Uint8Array(await readFile(input)), input);
        const written = writeBilingual(document, options.to);
        for (const warning of conversionWarnings(document, options.to)) {
          process.stderr.write(`relecture: warning: ${input}: ${warning}\n`);
        }
        if (options.output === undefined) process.stdout.write(written);
        else await writeFileAtomically(options.output, written);
      } catch (error) {
        process.stderr.write(`relecture: ${describeFileError(error, input)}\n`);
        process.exitCode = EXIT_INPUT;
      }
    });
}
