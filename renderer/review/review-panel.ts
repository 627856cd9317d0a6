// The review panel: actions by role, MQM annotation of the selected French, comments and the segment's history.
// Controls are built once (again only when the language or role changes) and updated in place, so a background save
// never swaps a button under the pointer or wipes a comment being typed.
import type { RelectureApi } from '../../src/api/methods.ts';
import type { SegmentDetails, SegmentUpdate } from '../../src/api/views.ts';
import { MQM_CATEGORIES, type MqmCategory, SEVERITIES, type Severity } from '../../src/model/flag.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { wordDiff } from '../editor/word-diff.ts';
import { onLanguageChange, t, uiLanguage } from '../i18n/ui-i18n.ts';
import type { DeskState } from '../state/desk-state.ts';
import { SEVERITY_SHAPES, STATUS_ICONS } from '../theme/palette.ts';

/** What the panel asks of the app. */
export interface ReviewPanelHooks {
  /** Runs a review action (saving typed text first), applies its result and reports errors. */
  readonly act: (action: () => Promise<SegmentUpdate>, thenNext?: boolean) => Promise<void>;
  /** The selected span of the French in the editor. */
  readonly selection: () => { start: number; end: number } | null;
  readonly askReason: () => Promise<string | null>;
}

type ActionName = 'confirm' | 'approve' | 'reject' | 'reopen' | 'undo' | 'redo';

/** The panel beside the editor. */
export class ReviewPanel {
  readonly element: HTMLElement;
  private readonly headings = {
    actions: el('h3', { class: 'pane-label' }),
    annotate: el('h3', { class: 'pane-label' }),
    comments: el('h3', { class: 'pane-label' }),
    history: el('h3', { class: 'pane-label' }),
  };
  private readonly statusLine = el('p', { class: 'role-line' });
  private readonly actions = el('div', { class: 'review-actions', role: 'group' });
  private readonly buttons = new Map<ActionName, HTMLButtonElement>();
  private readonly annotate = el('form', { class: 'annotate-form' });
  private readonly category = el('select', { name: 'category' });
  private readonly severity = el('select', { name: 'severity' });
  private readonly annotationComment = el('input', { name: 'comment', type: 'text' });
  private readonly annotateButton = el('button', { type: 'submit' });
  private readonly hint = el('p', { class: 'hint', 'aria-live': 'polite' });
  private readonly annotations = el('ul', { class: 'annotation-list' });
  private readonly commentList = el('ul', { class: 'comment-list' });
  private readonly commentInput = el('textarea', { rows: 2, class: 'comment-input' });
  private readonly commentButton = el('button', { type: 'button' });
  private readonly history = el('ol', { class: 'history' });
  private details: SegmentDetails | null = null;
  private detailsRequest = 0;
  private shownSegmentId: string | null = null;

