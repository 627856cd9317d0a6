import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What a CLI run printed and how it ended. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `relecture ARGS` from the repo root as a user would, feeding `stdin` when given. */
export function runCliProcess(args: readonly string[], stdin?: string): CliRun {
  const result = spawnSync(process.execPath, ['bin/relecture.mjs', ...args], {
    cwd: repoRoot,
    input: stdin ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Absolute path of a file in the repo, e.g. `samples/…`. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}
