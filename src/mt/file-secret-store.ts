import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SecretStore } from './secret-store.ts';

/**
 * Secrets in one JSON file (`{ name: value }`) readable by its owner only (mode 0600). Every change writes a new
 * file beside it and renames it over the old one, so a crash leaves either the old secrets or the new, never half.
 * Used by the CLI and the browser host; the Electron shell uses safeStorage instead.
 */
export class FileSecretStore implements SecretStore {
  readonly path: string;
  private pending: Promise<void> = Promise.resolve();

  /** A store over the file at `path` (created, with its folder, on the first `set`). */
  constructor(path: string) {
    this.path = path;
  }

  /** The secret stored under `name`, or undefined (also when the file is missing or unreadable as JSON). */
  async get(name: string): Promise<string | undefined> {
    await this.pending;
    const secrets = await this.readAll();
    const value = secrets[name];
    return typeof value === 'string' ? value : undefined;
  }

  /** Stores `value` under `name` (undefined deletes it) and resolves once the file is durably replaced. */
  set(name: string, value: string | undefined): Promise<void> {
    const change = this.pending.then(async () => {
      const secrets = await this.readAll();
      if (value === undefined) delete secrets[name];
      else secrets[name] = value;
      await this.writeAll(secrets);
    });
    this.pending = change.catch(() => undefined);
    return change;
  }

  private async readAll(): Promise<Record<string, unknown>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? { ...(parsed as Record<string, unknown>) }
        : {};
    } catch {
      // An unreadable file holds nothing we can use; the next set replaces it. Its content is never echoed.
      return {};
    }
  }

  private async writeAll(secrets: Record<string, unknown>): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const temporary = `${this.path}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(secrets, null, 2)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      // The umask can only narrow 0600, but an explicit chmod documents the intent and covers odd filesystems.
      await chmod(temporary, 0o600);
      await rename(temporary, this.path);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }
}
