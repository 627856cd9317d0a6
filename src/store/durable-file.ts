import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Flushes a directory's entries (new names, renames) to disk; a no-op where directories cannot be opened. */
export async function fsyncDirectory(directory: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open a directory for syncing; its renames are durable through the journal of NTFS.
    if ((error as NodeJS.ErrnoException).code !== 'EISDIR' && (error as NodeJS.ErrnoException).code !== 'EPERM') {
      throw error;
    }
  } finally {
    await handle?.close();
  }
}

/**
 * Writes `bytes` to `path` atomically: a temporary file in the same directory, fsync, rename over `path`, fsync of
 * the directory. A crash leaves either the old file or the new one, never a mix.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(dirname(path));
}
