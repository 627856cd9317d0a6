import type { ProjectView, ReviewSummary, SaveState, SegmentDetails, SegmentUpdate, Settings } from '../api/views.ts';
import type { Flag } from '../model/flag.ts';
import type { Actor, ReviewAction, ReviewDocument, ReviewSegment, StampedAction } from '../model/review.ts';
import type { EnglishRole } from '../model/segment.ts';
import type { CheckContext, CheckSegment } from '../qa/check.ts';
import { buildQaContext, checkSegment } from '../qa/run-checks.ts';
import { findSegmentIndex } from '../review/segment-index.ts';
import { summariseReview } from '../review/summarise-review.ts';
import { ProjectStore } from '../store/project-store.ts';
import { checkAllSegments } from './check-all-segments.ts';
import { toProjectView, toSegmentView } from './segment-views.ts';

/** How often unsaved-in-snapshot work is folded into a fresh snapshot (the journal already holds it durably). */
const BACKGROUND_SNAPSHOT_MS = 60_000;

/**
 * What the English beside the French is: the mode's, or a retranslation once the French-only review got one from an
 * MT service (so the UI labels that column "Retranslation").
 */
export function englishRoleOf(review: ReviewDocument): EnglishRole | null {
  if (review.mode === 'retranslation') return 'retranslation';
  if (review.mode === 'source') return 'source';
  return review.segments.some((segment) => segment.retranslation !== null) ? 'retranslation' : null;
}

function toCheckSegment(segment: ReviewSegment, target = segment.target): CheckSegment {
  return { index: segment.index, id: segment.id, target, source: segment.source, retranslation: segment.retranslation };
}

/**
 * One open review: the durable store, the review state, and each segment's flags. Every action goes through the
 * store's journal (flushed to disk) before the caller hears it was saved; actions are applied one at a time in order.
 */
export class ProjectSession {
  private flags: Flag[][];
  private context: CheckContext;
  private saveState: SaveState = { state: 'saved' };
  private queue: Promise<unknown> = Promise.resolve();
  private seq: number;
  private dirtySinceSnapshot = false;
  private readonly timer: ReturnType<typeof setInterval>;

  private constructor(
    private readonly store: ProjectStore,
    private current: ReviewDocument,
    readonly projectPath: string,
    readonly warnings: readonly string[],
    context: CheckContext,
    flags: Flag[][],
    lastSeq: number,
  ) {
    this.seq = lastSeq;
    this.context = context;
    this.flags = flags;
    this.timer = setInterval(() => void this.backgroundSnapshot(), BACKGROUND_SNAPSHOT_MS);
    this.timer.unref?.();
  }

  /** Opens an existing project file (replaying its journal). */
  static async open(projectPath: string, settings: Settings): Promise<ProjectSession> {
    const { store, review, warnings } = await ProjectStore.open(projectPath);
    return ProjectSession.checked(store, review, projectPath, warnings, settings);
  }

  /**
   * Creates a new project file for a review made from freshly read inputs; `original`, the XLIFF or TMX it was read
   * from, is kept with it for exports written back onto that file.
   */
  static async create(
    projectPath: string,
    review: ReviewDocument,
    settings: Settings,
    warnings: readonly string[] = [],
    original?: Uint8Array,
  ): Promise<ProjectSession> {
    const store = await ProjectStore.create(projectPath, review, original);
    return ProjectSession.checked(store, review, projectPath, warnings, settings);
  }

  /** A session on an open store once every segment is checked; the store is released if the checks fail. */
  private static async checked(
    store: ProjectStore,
    review: ReviewDocument,
    projectPath: string,
    warnings: readonly string[],
    settings: Settings,
  ): Promise<ProjectSession> {
    try {
      const segments = review.segments.map((segment) => toCheckSegment(segment));
      const context = buildQaContext(segments, { mode: review.mode, typography: settings.typography });
      const flags = await checkAllSegments(segments, context);
      return new ProjectSession(store, review, projectPath, warnings, context, flags, store.lastSeq);
    } catch (error) {
      await store.close();
      throw error;
    }
  }

  /** The review as it stands. */
  get review(): ReviewDocument {
    return this.current;
  }

  /** Every segment's flags, in order. */
  get allFlags(): readonly (readonly Flag[])[] {
    return this.flags;
  }

