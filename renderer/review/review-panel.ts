// The review panel: actions by role, MQM annotation of the selected French, comments and the segment's history.
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

/** The panel beside the editor. */
export class ReviewPanel {
  readonly element: HTMLElement;
  private readonly actions = el('div', { class: 'review-actions', role: 'group' });
  private readonly annotate = el('form', { class: 'annotate-form' });
  private readonly annotations = el('ul', { class: 'annotation-list' });
  private readonly comments = el('div', { class: 'comments' });
  private readonly history = el('ol', { class: 'history' });
  private readonly headings = {
    actions: el('h3', { class: 'pane-label' }),
    annotate: el('h3', { class: 'pane-label' }),
    comments: el('h3', { class: 'pane-label' }),
    history: el('h3', { class: 'pane-label' }),
  };
  private details: SegmentDetails | null = null;
  private detailsRequest = 0;

  constructor(
    private readonly state: DeskState,
    private readonly api: RelectureApi,
    private readonly hooks: ReviewPanelHooks,
  ) {
    this.element = el(
      'aside',
      { class: 'review-region', id: 'review-panel' },
      this.headings.actions,
      this.actions,
      this.headings.annotate,
      this.annotate,
      this.annotations,
      this.headings.comments,
      this.comments,
      this.headings.history,
      this.history,
    );
    state.on('active', () => this.render(true));
    state.on('settings', () => this.render(false));
    onLanguageChange(() => this.render(false));
    this.render(false);
  }

  /** Redraws the panel; `reload` fetches the active segment's history and comments again. */
  render(reload: boolean): void {
    this.element.setAttribute('aria-label', t('review.label'));
    this.headings.actions.textContent = t('review.actions');
    this.headings.annotate.textContent = t('review.annotate');
    this.headings.comments.textContent = t('review.comments');
    this.headings.history.textContent = t('review.history');
    this.renderActions();
    this.renderAnnotateForm();
    this.renderAnnotations();
    if (reload) void this.loadDetails();
    else this.renderDetails();
  }

  private renderActions(): void {
    const segment = this.state.active;
    const role = this.state.settings?.role ?? 'translator';
    const disabled = segment === null;
    const button = (key: string, onclick: () => void, extra: Record<string, string> = {}) =>
      el('button', { type: 'button', disabled, onclick, ...extra }, t(key));
    const id = segment?.id ?? '';
    const buttons: HTMLElement[] = [
      el(
        'p',
        { class: 'role-line' },
        `${t(`role.${role}`)} · `,
        segment
          ? el(
              'span',
              { class: `status-${segment.status}` },
              `${STATUS_ICONS[segment.status]} ${t(`status.${segment.status}`)}`,
            )
          : '',
      ),
    ];
    if (role === 'translator') {
      buttons.push(
        button('review.confirm', () => void this.hooks.act(() => this.api.confirmSegment({ segmentId: id }), true), {
          'data-action': 'confirm',
          class: 'primary',
        }),
      );
    } else {
      buttons.push(
        button('review.approve', () => void this.hooks.act(() => this.api.approveSegment({ segmentId: id }), true), {
          'data-action': 'approve',
          class: 'primary',
        }),
        button('review.reject', () => void this.reject(id), { 'data-action': 'reject' }),
        button('review.reopen', () => void this.hooks.act(() => this.api.reopenSegment({ segmentId: id })), {
          'data-action': 'reopen',
        }),
      );
    }
    const undo = button('review.undo', () => void this.hooks.act(() => this.api.undoSegment({ segmentId: id })), {
      'data-action': 'undo',
    });
    const redo = button('review.redo', () => void this.hooks.act(() => this.api.redoSegment({ segmentId: id })), {
      'data-action': 'redo',
    });
    if (segment && !segment.canUndo) undo.setAttribute('disabled', '');
    if (segment && !segment.canRedo) redo.setAttribute('disabled', '');
    buttons.push(undo, redo);
    this.actions.setAttribute('aria-label', t('review.actions'));
    replaceChildren(this.actions, ...buttons);
  }

  private async reject(segmentId: string): Promise<void> {
    const reason = await this.hooks.askReason();
    if (reason === null) return;
    await this.hooks.act(() => this.api.rejectSegment({ segmentId, reason }), true);
  }

  private renderAnnotateForm(): void {
    const category = el('select', { name: 'category', 'aria-label': t('review.category') });
    for (const value of MQM_CATEGORIES) category.append(el('option', { value }, t(`category.${value}`)));
    const severity = el('select', { name: 'severity', 'aria-label': t('review.severity') });
    for (const value of SEVERITIES)
      severity.append(
        el('option', { value, selected: value === 'major' }, `${SEVERITY_SHAPES[value]} ${t(`severity.${value}`)}`),
      );
    const comment = el('input', {
      name: 'comment',
      type: 'text',
      'aria-label': t('review.annotationComment'),
      placeholder: t('review.annotationComment'),
    });
    const hint = el('p', { class: 'hint', 'aria-live': 'polite' });
    replaceChildren(
      this.annotate,
      category,
      severity,
      comment,
      el('button', { type: 'submit', disabled: this.state.active === null }, t('review.annotateSelection')),
      hint,
    );
    this.annotate.onsubmit = (event) => {
      event.preventDefault();
      const segment = this.state.active;
      const span = this.hooks.selection();
      if (!segment) return;
      if (!span) {
        hint.textContent = t('review.selectFirst');
        return;
      }
      hint.textContent = '';
      void this.hooks.act(() =>
        this.api.addAnnotation({
          segmentId: segment.id,
          start: span.start,
          end: span.end,
          category: category.value as MqmCategory,
          severity: severity.value as Severity,
          comment: comment.value,
        }),
      );
    };
  }

  private renderAnnotations(): void {
    const segment = this.state.active;
    const list = segment?.annotations ?? [];
    replaceChildren(
      this.annotations,
      ...list.map((annotation) =>
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
      this.details = null;
      this.renderDetails();
    }
  }

  private renderDetails(): void {
    const segment = this.state.active;
    const details = this.details && segment && this.details.id === segment.id ? this.details : null;
    const input = el('textarea', {
      rows: 2,
      'aria-label': t('review.newComment'),
      placeholder: t('review.newComment'),
    });
    const post = el(
      'button',
      {
        type: 'button',
        disabled: segment === null,
        onclick: () => {
          const text = input.value.trim();
          if (!segment || text === '') return;
          void this.hooks.act(() => this.api.commentSegment({ segmentId: segment.id, text }));
        },
      },
      t('review.addComment'),
    );
    const date = (iso: string) => new Date(iso).toLocaleString(uiLanguage() === 'fr' ? 'fr-FR' : 'en-GB');
    replaceChildren(
      this.comments,
      el(
        'ul',
        { class: 'comment-list' },
        ...(details?.comments ?? []).map((comment) =>
          el(
            'li',
            {},
            el('span', { class: 'stamp' }, `${comment.author} · ${date(comment.at)}`),
            el('p', {}, comment.text),
          ),
        ),
      ),
      input,
      post,
    );
    const entries: HTMLElement[] = [];
    const versions = details?.versions ?? [];
    versions.forEach((version, position) => {
      const before = position === 0 ? version.text : versions[position - 1]!.text;
      entries.push(
        el(
          'li',
          {},
          el(
            'span',
            { class: 'stamp' },
            `${position === 0 ? t('review.original') : t('review.version', { number: position })} · ${version.author} · ${date(version.at)}`,
          ),
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
