import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Relecture's package.json, found by walking up from this module: the same answer whether the
 * CLI runs from its TypeScript sources or from the bundle in dist/cli/.
 */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'samples'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Relecture folder (package.json and samples/).');
    dir = parent;
  }
  return dir;
}
