// The segment grid: only the rows in view exist in the DOM (virtualized with @tanstack/virtual-core), so 100,000
// segments scroll like ten. Cells hold text nodes only.
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  type VirtualItem,
  Virtualizer,
} from '@tanstack/virtual-core';
import type { SegmentView } from '../../src/api/views.ts';
import { SEVERITIES, type Severity } from '../../src/model/flag.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { onLanguageChange, t } from '../i18n/ui-i18n.ts';
import type { DeskState } from '../state/desk-state.ts';
import { SEVERITY_SHAPES, STATUS_ICONS } from '../theme/palette.ts';
import { isCollapsed } from './segment-filter.ts';

const ROW_HEIGHT = 58;
const COLLAPSED_HEIGHT = 26;

/** Counts a segment's flags by severity. */
export function countBySeverity(segment: SegmentView): Record<Severity, number> {
  const counts: Record<Severity, number> = { minor: 0, major: 0, critical: 0 };
  for (const flag of segment.flags) counts[flag.severity]++;
  return counts;
}

/** Builds the severity badges of a row or the status bar: shape, count and word, coloured by class. */
export function severityBadges(counts: Readonly<Record<Severity, number>>, showZero = false): HTMLElement[] {
  const badges: HTMLElement[] = [];
  for (const severity of [...SEVERITIES].reverse()) {
    const count = counts[severity];
    if (count === 0 && !showZero) continue;
    badges.push(
      el(
        'span',
        { class: `badge severity-${severity}`, title: t(`severity.${severity}`) },
        el('span', { class: 'shape', 'aria-hidden': 'true' }, SEVERITY_SHAPES[severity]),
        ` ${t(`badge.${severity}`, { count })}`,
      ),
    );
  }
  return badges;
}

/** The grid view over a DeskState; `onOpen` is called when the user presses Enter on a row. */
export class SegmentGrid {
  readonly element: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly header: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly virtualizer: Virtualizer<HTMLElement, HTMLElement>;
  private readonly rendered = new Map<number, HTMLElement>();
  private readonly shownSegments = new WeakMap<HTMLElement, SegmentView>();
  private cleanup: () => void = () => {};
  private scrolledTo: number | null = null;

