import { constants, fdatasyncSync, writeSync } from 'node:fs';
import { access, type FileHandle, link, open, readFile, rename, truncate, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FileFormatError } from '../model/errors.ts';
import type { ReviewAction, ReviewDocument, ReviewSegment, StampedAction } from '../model/review.ts';
import { applySegmentAction } from '../review/apply-action.ts';
import { ReviewRuleError } from '../review/review-rule-error.ts';
import { fsyncDirectory, writeFileAtomically } from './durable-file.ts';
import { journalLine, parseJournal } from './journal.ts';
import { projectCompanions } from './project-file-names.ts';
import { readProjectFile } from './project-file-read.ts';
import { writeProjectFile } from './project-file-write.ts';
import { acquireProjectLock, releaseProjectLock } from './project-lock.ts';

/** An action to journal; the store gives it the next sequence number, whatever `seq` it carries. */
export type ActionToAppend = ReviewAction & {
  readonly actor: StampedAction['actor'];
  readonly at: string;
  readonly seq?: number;
};

/** What opening a project gives: the store, the review as last saved, and what the user should be told. */
export interface OpenedProject {
  readonly store: ProjectStore;
  readonly review: ReviewDocument;
  readonly warnings: string[];
}

type ReviewHeader = Omit<ReviewDocument, 'segments'>;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The durable home of one review: the project file (an XLIFF 2.1 snapshot), the journal of actions since it, the
 * lock and five backups. Every append is fsync'd before it resolves; opening replays the journal over the snapshot.
 * The store owns its segments array and replaces one entry per action, so a save costs the same in a project of
 * 100 segments or 100,000; reviews it returns share that array, so copy `segments` to keep an older state.
 */
export class ProjectStore {
  readonly path: string;
  private readonly header: ReviewHeader;
  private readonly segments: ReviewSegment[];
  private readonly positions: Map<string, number>;
  private journal: FileHandle;
  private seq: number;
  private snapshotSeq: number;
  private snapshotTime: number;
  private queue: Promise<unknown> = Promise.resolve();
  private snapshotChain: Promise<unknown> = Promise.resolve();
  private closed = false;
  private failure: Error | undefined;

  private constructor(path: string, review: ReviewDocument, journal: FileHandle, seq: number, snapshotSeq: number) {
    this.path = path;
    const { segments, ...header } = review;
    this.header = header;
    this.segments = segments.slice();
    this.positions = new Map(this.segments.map((segment, index) => [segment.id, index]));
    this.journal = journal;
    this.seq = seq;
    this.snapshotSeq = snapshotSeq;
    this.snapshotTime = Date.now();
  }

  /**
   * Creates a new project file at `path` holding `review`; refuses to overwrite an existing project. `original`, the
   * bytes of the XLIFF or TMX the review comes from, is kept beside it (before the project file, so that a project
   * never lacks it) for exports written back onto that file.
   */
  static async create(path: string, review: ReviewDocument, original?: Uint8Array): Promise<ProjectStore> {
    const companions = projectCompanions(path);
    if (await exists(path)) throw new Error(`${path} already exists: a new project never overwrites a file`);
    await acquireProjectLock(path, companions.lock);
    try {
      if (await exists(path)) throw new Error(`${path} already exists: a new project never overwrites a file`);
      if (original !== undefined) await writeFileAtomically(companions.original, original);
      await writeFileAtomically(path, writeProjectFile(review, 0));
      const journal = await open(companions.journal, 'w');
      await journal.close();
      await fsyncDirectory(dirname(path));
      return new ProjectStore(path, review, await open(companions.journal, 'a'), 0, 0);
    } catch (error) {
      await releaseProjectLock(companions.lock);
      throw error;
    }
  }

  /**
   * Opens the project at `path`: takes the lock, reads the snapshot (falling back to the newest good backup if it
   * is damaged), replays the journal's actions newer than the snapshot, and cuts off a torn last journal line.
   */
  static async open(path: string): Promise<OpenedProject> {
    const companions = projectCompanions(path);
    await acquireProjectLock(path, companions.lock);
    try {
      return await ProjectStore.load(path);
    } catch (error) {
      await releaseProjectLock(companions.lock);
      throw error;
    }
  }

