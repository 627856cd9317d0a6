import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where the app keeps its own files (settings, recent projects, projects, MT cache, secrets). */
export interface UserDataPaths {
  readonly root: string;
  readonly settings: string;
  readonly recent: string;
  readonly projects: string;
  readonly mtCache: string;
  readonly mtSettings: string;
  readonly secrets: string;
}

/** The file layout under a user-data folder. */
export function userDataPaths(root: string): UserDataPaths {
  return {
    root,
    settings: join(root, 'settings.json'),
    recent: join(root, 'recent.json'),
    projects: join(root, 'projects'),
    mtCache: join(root, 'mt-cache.jsonl'),
    mtSettings: join(root, 'mt-settings.json'),
    secrets: join(root, 'secrets.json'),
  };
}

/** Reads a JSON file, or returns `fallback` when it is missing or unreadable (settings must never block start). */
export async function readJsonFile<T>(path: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return fallback;
  }
}

/** Writes JSON atomically (temporary file then rename), so a crash leaves the old file or the new one. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
}
