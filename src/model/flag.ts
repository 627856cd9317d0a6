/** Severity of a flag or annotation, as in MQM. */
export type Severity = 'minor' | 'major' | 'critical';

/** Severities from least to most serious, for comparisons such as `--fail-on`. */
export const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];

/** MQM-Core categories the product uses, as `dimension/type`. */
export type MqmCategory =
  | 'accuracy/mistranslation'
  | 'accuracy/omission'
  | 'accuracy/addition'
  | 'accuracy/untranslated'
  | 'terminology'
  | 'linguistic/grammar'
  | 'linguistic/punctuation'
  | 'linguistic/spelling'
  | 'locale/number'
  | 'locale/typography'
  | 'style/unidiomatic'
  | 'style/calque';

/** Every MQM category, in display order. */
export const MQM_CATEGORIES: readonly MqmCategory[] = [
  'accuracy/mistranslation',
  'accuracy/omission',
  'accuracy/addition',
  'accuracy/untranslated',
  'terminology',
  'linguistic/grammar',
  'linguistic/punctuation',
  'linguistic/spelling',
  'locale/number',
  'locale/typography',
  'style/unidiomatic',
  'style/calque',
];

/** A half-open range [start, end) of JavaScript string offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One edit a user can apply in one action: replace [start, end) of the French with `text`. */
export interface Suggestion extends Span {
  readonly text: string;
}

/** Values a message parameter may take; rendered by i18next. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A likely problem found by a check in one segment's French. */
export interface Flag extends Span {
  /** Stable within a segment text: check id, span and rule, so dismissals survive re-checking. */
  readonly id: string;
  /** Id of the check that raised it, e.g. `wrong-sense`. */
  readonly check: string;
  readonly category: MqmCategory;
  readonly severity: Severity;
  /** Matching span in the English (source or retranslation), when the check knows it. */
  readonly english?: Span;
  /** i18next key under `flags.`, rendered with `params` in the UI language. */
  readonly messageKey: string;
  readonly params: MessageParams;
  readonly suggestions: readonly Suggestion[];
  /** Where the knowledge comes from (a lexicon entry's source), when it comes from one. */
  readonly reference?: string;
}
