import type { Command } from 'commander';
import { validateBilingualFile } from '../../validate/validate-bilingual-file.ts';
import { formatProblem } from '../../validate/validation-problem.ts';
import { inputName, readInputBytes } from '../read-input.ts';
import { describeFileError } from './convert.ts';

const EXIT_INVALID = 1;
const EXIT_INPUT = 2;

/**
 * `relecture validate FILE...`: checks each bilingual file (XLIFF 2 against the OASIS core, XLIFF 1.2, TMX, CSV,
 * TSV). Problems go to stderr, one per line as `file:line:column: message (rule)`. Exit 0 when every file is valid,
 * 1 when any is invalid, 2 when a file cannot be read at all.
 */
export function registerValidateCommand(program: Command): void {
  program
    .command('validate')
    .description('Validate bilingual files; exit 0 when all are valid, 1 when any is invalid.')
    .argument('<files...>', 'files to check (- reads standard input)')
    .action(async (files: string[]) => {
      let invalid = false;
      let unreadable = false;
      for (const file of files) {
        let bytes: Uint8Array;
        try {
          bytes = await readInputBytes(file);
        } catch (error) {
          process.stderr.write(`relecture: ${describeFileError(error, inputName(file))}\n`);
          unreadable = true;
          continue;
        }
        const problems = validateBilingualFile(bytes, inputName(file));
        for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
        if (problems.length > 0) invalid = true;
        else process.stdout.write(`${inputName(file)}: valid\n`);
      }
      process.exitCode = unreadable ? EXIT_INPUT : invalid ? EXIT_INVALID : 0;
    });
}