  constructor(
    private readonly state: DeskState,
    private readonly api: RelectureApi,
    private readonly hooks: ReviewPanelHooks,
  ) {
    this.element = el(
      'aside',
      { class: 'review-region', id: 'review-panel' },
      this.headings.actions,
      this.statusLine,
      this.actions,
      this.headings.annotate,
      this.annotate,
      this.annotations,
      this.headings.comments,
      this.commentList,
      this.commentInput,
      this.commentButton,
      this.headings.history,
      this.history,
    );
    this.annotate.append(this.category, this.severity, this.annotationComment, this.annotateButton, this.hint);
    this.annotate.addEventListener('submit', (event) => {
      event.preventDefault();
      this.annotateSelection();
    });
    this.commentButton.addEventListener('click', () => this.postComment());
    // Ctrl+Enter sends, as in most comment boxes; a plain Enter stays a new line.
    this.commentInput.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      this.postComment();
    });
    state.on('active', () => this.update());
    state.on('settings', () => this.build());
    onLanguageChange(() => this.build());
    this.build();
  }

  private build(): void {
    this.element.setAttribute('aria-label', t('review.label'));
    this.headings.actions.textContent = t('review.actions');
    this.headings.annotate.textContent = t('review.annotate');
    this.headings.comments.textContent = t('review.comments');
    this.headings.history.textContent = t('review.history');
    this.actions.setAttribute('aria-label', t('review.actions'));
    const role = this.state.settings?.role ?? 'translator';
    const names: ActionName[] =
      role === 'translator' ? ['confirm', 'undo', 'redo'] : ['approve', 'reject', 'reopen', 'undo', 'redo'];
    const labels: Record<ActionName, string> = {
      confirm: t('review.confirm'),
      approve: t('review.approve'),
      reject: t('review.reject'),
      reopen: t('review.reopen'),
      undo: t('review.undo'),
      redo: t('review.redo'),
    };
    this.buttons.clear();
    for (const name of names) {
      const button = el(
        'button',
        {
          type: 'button',
          'data-action': name,
          class: name === 'confirm' || name === 'approve' ? 'primary' : undefined,
        },
        labels[name],
      );
      button.addEventListener('click', () => void this.run(name));
      this.buttons.set(name, button);
    }
    replaceChildren(this.actions, ...this.buttons.values());

    const category = this.category.value;
    replaceChildren(this.category, ...MQM_CATEGORIES.map((value) => el('option', { value }, t(`category.${value}`))));
    if (category) this.category.value = category;
    this.category.setAttribute('aria-label', t('review.category'));
    const severity = this.severity.value || 'major';
    replaceChildren(
      this.severity,
      ...SEVERITIES.map((value) => el('option', { value }, `${SEVERITY_SHAPES[value]} ${t(`severity.${value}`)}`)),
    );
    this.severity.value = severity;
    this.severity.setAttribute('aria-label', t('review.severity'));
    this.annotationComment.placeholder = t('review.annotationComment');
    this.annotationComment.setAttribute('aria-label', t('review.annotationComment'));
    this.annotateButton.textContent = t('review.annotateSelection');
    this.commentInput.placeholder = t('review.newComment');
    this.commentInput.setAttribute('aria-label', t('review.newComment'));
    this.commentButton.textContent = t('review.addComment');
    this.update();
  }

  /** Updates what depends on the active segment, leaving controls and typed text in place. */
  private update(): void {
    const segment = this.state.active;
    const role = this.state.settings?.role ?? 'translator';
    replaceChildren(
      this.statusLine,
      `${t(`role.${role}`)} · `,
      segment
        ? el(
            'span',
            { class: `status-${segment.status}` },
            `${STATUS_ICONS[segment.status]} ${t(`status.${segment.status}`)}`,
          )
        : '',
    );
    for (const [name, button] of this.buttons) {
      // Mirrors the workflow's rules so a refused action is not offered: reopen only undoes an approval.
      const approved = segment?.status === 'approved';
      button.disabled =
        segment === null ||
        (name === 'undo' && !segment.canUndo) ||
        (name === 'redo' && !segment.canRedo) ||
        (name === 'reopen' && !approved) ||
        ((name === 'approve' || name === 'confirm') && approved);
    }
    this.annotateButton.disabled = segment === null;
    this.commentButton.disabled = segment === null;
    this.renderAnnotations();
    if (segment?.id !== this.shownSegmentId) {
      this.shownSegmentId = segment?.id ?? null;
      this.commentInput.value = '';
      this.hint.textContent = '';
    }
    void this.loadDetails();
  }

  private async run(name: ActionName): Promise<void> {
    const segment = this.state.active;
    if (!segment) return;
    const segmentId = segment.id;
    switch (name) {
      case 'confirm':
        return this.hooks.act(() => this.api.confirmSegment({ segmentId }), true);
      case 'approve':
        return this.hooks.act(() => this.api.approveSegment({ segmentId }), true);
      case 'reject': {
        const reason = await this.hooks.askReason();
        if (reason !== null) await this.hooks.act(() => this.api.rejectSegment({ segmentId, reason }), true);
        return;
      }
      case 'reopen':
        return this.hooks.act(() => this.api.reopenSegment({ segmentId }));
      case 'undo':
        return this.hooks.act(() => this.api.undoSegment({ segmentId }));
      case 'redo':
        return this.hooks.act(() => this.api.redoSegment({ segmentId }));
    }
  }

  private annotateSelection(): void {
    const segment = this.state.active;
    if (!segment) return;
    const span = this.hooks.selection();
    if (!span) {
      this.hint.textContent = t('review.selectFirst');
      return;
    }
    this.hint.textContent = '';
    const comment = this.annotationComment.value;
    this.annotationComment.value = '';
    void this.hooks.act(() =>
      this.api.addAnnotation({
        segmentId: segment.id,
        start: span.start,
        end: span.end,
        category: this.category.value as MqmCategory,
        severity: this.severity.value as Severity,
        comment,
      }),
    );
  }

  private postComment(): void {
    const segment = this.state.active;
    const text = this.commentInput.value.trim();
    if (!segment || text === '') return;
    this.commentInput.value = '';
    void this.hooks.act(() => this.api.commentSegment({ segmentId: segment.id, text }));
  }

  private renderAnnotations(): void {
    const segment = this.state.active;
    replaceChildren(
      this.annotations,
      ...(segment?.annotations ?? []).map((annotation) =>
        el(
          'li',
          { class: `severity-${annotation.severity}` },
          el('span', { 'aria-hidden': 'true', class: 'shape' }, SEVERITY_SHAPES[annotation.severity]),
          ` ${t(`severity.${annotation.severity}`)} · ${t(`category.${annotation.category}`)} `,
          el('q', { lang: 'fr' }, segment!.target.slice(annotation.start, annotation.end)),
          annotation.comment ? ` — ${annotation.comment}` : '',
          ' ',
          el(
            'button',
            {
              type: 'button',
              class: 'small',
              onclick: () =>
                void this.hooks.act(() =>
                  this.api.removeAnnotation({ segmentId: segment!.id, annotationId: annotation.id }),
                ),
            },
            t('review.remove'),
          ),
        ),
      ),
    );
  }

  private async loadDetails(): Promise<void> {
    const segment = this.state.active;
    const request = ++this.detailsRequest;
    if (!segment) {
      this.details = null;
      this.renderDetails();
      return;
    }
    try {
      const details = await this.api.segmentDetails({ segmentId: segment.id });
      if (request === this.detailsRequest) {
        this.details = details;
        this.renderDetails();
      }
    } catch {
      if (request === this.detailsRequest) {
        this.details = null;
        this.renderDetails();
      }
    }
  }

  private renderDetails(): void {
    const segment = this.state.active;
    const details = this.details && segment && this.details.id === segment.id ? this.details : null;
    const date = (iso: string) => new Date(iso).toLocaleString(uiLanguage() === 'fr' ? 'fr-FR' : 'en-GB');
    replaceChildren(
      this.commentList,
      ...(details?.comments ?? []).map((comment) =>
        el(
          'li',
          {},
          el('span', { class: 'stamp' }, `${comment.author} · ${date(comment.at)}`),
          el('p', {}, comment.text),
        ),
      ),
    );
    const entries: HTMLElement[] = [];
    const versions = details?.versions ?? [];
    versions.forEach((version, position) => {
      const before = position === 0 ? version.text : versions[position - 1]!.text;
      const label = position === 0 ? t('review.original') : t('review.version', { number: position });
      entries.push(
        el(
          'li',
          {},
          el('span', { class: 'stamp' }, `${label} · ${version.author} · ${date(version.at)}`),
          el(
            'p',
            { class: 'diff-text', lang: 'fr' },
            ...wordDiff(before, version.text).map((part) =>
              part.kind === 'same' ? part.text : el(part.kind, {}, part.text),
            ),
          ),
        ),
      );
    });
    for (const change of details?.statusChanges ?? []) {
      entries.push(
        el(
          'li',
          {},
          el('span', { class: 'stamp' }, `${change.author} · ${date(change.at)}`),
          ` ${t(`status.${change.from}`)} → ${t(`status.${change.to}`)}`,
          change.reason ? ` — ${change.reason}` : '',
        ),
      );
    }
    replaceChildren(
      this.history,
      ...(entries.length > 0 ? entries : [el('li', { class: 'muted' }, t('review.noHistory'))]),
    );
  }
}