  /**
   * Reads a project as it stands (snapshot plus journal) without locking it or changing any file, for exports and
   * other readers while the app may hold the project open.
   */
  static async read(path: string): Promise<{ review: ReviewDocument; lastSeq: number; warnings: string[] }> {
    const { snapshot, journal, warnings } = await ProjectStore.readState(path, false);
    const segments = snapshot.review.segments.slice();
    const positions = new Map(segments.map((segment, index) => [segment.id, index]));
    let lastSeq = snapshot.lastSeq;
    for (const action of journal.actions) {
      if (action.seq <= snapshot.lastSeq) continue;
      const position = positions.get(action.segmentId);
      const segment = position === undefined ? undefined : segments[position];
      if (position === undefined || segment === undefined) {
        throw new FileFormatError({ file: projectCompanions(path).journal }, `action ${action.seq} names no segment`);
      }
      segments[position] = applySegmentAction(segment, action);
      lastSeq = action.seq;
    }
    return { review: { ...snapshot.review, segments }, lastSeq, warnings };
  }

  private static async readState(path: string, repair: boolean) {
    const companions = projectCompanions(path);
    const warnings: string[] = [];
    let snapshot: ReturnType<typeof readProjectFile> | undefined;
    let firstError: unknown;
    for (const candidate of [path, ...companions.backups]) {
      try {
        snapshot = readProjectFile(await readFile(candidate, 'utf8'), candidate);
        if (candidate !== path) {
          warnings.push(
            `The project file could not be read (${errorText(firstError)}); it was restored from the backup ${candidate}.`,
          );
        }
        break;
      } catch (error) {
        if (candidate === path) firstError = error;
      }
    }
    if (snapshot === undefined) throw firstError;

    let bytes: Uint8Array = new Uint8Array();
    try {
      bytes = await readFile(companions.journal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const journal = parseJournal(bytes, companions.journal);
    if (journal.tornLine !== undefined) {
      warnings.push(
        `The last line (${journal.tornLine}) of the journal ${companions.journal} was cut short by a crash and was skipped; it had not been reported as saved.`,
      );
      // Cut the torn bytes off so the next append starts on a line of its own.
      if (repair) await truncate(companions.journal, journal.goodLength);
    }
    return { snapshot, journal, warnings };
  }

  private static async load(path: string): Promise<OpenedProject> {
    const companions = projectCompanions(path);
    const { snapshot, journal, warnings } = await ProjectStore.readState(path, true);
    const store = new ProjectStore(
      path,
      snapshot.review,
      await open(companions.journal, 'a'),
      snapshot.lastSeq,
      snapshot.lastSeq,
    );
    try {
      ProjectStore.replay(store, journal.actions, snapshot.lastSeq, companions.journal, warnings);
    } catch (error) {
      await store.journal.close();
      throw error;
    }
    return { store, review: store.review, warnings };
  }

  private static replay(
    store: ProjectStore,
    actions: readonly StampedAction[],
    snapshotSeq: number,
    journalPath: string,
    warnings: string[],
  ): void {
    const newer = actions.filter((action) => action.seq > snapshotSeq);
    const first = newer[0];
    if (first !== undefined && first.seq !== snapshotSeq + 1) {
      warnings.push(`Changes ${snapshotSeq + 1} to ${first.seq - 1} were lost with the damaged project file.`);
    }
    for (const action of newer) {
      try {
        store.applyInMemory(action);
      } catch (error) {
        throw new FileFormatError(
          { file: journalPath, line: actions.indexOf(action) + 1 },
          `journaled action ${action.seq} (${action.type} on ${action.segmentId}) cannot be replayed: ${errorText(error)}`,
          'journal replay',
        );
      }
      store.seq = action.seq;
    }
  }

  /** The review as it stands; its segments array is the store's own and changes with later appends. */
  get review(): ReviewDocument {
    return { ...this.header, segments: this.segments };
  }

  /** Sequence number of the last durable action. */
  get lastSeq(): number {
    return this.seq;
  }

  /** Actions journaled since the last snapshot, for the background snapshot policy. */
  get actionsSinceSnapshot(): number {
    return this.seq - this.snapshotSeq;
  }

  /** Milliseconds since the last snapshot (or since opening). */
  get msSinceSnapshot(): number {
    return Date.now() - this.snapshotTime;
  }

  /**
   * Applies `action` and makes it durable: one JSON line appended to the journal and fdatasync'd before this
   * resolves with the new review. A refused action throws ReviewRuleError and is not journaled.
   */
  append(action: ActionToAppend): Promise<ReviewDocument> {
    return this.enqueue(async () => {
      const stamped = { ...action, seq: this.seq + 1 } as StampedAction;
      const position = this.positions.get(stamped.segmentId);
      const segment = position === undefined ? undefined : this.segments[position];
      if (position === undefined || segment === undefined) {
        throw new ReviewRuleError('unknownSegment', { segment: stamped.segmentId });
      }
      const next = applySegmentAction(segment, stamped);
      this.writeDurably(journalLine(stamped));
      this.segments[position] = next;
      this.seq = stamped.seq;
      return this.review;
    });
  }

  /**
   * Writes the review to the project file atomically (temporary file, fsync, rename, fsync of the directory), keeps
   * the previous five snapshots as `.bak1`–`.bak5`, then empties the journal. The snapshot records the last sequence
   * number it holds, so a crash before the journal is emptied never replays an action twice.
   */
  snapshot(): Promise<void> {
    // One snapshot at a time; the file work runs beside the queue, so saves go on while a large project is written.
    const run = this.snapshotChain.then(() => this.writeSnapshot());
    this.snapshotChain = run.catch(() => undefined);
    return run;
  }

  /** Writes a last snapshot, closes the journal and releases the lock. */
  async close(): Promise<void> {
    await this.snapshotChain;
    return this.enqueue(async () => {
      if (this.seq !== this.snapshotSeq) {
        const seq = this.seq;
        await this.persistSnapshot(writeProjectFile(this.review, seq));
        await this.compactJournal(seq);
      }
      await this.journal.close();
      this.closed = true;
      await releaseProjectLock(projectCompanions(this.path).lock);
    });
  }

  /**
   * Closes the journal and releases the lock without writing a snapshot: every change is already in the journal,
   * and the next open replays it. For a quick exit, and for readers that changed nothing.
   */
  async release(): Promise<void> {
    await this.snapshotChain;
    return this.enqueue(async () => {
      await this.journal.close();
      this.closed = true;
      await releaseProjectLock(projectCompanions(this.path).lock);
    });
  }

  private applyInMemory(action: StampedAction): void {
    const position = this.positions.get(action.segmentId);
    const segment = position === undefined ? undefined : this.segments[position];
    if (position === undefined || segment === undefined) {
      throw new ReviewRuleError('unknownSegment', { segment: action.segmentId });
    }
    this.segments[position] = applySegmentAction(segment, action);
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      if (this.closed) throw new Error(`${this.path} is closed`);
      if (this.failure !== undefined) throw new Error(`${this.path} can no longer be saved: ${this.failure.message}`);
      return job();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  // One write and one fdatasync on the open descriptor, synchronously: no thread-pool hop or promise between them,
  // so a save costs the disk's own time. The line is on disk before this returns.
  private writeDurably(line: string): void {
    try {
      const bytes = Buffer.from(line, 'utf8');
      const fd = this.journal.fd;
      let written = 0;
      while (written < bytes.length) {
        written += writeSync(fd, bytes, written, bytes.length - written);
      }
      fdatasyncSync(fd);
    } catch (error) {
      // The journal may now end with part of a line: refuse further saves rather than build on it.
      this.failure = error as Error;
      throw error;
    }
  }

  private async writeSnapshot(): Promise<void> {
    // The review is captured at a point between two appends; `seq` is the last action it holds.
    const { xml, seq } = await this.enqueue(async () => ({
      xml: writeProjectFile(this.review, this.seq),
      seq: this.seq,
    }));
    await this.persistSnapshot(xml);
    await this.enqueue(() => this.compactJournal(seq));
  }

  private async persistSnapshot(xml: string): Promise<void> {
    const { backups } = projectCompanions(this.path);
    const temporary = `${this.path}.${process.pid}.snapshot.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(xml);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Rotate: .bak4 → .bak5 … .bak1 → .bak2, then the current file becomes .bak1 by a second name (a hard link), so
    // there is never a moment without a project file.
    for (let i = backups.length - 1; i > 0; i--) {
      await rename(backups[i - 1]!, backups[i]!).catch(ignoreMissing);
    }
    if (await exists(this.path)) {
      await unlink(backups[0]!).catch(ignoreMissing);
      await link(this.path, backups[0]!).catch(async () => {
        await writeFileAtomically(backups[0]!, await readFile(this.path));
      });
    }
    await rename(temporary, this.path);
    await fsyncDirectory(dirname(this.path));
  }

  /**
   * Drops from the journal the actions the snapshot holds (sequence ≤ `seq`). Runs in the queue. Usually nothing
   * came after the snapshot and the journal is emptied; otherwise the newer lines are rewritten atomically to a
   * fresh journal. A crash before this only leaves lines the next open skips by their sequence number.
   */
  private async compactJournal(seq: number): Promise<void> {
    const { journal } = projectCompanions(this.path);
    if (this.seq === seq) {
      await this.journal.truncate(0);
      await this.journal.datasync();
    } else {
      const kept = parseJournal(await readFile(journal), journal).actions.filter((action) => action.seq > seq);
      await writeFileAtomically(journal, kept.map(journalLine).join(''));
      await this.journal.close();
      this.journal = await open(journal, 'a');
    }
    this.snapshotSeq = seq;
    this.snapshotTime = Date.now();
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
