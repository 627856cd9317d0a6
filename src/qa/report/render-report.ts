import type { Severity } from '../../model/flag.ts';
import type { QaReport } from './qa-report.ts';

/** Labels of the text and HTML reports, in the report language. */
export interface ReportLabels {
  readonly title: string;
  /** The totals line, from counts: each noun and adjective agrees with its number. */
  readonly summary: (counts: SummaryCounts) => string;
  /** A severity as the report names it. */
  readonly severity: Readonly<Record<Severity, string>>;
  readonly fix: string;
  readonly noFlags: string;
}

/** The counts the totals line states. */
export interface SummaryCounts {
  readonly segments: number;
  readonly flags: number;
  readonly flagged: number;
  readonly critical: number;
  readonly major: number;
  readonly minor: number;
}

/** `count` followed by the singular or plural form, as the language's plural rules choose. */
function counted(lang: 'en' | 'fr', count: number, one: string, other: string): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? one : other;
  return `${new Intl.NumberFormat(lang).format(count)} ${form}`;
}

/** Report labels in English and French. */
export const REPORT_LABELS: Readonly<Record<'en' | 'fr', ReportLabels>> = {
  en: {
    title: 'Relecture QA report',
    summary: (c) =>
      `${counted('en', c.segments, 'segment', 'segments')}, ${counted('en', c.flags, 'flag', 'flags')} ` +
      `(${c.critical} critical, ${c.major} major, ${c.minor} minor) in ${counted('en', c.flagged, 'segment', 'segments')}`,
    severity: { critical: 'critical', major: 'major', minor: 'minor' },
    fix: 'fix',
    noFlags: 'No flags.',
  },
  fr: {
    title: 'Rapport de contrôle qualité Relecture',
    summary: (c) =>
      `${counted('fr', c.segments, 'segment', 'segments')}, ${counted('fr', c.flags, 'signalement', 'signalements')} ` +
      `(${counted('fr', c.critical, 'critique', 'critiques')}, ${counted('fr', c.major, 'majeur', 'majeurs')}, ` +
      `${counted('fr', c.minor, 'mineur', 'mineurs')}) dans ${counted('fr', c.flagged, 'segment', 'segments')}`,
    severity: { critical: 'critique', major: 'majeur', minor: 'mineur' },
    fix: 'correction',
    noFlags: 'Aucun signalement.',
  },
};

function summaryLine(report: QaReport, labels: ReportLabels): string {
  const { summary } = report;
  return labels.summary({
    segments: summary.segments,
    flags: summary.flags,
    flagged: summary.flaggedSegments,
    ...summary.bySeverity,
  });
}

// Invisible spaces matter in typography flags: show them.
function visible(text: string): string {
  return text.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '·');
}

/** The report as plain text: one line per flag (segment, severity, check, flagged text, message, fixes), then totals. */
export function renderTextReport(report: QaReport, labels: ReportLabels): string {
  const lines: string[] = [];
  for (const segment of report.segments) {
    for (const flag of segment.flags) {
      const flagged = visible(segment.target.slice(flag.start, flag.end));
      const shown = flagged.length > 60 ? `${flagged.slice(0, 57)}…` : flagged;
      const fixes = flag.suggestions.map((suggestion) => `“${visible(suggestion.text)}”`).join(' | ');
      lines.push(
        `${segment.id}:${flag.start}-${flag.end}  ${labels.severity[flag.severity]}  ${flag.check}  “${shown}”  ${flag.message}` +
          (fixes ? `  [${labels.fix}: ${fixes}]` : ''),
      );
    }
  }
  if (lines.length === 0) lines.push(labels.noFlags);
  lines.push(summaryLine(report, labels));
  return `${lines.join('\n')}\n`;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** The report as one self-contained HTML page (no scripts), flagged spans marked in each segment. */
export function renderHtmlReport(report: QaReport, labels: ReportLabels, language: 'en' | 'fr'): string {
  const rows = report.segments
    .filter((segment) => segment.flags.length > 0)
    .map((segment) => {
      const marks = [...segment.flags].sort((a, b) => a.start - b.start);
      let cursor = 0;
      let marked = '';
      for (const flag of marks) {
        if (flag.start < cursor) continue;
        marked += escapeHtml(segment.target.slice(cursor, flag.start));
        marked += `<mark class="${flag.severity}">${escapeHtml(segment.target.slice(flag.start, flag.end))}</mark>`;
        cursor = flag.end;
      }
      marked += escapeHtml(segment.target.slice(cursor));
      const english = segment.source ?? segment.retranslation;
      const items = segment.flags
        .map((flag) => {
          const fixes = flag.suggestions
            .map((suggestion) => `<code>${escapeHtml(visible(suggestion.text))}</code>`)
            .join(' ');
          return `<li class="${flag.severity}"><b>${labels.severity[flag.severity]}</b> ${escapeHtml(flag.check)}: ${escapeHtml(flag.message)}${
            fixes ? ` — ${labels.fix}: ${fixes}` : ''
          }</li>`;
        })
        .join('');
      return `<section><h2>${escapeHtml(segment.id)}</h2>${english ? `<p lang="en">${escapeHtml(english)}</p>` : ''}<p lang="fr">${marked}</p><ul>${items}</ul></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(labels.title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}section{border-top:1px solid #ccc;padding:.5rem 0}
mark.critical,mark.major{background:#f6c6c6}mark.minor{background:#fbeab0}p[lang=en]{color:#555}li.major b,li.critical b{color:#a00}</style>
</head><body><h1>${escapeHtml(labels.title)}</h1><p>${escapeHtml(summaryLine(report, labels))}</p>
${rows || `<p>${escapeHtml(labels.noFlags)}</p>`}
</body></html>
`;
}
