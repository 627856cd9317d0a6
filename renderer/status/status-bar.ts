// The status bar: progress as a bar, MQM score and pass/fail, flag counts by severity, and the save state, announced
// to screen readers through a polite live region.
import { asApiError } from '../api/browser-api.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { severityBadges } from '../grid/segment-grid.ts';
import { errorMessage, onLanguageChange, t, uiLanguage } from '../i18n/ui-i18n.ts';
import type { DeskState } from '../state/desk-state.ts';
import { afterSuccess, type Operation, type StatusMessage } from './status-message.ts';

/** Formats an MQM score for display (one decimal), or a dash before anything was reviewed. */
export function formatScore(score: number | null, language: string): string {
  if (score === null) return '—';
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(score);
}

/** The bar at the bottom of the window. */
export class StatusBar {
  readonly element: HTMLElement;
  private readonly progress = el('div', { class: 'progress', id: 'status-progress' });
  private readonly score = el('div', { class: 'score', id: 'status-score' });
  private readonly flags = el('div', { class: 'flag-counts', id: 'status-flags' });
  private readonly save = el('div', { class: 'save-state', id: 'status-save', role: 'status', 'aria-live': 'polite' });
  private current: StatusMessage | null = null;
  private readonly message = el('div', {
    class: 'message',
    id: 'status-message',
    role: 'status',
    'aria-live': 'polite',
  });

  constructor(private readonly state: DeskState) {
    this.element = el(
      'footer',
      { class: 'status-bar' },
      this.progress,
      this.score,
      this.flags,
      this.message,
      this.save,
    );
    state.on('summary', () => this.renderSummary());
    state.on('save', () => this.renderSave());
    onLanguageChange(() => {
      this.renderSummary();
      this.renderSave();
      this.renderMessage();
    });
    this.renderSummary();
    this.renderSave();
  }

  /** Shows `message` (an error, a warning, "export done"…) in the live region, in place of the one before. */
  show(message: StatusMessage): void {
    this.current = message;
    this.renderMessage();
  }

  /** Says that `operation` succeeded: a message left by an earlier failure of the same kind goes away. */
  succeeded(operation: Operation): void {
    const next = afterSuccess(this.current, operation);
    if (next === this.current) return;
    this.current = next;
    this.renderMessage();
  }

  private renderMessage(): void {
    const text = this.current?.text() ?? '';
    this.message.textContent = text;
    this.message.className = `message ${this.current?.kind ?? 'info'}`;
    // A long message is cut with "…" to keep the bar on one line: the tooltip holds it whole.
    if (text === '') this.message.removeAttribute('title');
    else this.message.title = text;
  }

  private renderSummary(): void {
    this.element.setAttribute('aria-label', t('bar.label'));
    const summary = this.state.summary;
    if (!summary) {
      replaceChildren(this.progress);
      replaceChildren(this.score);
      replaceChildren(this.flags);
      return;
    }
    const approved = summary.byStatus.approved;
    const percent = summary.total === 0 ? 0 : Math.round((approved / summary.total) * 100);
    const meter = el('div', {
      class: 'meter',
      role: 'progressbar',
      'aria-valuemin': 0,
      'aria-valuemax': summary.total,
      'aria-valuenow': approved,
      'aria-label': t('bar.progress'),
    });
    const fill = el('div', { class: 'meter-fill' });
    fill.style.width = `${percent}%`;
    meter.append(fill);
    replaceChildren(this.progress, meter, ` ${t('bar.approvedOf', { count: approved, total: summary.total })}`);
    const verdict =
      summary.passed === null
        ? el('span', { class: 'verdict muted' }, t('bar.notScored'))
        : summary.passed
          ? el('span', { class: 'verdict pass' }, `✔ ${t('bar.pass')}`)
          : el('span', { class: 'verdict fail' }, `✖ ${t('bar.fail')}`);
    replaceChildren(this.score, `${t('bar.score')} ${formatScore(summary.score, uiLanguage())} `, verdict);
    replaceChildren(this.flags, ...severityBadges(summary.flagsBySeverity, true));
  }

  private renderSave(): void {
    const save = this.state.save;
    this.save.className = `save-state ${save.state}`;
    this.save.textContent =
      save.state === 'saved'
        ? `✔ ${t('bar.saved')}`
        : save.state === 'saving'
          ? `… ${t('bar.saving')}`
          : `✖ ${t('bar.saveError', { error: this.saveError() })}`;
  }

  // The failure itself when there is one, so a refusal is worded in the UI language with the grid's row number.
  private saveError(): string {
    const failure = this.state.saveFailure;
    if (failure === null || failure === undefined) return this.state.save.error ?? '';
    return errorMessage(asApiError(failure), (segmentId) => this.state.segmentNumber(segmentId));
  }
}
