import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { projectCompanions } from '../store/project-file-names.ts';

/** An export aimed at a file it must never replace: the project, its journal, lock or backups, or an input. */
export class ProtectedPathError extends Error {
  /** Message key in the `review` i18n namespace. */
  readonly key = 'exportProtectedPath';
  readonly params: { readonly path: string; readonly protected: string };

  constructor(path: string, protectedPath: string) {
    super(`refusing to write the export to ${path}: it would replace ${protectedPath}, which the review needs`);
    this.name = 'ProtectedPathError';
    this.params = { path, protected: protectedPath };
  }
}

// The canonical path of a file that may not exist yet: its directory's real path (symlinks resolved) and its name.
async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    try {
      return join(await realpath(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

async function identity(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Throws ProtectedPathError when `path` is, by name, symlink or hard link, one of `protectedPaths` or a companion
 * of one (journal, lock, backups, original copy).
 */
export async function refuseProtectedPath(path: string, protectedPaths: readonly string[]): Promise<void> {
  const target = await canonical(path);
  const targetIdentity = await identity(target);
  for (const guarded of protectedPaths) {
    const { journal, lock, backups, original } = projectCompanions(guarded);
    for (const candidate of [guarded, journal, lock, ...backups, original]) {
      const resolved = await canonical(candidate);
      const same =
        resolved === target ||
        (process.platform !== 'linux' && resolved.toLowerCase() === target.toLowerCase()) ||
        (targetIdentity !== undefined && targetIdentity === (await identity(resolved)));
      if (same) throw new ProtectedPathError(path, candidate);
    }
  }
}