  constructor(
    private readonly state: DeskState,
    private readonly onOpen: () => void,
  ) {
    this.header = el('div', { class: 'grid-header', role: 'row', 'aria-rowindex': 1 });
    this.spacer = el('div', { class: 'grid-spacer', role: 'rowgroup' });
    this.empty = el('p', { class: 'grid-empty', hidden: true });
    this.scroller = el('div', { class: 'grid-scroller', tabindex: 0 }, this.header, this.spacer, this.empty);
    this.scroller.setAttribute('role', 'grid');
    this.element = el('section', { class: 'grid-region', id: 'segment-grid' }, this.scroller);
    this.scroller.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.scroller.addEventListener('click', (event) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
      if (row) this.state.activate(Number(row.dataset['index']));
    });
    this.scroller.addEventListener('dblclick', () => this.onOpen());
    this.virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
      count: 0,
      getScrollElement: () => this.scroller,
      estimateSize: (position) => this.sizeAt(position),
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      overscan: 6,
      paddingStart: 0,
      onChange: () => this.renderRows(),
    });
    state.on('project', () => this.reset());
    state.on('filter', () => this.reset());
    state.on('rows', () => this.refreshChangedRows());
    state.on('active', () => this.showActive());
    onLanguageChange(() => {
      this.renderHeader();
      this.refreshRows();
    });
    this.renderHeader();
  }

  /** Starts observing the scroll element; call once the grid is in the document. */
  mount(): void {
    // The sticky header sits above the rows inside the scroller: rows start below it and must not hide under it.
    const header = this.header.offsetHeight;
    this.virtualizer.setOptions({ ...this.virtualizer.options, scrollMargin: header, scrollPaddingStart: header });
    this.cleanup = this.virtualizer._didMount();
    this.virtualizer._willUpdate();
  }

  /** Stops observing. */
  unmount(): void {
    this.cleanup();
  }

  /** Moves keyboard focus into the grid. */
  focus(): void {
    this.scroller.focus();
  }

  private sizeAt(position: number): number {
    const segment = this.state.segments[this.state.order[position] ?? -1];
    return segment && isCollapsed(segment, this.state.filter) ? COLLAPSED_HEIGHT : ROW_HEIGHT;
  }

  private reset(): void {
    this.virtualizer.setOptions({ ...this.virtualizer.options, count: this.state.order.length });
    this.virtualizer.measure();
    this.scroller.setAttribute('aria-rowcount', String(this.state.order.length + 1));
    this.empty.hidden = this.state.order.length > 0 || this.state.project === null;
    this.empty.textContent = t('grid.empty');
    this.renderHeader();
    this.refreshRows();
    this.virtualizer._willUpdate();
    this.showActive(true);
  }

  private renderHeader(): void {
    const mode = this.state.project?.mode;
    const english = mode === 'retranslation' ? t('grid.retranslation') : t('grid.source');
    this.scroller.setAttribute('aria-label', t('grid.label'));
    this.element.setAttribute('aria-label', t('grid.label'));
    replaceChildren(
      this.header,
      el('span', { role: 'columnheader', class: 'col-number' }, '#'),
      el('span', { role: 'columnheader', class: 'col-english' }, english),
      el('span', { role: 'columnheader', class: 'col-french' }, t('grid.french')),
      el('span', { role: 'columnheader', class: 'col-status' }, t('grid.status')),
      el('span', { role: 'columnheader', class: 'col-flags' }, t('grid.flags')),
      el('span', { role: 'columnheader', class: 'col-comments' }, t('grid.comments')),
    );
  }

  // After a review action only the changed rows are rebuilt, in place, so a click in progress elsewhere is not lost.
  private refreshChangedRows(): void {
    if (this.state.filter.hideApproved) {
      this.virtualizer.measure();
      this.refreshRows();
      return;
    }
    for (const [position, row] of this.rendered) {
      const index = this.state.order[position];
      const segment = index === undefined ? undefined : this.state.segments[index];
      if (!segment || this.shownSegments.get(row) === segment) continue;
      const item = this.virtualizer.getVirtualItems().find((candidate) => candidate.index === position);
      if (!item) continue;
      const fresh = this.buildRow(item);
      fresh.style.transform = row.style.transform;
      row.replaceWith(fresh);
      this.rendered.set(position, fresh);
    }
  }

  private refreshRows(): void {
    for (const row of this.rendered.values()) row.remove();
    this.rendered.clear();
    this.renderRows();
  }

  private renderRows(): void {
    const items = this.virtualizer.getVirtualItems();
    this.spacer.style.height = `${this.virtualizer.getTotalSize()}px`;
    const keep = new Set<number>();
    let added = false;
    for (const item of items) {
      keep.add(item.index);
      let row = this.rendered.get(item.index);
      if (!row) {
        row = this.buildRow(item);
        this.rendered.set(item.index, row);
        added = true;
      }
      row.style.transform = `translateY(${item.start - this.virtualizer.options.scrollMargin}px)`;
    }
    for (const [position, row] of this.rendered) {
      if (!keep.has(position)) {
        row.remove();
        this.rendered.delete(position);
      }
    }
    // Screen readers and Tab follow the DOM, so rows stay in display order there too.
    if (added) this.spacer.append(...items.map((item) => this.rendered.get(item.index)!));
  }

  private buildRow(item: VirtualItem): HTMLElement {
    const index = this.state.order[item.index]!;
    const segment = this.state.segments[index]!;
    const active = index === this.state.activeIndex;
    const collapsed = isCollapsed(segment, this.state.filter);
    const status = el(
      'span',
      { role: 'gridcell', class: `col-status status-${segment.status}` },
      el('span', { 'aria-hidden': 'true', class: 'shape' }, STATUS_ICONS[segment.status]),
      ` ${t(`status.${segment.status}`)}`,
    );
    const row = el(
      'div',
      {
        role: 'row',
        class: `grid-row${active ? ' active' : ''}${collapsed ? ' collapsed' : ''}`,
        'aria-rowindex': item.index + 2,
        'aria-selected': active ? 'true' : 'false',
        'data-index': index,
        'data-segment-id': segment.id,
        id: `row-${index}`,
      },
      el('span', { role: 'gridcell', class: 'col-number' }, String(segment.index + 1)),
      el('span', { role: 'gridcell', class: 'col-english', lang: 'en' }, segment.english ?? '—'),
      el('span', { role: 'gridcell', class: 'col-french', lang: 'fr' }, segment.target),
      status,
      el('span', { role: 'gridcell', class: 'col-flags' }, ...severityBadges(countBySeverity(segment))),
      el(
        'span',
        {
          role: 'gridcell',
          class: 'col-comments',
          'aria-label': t('grid.commentCount', { count: segment.commentCount }),
        },
        segment.commentCount > 0 ? `❝ ${segment.commentCount}` : '',
      ),
    );
    row.style.height = `${item.size}px`;
    this.shownSegments.set(row, segment);
    return row;
  }

  private showActive(force = false): void {
    const index = this.state.activeIndex;
    // A background save re-announces the same segment; only a new one (or a new order) may move the view.
    const moved = force || index !== this.scrolledTo;
    this.scrolledTo = index;
    for (const [position, row] of this.rendered) {
      const active = this.state.order[position] === index;
      row.classList.toggle('active', active);
      row.setAttribute('aria-selected', active ? 'true' : 'false');
    }
    if (index === null) return;
    const position = this.state.order.indexOf(index);
    if (position >= 0 && moved) {
      this.virtualizer.scrollToIndex(position, { align: 'auto' });
      this.scroller.setAttribute('aria-activedescendant', `row-${index}`);
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const order = this.state.order;
    const current = this.state.activeIndex === null ? -1 : order.indexOf(this.state.activeIndex);
    let next: number | null = null;
    if (event.key === 'ArrowDown') next = Math.min(order.length - 1, current + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (event.key === 'PageDown') next = Math.min(order.length - 1, current + 10);
    else if (event.key === 'PageUp') next = Math.max(0, current - 10);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = order.length - 1;
    else if (event.key === 'Enter') {
      event.preventDefault();
      this.onOpen();
      return;
    }
    if (next === null || order[next] === undefined) return;
    event.preventDefault();
    this.state.activate(order[next]!);
  }
}
