// Which segments the grid shows and in what order; pure so it runs on 100,000 rows in a unit test.
import { SEVERITIES, type Severity } from '../../src/model/flag.ts';
import type { SegmentStatus } from '../../src/model/segment.ts';
import { regexReason } from './regex-error.ts';

/** The part of a segment the filter reads. */
export interface FilterableSegment {
  readonly english: string | null;
  readonly target: string;
  readonly status: SegmentStatus;
  readonly flags: readonly { readonly severity: Severity; readonly check: string }[];
}

/** What the user asked to see. Empty strings mean "any". */
export interface SegmentFilter {
  readonly status: SegmentStatus | '';
  readonly severity: Severity | '';
  readonly check: string;
  readonly text: string;
  readonly regex: boolean;
  /** Search the English, the French, or both. */
  readonly language: 'both' | 'en' | 'fr';
  readonly riskFirst: boolean;
  readonly hideApproved: boolean;
}

/** The filter that shows everything in document order. */
export const EMPTY_FILTER: SegmentFilter = {
  status: '',
  severity: '',
  check: '',
  text: '',
  regex: false,
  language: 'both',
  riskFirst: false,
  hideApproved: false,
};

/** A compiled text query: a test function, or why the regular expression is invalid (the engine's reason alone). */
export type TextQuery =
  | { readonly ok: true; readonly test: (text: string) => boolean }
  | { readonly ok: false; readonly reason: string };

const REGEX_FLAGS = 'iu';

/** Compiles the free-text box: case-insensitive substring, or a regular expression (`u` and `i` flags) when `regex`. */
export function compileTextQuery(text: string, regex: boolean): TextQuery {
  if (text === '') return { ok: true, test: () => true };
  if (regex) {
    try {
      const pattern = new RegExp(text, REGEX_FLAGS);
      return { ok: true, test: (value) => pattern.test(value) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: regexReason(message, text, REGEX_FLAGS) };
    }
  }
  const needle = text.toLocaleLowerCase('fr');
  return { ok: true, test: (value) => value.toLocaleLowerCase('fr').includes(needle) };
}

/**
 * How risky a segment looks, for "risk first": its flags counted by severity, critical before major before minor,
 * so that two major flags outrank one major and any number of minor ones.
 */
function riskWeight(segment: FilterableSegment): number {
  const counts = [0, 0, 0];
  for (const flag of segment.flags) counts[SEVERITIES.indexOf(flag.severity)]!++;
  const [minor, major, critical] = counts.map((count) => Math.min(count, 9_999)) as [number, number, number];
  return critical * 1e8 + major * 1e4 + minor;
}

/**
 * Returns the indexes of `segments` that pass `filter`, in display order (document order, or, when `riskFirst`,
 * most critical flags first, then most major, then most minor, then document order). An invalid regular expression
 * hides nothing.
 */
export function selectSegments(segments: readonly FilterableSegment[], filter: SegmentFilter): number[] {
  const query = compileTextQuery(filter.text, filter.regex);
  const test = query.ok ? query.test : () => true;
  const minimum = filter.severity === '' ? 0 : SEVERITIES.indexOf(filter.severity) + 1;
  const shown: number[] = [];
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if (filter.status !== '' && segment.status !== filter.status) continue;
    if (minimum > 0 && !segment.flags.some((flag) => SEVERITIES.indexOf(flag.severity) + 1 === minimum)) continue;
    if (filter.check !== '' && !segment.flags.some((flag) => flag.check === filter.check)) continue;
    if (filter.text !== '') {
      const inEnglish = filter.language !== 'fr' && segment.english !== null && test(segment.english);
      const inFrench = filter.language !== 'en' && test(segment.target);
      if (!inEnglish && !inFrench) continue;
    }
    shown.push(index);
  }
  if (filter.riskFirst) {
    const weights = new Float64Array(segments.length);
    for (const index of shown) weights[index] = riskWeight(segments[index]!);
    shown.sort((a, b) => weights[b]! - weights[a]! || a - b);
  }
  return shown;
}

/** Whether a row is drawn collapsed to one line: approved segments while "hide approved" is on. */
export function isCollapsed(segment: FilterableSegment, filter: SegmentFilter): boolean {
  return filter.hideApproved && segment.status === 'approved';
}

/** The next (or previous, with `step` −1) position in `order` after `current` whose segment passes `accept`. */
export function stepThrough(
  order: readonly number[],
  current: number,
  step: 1 | -1,
  accept: (index: number) => boolean = () => true,
): number | null {
  const at = order.indexOf(current);
  for (let position = at + step; position >= 0 && position < order.length; position += step) {
    const index = order[position]!;
    if (accept(index)) return index;
  }
  return null;
}
