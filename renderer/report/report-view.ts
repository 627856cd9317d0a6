// The report: charts of statuses, flags by category and severity, the MQM score, and the export buttons.
import type { RelectureApi } from '../../src/api/methods.ts';
import type { ExportFormat, ReviewSummary } from '../../src/api/views.ts';
import { MQM_CATEGORIES, SEVERITIES } from '../../src/model/flag.ts';
import { SEGMENT_STATUSES } from '../../src/model/segment.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { formatNumber, t, uiLanguage } from '../i18n/ui-i18n.ts';
import { formatScore } from '../status/status-bar.ts';
import type { StatusMessage } from '../status/status-message.ts';
import { PALETTE, SEVERITY_COLORS, SEVERITY_SHAPES, STATUS_COLORS, STATUS_ICONS } from '../theme/palette.ts';
import { barChart } from './svg-chart.ts';

/** Export formats, in the order of the buttons. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['txt', 'xliff2', 'xliff12', 'tmx', 'csv', 'html', 'docx'];

/** Builds the report's content for `summary`; `onExport` runs when an export button is pressed. */
export function renderReport(summary: ReviewSummary, onExport: (format: ExportFormat) => void): HTMLElement {
  const unapproved = summary.total - summary.byStatus.approved;
  const statusChart = barChart(
    t('report.statuses'),
    SEGMENT_STATUSES.map((status) => ({
      label: `${STATUS_ICONS[status]} ${t(`status.${status}`)}`,
      value: summary.byStatus[status],
      color: STATUS_COLORS[status],
    })),
  );
  const severityChart = barChart(
    t('report.severities'),
    [...SEVERITIES].reverse().map((severity) => ({
      label: `${SEVERITY_SHAPES[severity]} ${t(`severity.${severity}`)}`,
      value: summary.flagsBySeverity[severity],
      color: SEVERITY_COLORS[severity],
    })),
  );
  const categoryChart = barChart(
    t('report.categories'),
    MQM_CATEGORIES.filter((category) => (summary.flagsByCategory[category] ?? 0) > 0).map((category) => ({
      label: t(`category.${category}`),
      value: summary.flagsByCategory[category] ?? 0,
      color: PALETTE.accent,
    })),
  );
  const verdict =
    summary.passed === null ? t('bar.notScored') : summary.passed ? `✔ ${t('bar.pass')}` : `✖ ${t('bar.fail')}`;
  const figures = el(
    'dl',
    { class: 'report-figures' },
    el('dt', {}, t('bar.score')),
    // Without a score the verdict says so alone ("not scored yet"), not after a dash standing for the score.
    el(
      'dd',
      { class: 'report-score' },
      summary.score === null ? verdict : `${formatScore(summary.score, uiLanguage())} — ${verdict}`,
    ),
    el('dt', {}, t('report.threshold')),
    el('dd', {}, formatNumber(summary.passThreshold)),
    el('dt', {}, t('report.penalty')),
    el('dd', {}, formatNumber(summary.penaltyPoints)),
    el('dt', {}, t('report.words')),
    el('dd', {}, t('report.wordsValue', { count: summary.reviewedWords, total: summary.words })),
    el('dt', {}, t('report.dismissed')),
    el('dd', {}, formatNumber(summary.dismissedFlags)),
  );
  // Export sits beside the figures, above the charts, so its buttons are in view without scrolling.
  const exporting = el(
    'section',
    { class: 'report-export', 'aria-label': t('report.export') },
    el('h3', {}, t('report.export')),
    unapproved > 0
      ? el('p', { class: 'warning', role: 'note' }, `▲ ${t('report.unapproved', { count: unapproved })}`)
      : null,
    el(
      'div',
      { class: 'export-buttons', role: 'group', 'aria-label': t('report.export') },
      ...EXPORT_FORMATS.map((format) =>
        el('button', { type: 'button', 'data-format': format, onclick: () => onExport(format) }, t(`export.${format}`)),
      ),
    ),
    el('p', { class: 'export-result', role: 'status', 'aria-live': 'polite' }),
  );
  return el(
    'div',
    { class: 'report' },
    el('div', { class: 'report-top' }, figures, exporting),
    el(
      'div',
      { class: 'report-charts' },
      el('figure', {}, el('figcaption', {}, t('report.statuses')), statusChart),
      el('figure', {}, el('figcaption', {}, t('report.severities')), severityChart),
      el('figure', {}, el('figcaption', {}, t('report.categories')), categoryChart),
    ),
  );
}

/** A finished export: the name of the file and how many segments (TMX: translation pairs) it holds. */
export interface ExportDone {
  readonly name: string;
  readonly written: number;
}

/**
 * What to tell the user after an export of `format`: that it is done or, when the file holds nothing, that it is
 * empty (for a TMX, why: only approved segments with an English source go into a translation memory).
 */
export function exportOutcome(format: ExportFormat, done: ExportDone): StatusMessage {
  const { name } = done;
  if (done.written !== 0) return { text: () => t('report.exported', { name }), kind: 'info', operation: 'export' };
  const key = format === 'tmx' ? 'report.emptyTmx' : 'report.exportedEmpty';
  return { text: () => t(key, { name }), kind: 'warning', operation: 'export' };
}

/** Shows an export's outcome under the export buttons of the report in `container`. */
export function showExportOutcome(container: HTMLElement, outcome: StatusMessage): void {
  const place = container.querySelector<HTMLElement>('.export-result');
  if (!place) return;
  place.textContent = `${outcome.kind === 'warning' ? '▲ ' : ''}${outcome.text()}`;
  place.className = `export-result ${outcome.kind}`;
}

/** Exports in the way the shell allows: a save dialog and a write in Electron, a download in the browser. */
export async function exportReview(
  api: RelectureApi,
  format: ExportFormat,
  shell: 'electron' | 'browser',
  projectName: string,
): Promise<ExportDone | null> {
  if (shell === 'electron') {
    const extension = { txt: 'txt', xliff2: 'xlf', xliff12: 'xlf', tmx: 'tmx', csv: 'csv', html: 'html', docx: 'docx' }[
      format
    ];
    const path = await api.showSaveDialog({ defaultName: `${projectName}.${extension}` });
    if (path === null) return null;
    const result = await api.writeExport({ format, path });
    return { name: result.path ?? path, written: result.written };
  }
  const result = await api.downloadExport({ format });
  const bytes = Uint8Array.from(atob(result.contentBase64 ?? ''), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: result.mimeType }));
  const link = el('a', { href: url, download: result.fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { name: result.fileName, written: result.written };
}

/** Replaces `container`'s children with the report, or a message when no review is open. */
export function showReport(
  container: HTMLElement,
  summary: ReviewSummary | null,
  onExport: (format: ExportFormat) => void,
): void {
  replaceChildren(container, summary ? renderReport(summary, onExport) : el('p', {}, t('report.none')));
}