  /** The project as the UI shows it. */
  view(settings: Settings): ProjectView {
    return toProjectView({
      review: this.current,
      flags: this.flags,
      englishRole: englishRoleOf(this.current),
      projectPath: this.projectPath,
      summary: summariseReview(this.current, this.flags, settings),
      warnings: this.warnings,
      save: this.saveState,
    });
  }

  /** Applies one action durably and returns the segment's new row; throws ReviewRuleError when refused. */
  apply(action: ReviewAction, actor: Actor, settings: Settings): Promise<SegmentUpdate> {
    const run = async (): Promise<SegmentUpdate> => {
      const stamped = { ...action, actor, at: new Date().toISOString(), seq: this.seq + 1 } as StampedAction;
      this.saveState = { state: 'saving' };
      try {
        this.current = await this.store.append(stamped);
      } catch (error) {
        this.saveState =
          this.saveState.state === 'saving' ? { state: 'saved', savedAt: this.saveState.savedAt } : this.saveState;
        if (isRuleError(error)) throw error;
        this.saveState = { state: 'error', error: error instanceof Error ? error.message : String(error) };
        throw error;
      }
      this.seq = stamped.seq;
      this.dirtySinceSnapshot = true;
      this.saveState = { state: 'saved', savedAt: stamped.at };
      const index = this.indexOf(action.segmentId);
      const segment = this.current.segments[index]!;
      if (
        action.type !== 'comment' &&
        action.type !== 'dismissFlag' &&
        action.type !== 'annotate' &&
        action.type !== 'removeAnnotation'
      ) {
        this.flags[index] = checkSegment(toCheckSegment(segment), this.context);
      }
      return this.update(index, settings);
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** The row and summary of the segment at `index`. */
  update(index: number, settings: Settings): SegmentUpdate {
    const segment = this.current.segments[index]!;
    return {
      segment: toSegmentView(segment, this.flags[index] ?? [], englishRoleOf(this.current)),
      summary: this.summary(settings),
    };
  }

  /** Where the review stands, without building every row of the view. */
  summary(settings: Settings): ReviewSummary {
    return summariseReview(this.current, this.flags, settings);
  }

  /** Flags for a text being typed in a segment, without saving it. */
  checkText(segmentId: string, text: string): Flag[] {
    const segment = this.current.segments[this.indexOf(segmentId)]!;
    const flags = checkSegment(toCheckSegment(segment, text), this.context);
    const dismissed = new Set(segment.dismissed.map((entry) => entry.flagId));
    return flags.filter((flag) => !dismissed.has(flag.id));
  }

  /** One flag of a segment by id (for "record as MQM error" and "dismiss"). */
  flag(segmentId: string, flagId: string): Flag {
    const found = this.flags[this.indexOf(segmentId)]?.find((flag) => flag.id === flagId);
    if (!found) throw new Error(`No flag ${flagId} on segment ${segmentId}; it may have been fixed already.`);
    return found;
  }

  /** Versions, status changes and comments of one segment. */
  details(segmentId: string): SegmentDetails {
    const segment = this.current.segments[this.indexOf(segmentId)]!;
    return {
      id: segment.id,
      versions: segment.versions,
      statusChanges: segment.statusChanges,
      comments: segment.comments,
    };
  }

  /** The current save state, for the status bar. */
  get save(): SaveState {
    return this.saveState;
  }

  /** Writes a snapshot now (explicit save). */
  async snapshot(): Promise<SaveState> {
    await this.queue;
    await this.store.snapshot();
    this.dirtySinceSnapshot = false;
    return this.saveState;
  }

  /** Snapshots and releases the project (close, quit). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.queue;
    await this.store.close();
  }

  private async backgroundSnapshot(): Promise<void> {
    if (!this.dirtySinceSnapshot) return;
    try {
      await this.snapshot();
    } catch {
      // The journal still holds every change; the next snapshot will try again.
    }
  }

  private indexOf(segmentId: string): number {
    const index = findSegmentIndex(this.current.segments, segmentId);
    if (index < 0) throw new Error(`No segment ${segmentId} in this project.`);
    return index;
  }
}

function isRuleError(error: unknown): boolean {
  return error instanceof Error && error.name === 'ReviewRuleError';
}
