import { Command, CommanderError } from 'commander';
import { registerAlignCommand } from './commands/align.ts';
import { registerConvertCommand } from './commands/convert.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerQaCommand } from './commands/qa.ts';
import { registerRetranslateCommand } from './commands/retranslate.ts';
import { registerSegmentCommand } from './commands/segment.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerValidateCommand } from './commands/validate.ts';
import { readPackageVersion } from './package-version.ts';

/** Exit codes other tools rely on: 0 fine, 1 the check failed, 2 usage or input error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Builds the `relecture` command line with every subcommand. Each command lives in its own file under
 * `commands/` and registers itself on the program.
 */
export function buildProgram(): Command {
  const program = new Command('relecture')
    .description('Review French machine translation of English text.')
    .version(readPackageVersion(), '-V, --version')
    .exitOverride()
    .showHelpAfterError();
  registerSegmentCommand(program);
  registerAlignCommand(program);
  registerConvertCommand(program);
  registerValidateCommand(program);
  registerQaCommand(program);
  registerExportCommand(program);
  registerRetranslateCommand(program);
  registerServeCommand(program);
  return program;
}

/** Runs the CLI on `argv` (as in process.argv) and resolves to the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
}
