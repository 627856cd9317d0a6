// The open review as the UI holds it: rows, order after filtering, the active segment, settings and save state.
// Only the API changes segments; this holds the latest rows it returned and tells views what changed.
import type {
  ProjectView,
  ReviewSummary,
  SaveState,
  SegmentUpdate,
  SegmentView,
  Settings,
} from '../../src/api/views.ts';
import { EMPTY_FILTER, type SegmentFilter, selectSegments } from '../grid/segment-filter.ts';

/** What changed, so each view redraws only its part. */
export type DeskEvent = 'project' | 'rows' | 'active' | 'summary' | 'save' | 'settings' | 'filter';

/** The desk's state and its change notifications. */
export class DeskState {
  project: ProjectView | null = null;
  segments: SegmentView[] = [];
  /** Segment indexes in display order, after the filter. */
  order: number[] = [];
  activeIndex: number | null = null;
  filter: SegmentFilter = EMPTY_FILTER;
  summary: ReviewSummary | null = null;
  save: SaveState = { state: 'saved' };
  /** What made the last save fail, kept whole so its message can be shown in the UI language. */
  saveFailure: unknown = null;
  settings: Settings | null = null;
  private readonly byId = new Map<string, number>();
  private readonly listeners = new Map<DeskEvent, Set<() => void>>();

  /** Calls `listener` on `event`; returns the unsubscribe function. */
  on(event: DeskEvent, listener: () => void): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Notifies the listeners of `event`. */
  emit(event: DeskEvent): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }

  /** Replaces the whole review (opened or imported). */
  setProject(project: ProjectView): void {
    this.project = project;
    this.segments = [...project.segments];
    this.byId.clear();
    for (let index = 0; index < this.segments.length; index++) this.byId.set(this.segments[index]!.id, index);
    this.summary = project.summary;
    this.save = project.save;
    this.activeIndex = this.segments.length > 0 ? 0 : null;
    this.refilter(false);
    this.emit('project');
    this.emit('active');
    this.emit('summary');
    this.emit('save');
  }

  /** The active segment's row, if any. */
  get active(): SegmentView | null {
    return this.activeIndex === null ? null : (this.segments[this.activeIndex] ?? null);
  }

  /** Position of a segment id in `segments`. */
  indexOf(segmentId: string): number | undefined {
    return this.byId.get(segmentId);
  }

  /** The number the grid shows for a segment id (its first column), or undefined for an unknown id. */
  segmentNumber(segmentId: string): number | undefined {
    const index = this.byId.get(segmentId);
    return index === undefined ? undefined : this.segments[index]!.index + 1;
  }

  /** Takes the row and summary a review action returned. */
  applyUpdate(update: SegmentUpdate): void {
    const index = this.byId.get(update.segment.id);
    if (index !== undefined) this.segments[index] = update.segment;
    this.summary = update.summary;
    this.emit('rows');
    this.emit('summary');
    if (index !== undefined && index === this.activeIndex) this.emit('active');
  }

  /** Makes segment `index` the active one. */
  activate(index: number): void {
    if (index === this.activeIndex || index < 0 || index >= this.segments.length) return;
    this.activeIndex = index;
    this.emit('active');
  }

  /** Sets the filter and recomputes the order. */
  setFilter(filter: SegmentFilter): void {
    this.filter = filter;
    this.refilter(true);
  }

  /** Recomputes the display order from the current rows (after a status change the filter may hide a row). */
  refilter(notify = true): void {
    this.order = selectSegments(this.segments, this.filter);
    if (!notify) return;
    // Keep the active segment in view: when the filter hides it, the first shown segment takes its place.
    const first = this.order[0];
    if (first !== undefined && (this.activeIndex === null || !this.order.includes(this.activeIndex))) {
      this.activeIndex = first;
      this.emit('filter');
      this.emit('active');
      return;
    }
    this.emit('filter');
  }

  /** Records the save state shown in the status bar, and for a failed save what made it fail. */
  setSave(save: SaveState, failure: unknown = null): void {
    this.save = save;
    this.saveFailure = save.state === 'error' ? failure : null;
    this.emit('save');
  }

  /** Records new settings. */
  setSettings(settings: Settings): void {
    this.settings = settings;
    this.emit('settings');
  }
}
