import type { TFunction } from 'i18next';
import { type Flag, type MqmCategory, SEVERITIES, type Severity, type Suggestion } from '../../model/flag.ts';
import type { ReviewMode } from '../../model/segment.ts';
import type { CheckSegment } from '../check.ts';
import { renderFlagMessage } from '../render-flag-message.ts';

/** One flag as `relecture qa --format json` prints it; start/end are JavaScript offsets into the target. */
export interface QaReportFlag {
  readonly id: string;
  readonly check: string;
  readonly category: MqmCategory;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly suggestions: readonly Suggestion[];
  readonly english?: { readonly start: number; readonly end: number };
  readonly reference?: string;
}

/** One segment of the report, with its flags (possibly none). */
export interface QaReportSegment {
  readonly id: string;
  readonly source?: string;
  readonly retranslation?: string;
  readonly target: string;
  readonly flags: readonly QaReportFlag[];
}

/** Totals of a QA run. */
export interface QaSummary {
  readonly mode: ReviewMode;
  readonly segments: number;
  readonly flaggedSegments: number;
  readonly words: number;
  readonly flags: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byCheck: Readonly<Record<string, number>>;
  readonly byCategory: Readonly<Partial<Record<MqmCategory, number>>>;
}

/** The whole report: the contract other tools parse (version 1). */
export interface QaReport {
  readonly version: 1;
  readonly segments: readonly QaReportSegment[];
  readonly summary: QaSummary;
}

/** Builds the report from the checked segments and their flags, messages rendered with `t` (en or fr). */
export function buildQaReport(
  segments: readonly CheckSegment[],
  flags: readonly (readonly Flag[])[],
  mode: ReviewMode,
  t: TFunction,
): QaReport {
  const bySeverity: Record<Severity, number> = { minor: 0, major: 0, critical: 0 };
  const byCheck: Record<string, number> = {};
  const byCategory: Partial<Record<MqmCategory, number>> = {};
  let words = 0;
  let flagged = 0;
  let total = 0;
  const reportSegments = segments.map((segment, index): QaReportSegment => {
    const list = flags[index] ?? [];
    words += segment.target.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    if (list.length > 0) flagged++;
    total += list.length;
    for (const flag of list) {
      bySeverity[flag.severity]++;
      byCheck[flag.check] = (byCheck[flag.check] ?? 0) + 1;
      byCategory[flag.category] = (byCategory[flag.category] ?? 0) + 1;
    }
    return {
      id: segment.id,
      ...(segment.source !== null ? { source: segment.source } : {}),
      ...(segment.retranslation !== null ? { retranslation: segment.retranslation } : {}),
      target: segment.target,
      flags: list.map((flag) => ({
        id: flag.id,
        check: flag.check,
        category: flag.category,
        severity: flag.severity,
        start: flag.start,
        end: flag.end,
        message: renderFlagMessage(flag, t),
        suggestions: flag.suggestions.map(({ start, end, text }) => ({ start, end, text })),
        ...(flag.english ? { english: { start: flag.english.start, end: flag.english.end } } : {}),
        ...(flag.reference ? { reference: flag.reference } : {}),
      })),
    };
  });
  return {
    version: 1,
    segments: reportSegments,
    summary: {
      mode,
      segments: segments.length,
      flaggedSegments: flagged,
      words,
      flags: total,
      bySeverity,
      byCheck,
      byCategory,
    },
  };
}

/** True when the report holds a flag at `severity` or above (for `--fail-on`). */
export function hasFlagAtLeast(report: QaReport, severity: Severity): boolean {
  const threshold = SEVERITIES.indexOf(severity);
  return SEVERITIES.some((level, rank) => rank >= threshold && report.summary.bySeverity[level] > 0);
}
