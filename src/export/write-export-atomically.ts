import { writeFileAtomically } from '../store/durable-file.ts';
import { refuseProtectedPath } from './protected-paths.ts';

/**
 * Writes an export to `path` atomically (temporary file, fsync, rename, fsync of the directory) after checking it
 * is none of `protectedPaths` (the project and the input files) nor their journal, lock or backups; throws
 * ProtectedPathError otherwise.
 */
export async function writeExportAtomically(
  path: string,
  bytes: Uint8Array,
  protectedPaths: readonly string[],
): Promise<void> {
  await refuseProtectedPath(path, protectedPaths);
  await writeFileAtomically(path, bytes);
}
