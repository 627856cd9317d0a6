import { readFile } from 'node:fs/promises';
import { projectCompanions } from './project-file-names.ts';

/**
 * The bytes of the XLIFF or TMX the project at `projectPath` was opened from, as kept beside it; null when it has
 * none (a review of a plain text, or a project made before the copy was kept).
 */
export async function readProjectOriginal(projectPath: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(projectCompanions(projectPath).original));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
