import type { TFunction } from 'i18next';
import type { Settings } from '../api/views.ts';
import { type Flag, MQM_CATEGORIES } from '../model/flag.ts';
import type { ReviewDocument, ReviewSegment } from '../model/review.ts';
import { SEGMENT_STATUSES } from '../model/segment.ts';
import { scoreReview } from '../review/mqm-score.ts';
import { summariseReview } from '../review/summarise-review.ts';
import { diffWords, renderWordDiff } from '../review/word-diff.ts';
import { escapeHtml as e } from './html-escape.ts';
import { type LocaleFormats, languageOf, localeFormats } from './review-i18n.ts';
import { svgBarChart } from './svg-bar-chart.ts';

const STATUS_COLOURS = {
  new: '#9e9e9e',
  draft: '#f0b429',
  translated: '#3d7dd8',
  approved: '#2e8540',
  rejected: '#c62828',
};

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1d}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}
table.summary td,table.summary th{padding:.2rem .8rem;text-align:left}
.pass{color:#2e8540;font-weight:bold}.fail{color:#c62828;font-weight:bold}
section.segment{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
section.segment h3{font-size:1rem;margin:.2rem 0}.status{font-size:.85rem;color:#555}
del{background:#fde2e1;color:#8a1c1c}ins{background:#dcf5e1;color:#125c24;text-decoration:none}
.english{color:#444}.warning{background:#fff4ce;padding:.5rem 1rem;border-radius:4px}
ul{margin:.2rem 0}`;

/** Whether a segment belongs in the report's detail: its French changed, or it has errors, comments or a status. */
function worthShowing(segment: ReviewSegment): boolean {
  return (
    segment.target !== segment.mt ||
    segment.annotations.length > 0 ||
    segment.comments.length > 0 ||
    segment.status === 'rejected'
  );
}

/** A time as the report's language writes it, in a `<time>` element that keeps the ISO value for machines. */
function timeHtml(iso: string, formats: LocaleFormats): string {
  return `<time datetime="${e(iso)}">${e(formats.dateTime(iso))}</time>`;
}

// Stands for a time inside a translated sentence until the sentence is escaped; a private-use character.
const TIME_SLOT = '\uE000';

function segmentSection(segment: ReviewSegment, t: TFunction, formats: LocaleFormats): string {
  const parts = [
    `<section class="segment"><h3>${e(t('report.segment', { index: segment.index + 1 }))} `,
    `<span class="status">${e(t(`status.${segment.status}`))}</span></h3>`,
  ];
  // The English is labelled as the UI labels it: the source, or a retranslation of the French.
  if (segment.source !== null) {
    parts.push(`<p class="english"><b>${e(t('report.english'))}</b> ${e(segment.source)}</p>`);
  }
  if (segment.retranslation !== null) {
    parts.push(`<p class="english"><b>${e(t('report.retranslation'))}</b> ${e(segment.retranslation)}</p>`);
  }
  parts.push(`<p><b>${e(t('report.diff'))}</b> ${renderWordDiff(diffWords(segment.mt, segment.target), e)}</p>`);
  const rejection =
    segment.status === 'rejected' ? segment.statusChanges.findLast((c) => c.to === 'rejected') : undefined;
  if (rejection !== undefined) {
    parts.push(
      `<p>${e(t('report.rejectedBecause', { author: rejection.author, reason: rejection.reason ?? '' }))}</p>`,
    );
  }
  if (segment.annotations.length > 0) {
    const items = segment.annotations.map(
      (a) =>
        `<li><b>${e(t(`severity.${a.severity}`))}</b> · ${e(t(`category.${a.category}`))} · ` +
        `«&#160;${e(segment.target.slice(a.start, a.end))}&#160;»${a.comment ? ` — ${e(a.comment)}` : ''} ` +
        `<span class="status">(${e(a.author)})</span></li>`,
    );
    parts.push(`<p><b>${e(t('report.annotations'))}</b></p><ul>${items.join('')}</ul>`);
  }
  if (segment.comments.length > 0) {
    const items = segment.comments.map((c) => `<li>${e(c.author)} (${timeHtml(c.at, formats)}): ${e(c.text)}</li>`);
    parts.push(`<p><b>${e(t('report.comments'))}</b></p><ul>${items.join('')}</ul>`);
  }
  parts.push('</section>');
  return parts.join('');
}

/**
 * Writes the self-contained HTML review report (inline CSS, inline SVG charts, no script, every text escaped):
 * summary, MQM score and pass/fail, charts of statuses and open flags by category, then every changed or annotated
 * segment with its MT → final word diff, errors and comments. `flags[i]` are segment i's flags. Numbers, dates and
 * times are written in the language of `t`; times keep their ISO value in `<time datetime>`.
 */
export function writeHtmlReport(
  review: ReviewDocument,
  flags: readonly (readonly Flag[])[],
  settings: Settings,
  now: string,
  t: TFunction,
): string {
  const lang = languageOf(t);
  const formats = localeFormats(lang);
  const number = formats.number;
  const summary = summariseReview(review, flags, settings);
  const score = scoreReview(review, settings);
  const unapproved = summary.total - summary.byStatus.approved;
  const statusBars = SEGMENT_STATUSES.map((status) => ({
    label: t(`status.${status}`),
    value: summary.byStatus[status],
    color: STATUS_COLOURS[status],
  }));
  const flagBars = MQM_CATEGORIES.filter((category) => (summary.flagsByCategory[category] ?? 0) > 0).map(
    (category) => ({
      label: t(`category.${category}`),
      value: summary.flagsByCategory[category] ?? 0,
      color: '#6a4fb3',
    }),
  );
  const verdict =
    score.score === null
      ? `<p>${e(t('report.notScored'))}</p>`
      : `<p>${e(t('report.scoreIs'))} <b>${e(number(score.score, 1))}</b> — ` +
        `<span class="${score.passed ? 'pass' : 'fail'}">${e(t(score.passed ? 'report.passed' : 'report.failed'))}</span> ` +
        `(${e(t('report.threshold'))} ${e(number(settings.passThreshold))})</p>`;
  const rows: [string, string][] = [
    [t('report.segments'), number(summary.total)],
    [t('report.words'), number(summary.words)],
    [t('report.reviewedWords'), number(summary.reviewedWords)],
    [t('report.penaltyPoints'), number(summary.penaltyPoints)],
    [
      t('report.penaltiesPerThousand'),
      score.penaltiesPerThousandWords === null ? '—' : number(score.penaltiesPerThousandWords, 1),
    ],
    [t('report.dismissedFlags'), number(summary.dismissedFlags)],
  ];
  const shown = review.segments.filter(worthShowing);
  const generated = e(t('report.generated', { date: TIME_SLOT, file: review.origin.file })).replace(
    TIME_SLOT,
    timeHtml(now, formats),
  );
  return [
    `<!DOCTYPE html>\n<html lang="${e(lang)}"><head><meta charset="utf-8">`,
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    `<title>${e(t('report.title', { name: review.name }))}</title><style>${STYLE}</style></head><body>`,
    `<h1>${e(t('report.title', { name: review.name }))}</h1>`,
    `<p>${generated}</p>`,
    unapproved > 0 ? `<p class="warning">${e(t('report.unapproved', { count: unapproved }))}</p>` : '',
    `<h2>${e(t('report.summary'))}</h2>`,
    verdict,
    `<p>${e(t('report.penaltyScale', settings.penalties))}</p>`,
    `<table class="summary">${rows.map(([label, value]) => `<tr><th>${e(label)}</th><td>${e(value)}</td></tr>`).join('')}</table>`,
    `<h2>${e(t('report.statusChart'))}</h2>`,
    svgBarChart(t('report.statusChart'), statusBars, number),
    `<h2>${e(t('report.flagChart'))}</h2>`,
    flagBars.length > 0 ? svgBarChart(t('report.flagChart'), flagBars, number) : `<p>${e(t('report.noFlags'))}</p>`,
    `<h2>${e(t('report.changes'))}</h2>`,
    shown.length > 0
      ? shown.map((segment) => segmentSection(segment, t, formats)).join('\n')
      : `<p>${e(t('report.noChanges'))}</p>`,
    '</body></html>\n',
  ].join('\n');
}
