import { readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';

/** Who holds a project's lock, as written in the lock file. */
export interface LockHolder {
  readonly pid: number;
  readonly hostname: string;
  readonly since: string;
}

/** A second process tried to open a project another live process holds. */
export class ProjectLockedError extends Error {
  readonly holder: LockHolder;
  readonly lockPath: string;

  constructor(projectPath: string, lockPath: string, holder: LockHolder) {
    super(
      `${projectPath} is open in another Relecture process (pid ${holder.pid} on ${holder.hostname} since ${holder.since}); ` +
        `close it there first, or delete ${lockPath} if that process is gone.`,
    );
    this.name = 'ProjectLockedError';
    this.holder = holder;
    this.lockPath = lockPath;
  }
}

/** Whether process `pid` on this host is alive (a zombie not yet reaped counts as alive). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(lockPath: string): Promise<LockHolder | undefined> {
  try {
    const parsed = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.hostname !== 'string') return undefined;
    return { pid: parsed.pid, hostname: parsed.hostname, since: String(parsed.since ?? '?') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // An unreadable or half-written lock file: its writer died while creating it.
    return { pid: -1, hostname: hostname(), since: '?' };
  }
}

/**
 * Takes the lock file `lockPath` for this process (pid, hostname, time), created exclusively. A lock held by a live
 * process, or by any process on another host, is refused with ProjectLockedError naming the holder; a lock whose
 * process on this host is dead is stale and taken over.
 */
export async function acquireProjectLock(projectPath: string, lockPath: string): Promise<LockHolder> {
  const mine: LockHolder = { pid: process.pid, hostname: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lockPath, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
      return mine;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(lockPath);
    if (holder === undefined) continue;
    const stale = holder.hostname === mine.hostname && (holder.pid <= 0 || !isProcessAlive(holder.pid));
    if (!stale) throw new ProjectLockedError(projectPath, lockPath, holder);
    await unlink(lockPath).catch(() => undefined);
  }
  const holder = (await readHolder(lockPath)) ?? { pid: -1, hostname: '?', since: '?' };
  throw new ProjectLockedError(projectPath, lockPath, holder);
}

/** Releases the lock if this process still holds it. */
export async function releaseProjectLock(lockPath: string): Promise<void> {
  const holder = await readHolder(lockPath);
  if (holder?.pid === process.pid && holder.hostname === hostname()) await unlink(lockPath).catch(() => undefined);
}
