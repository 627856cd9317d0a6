import type { Flag, MessageParams, MqmCategory, Severity, Span, Suggestion } from '../model/flag.ts';
import type { Check } from './check.ts';
import { flagId } from './flag-id.ts';

/** What a check states about one problem; `flagFor` fills in the rest from the check's defaults. */
export interface FlagDraft extends Span {
  readonly rule: string;
  readonly messageKey: string;
  readonly params?: MessageParams;
  readonly suggestions?: readonly Suggestion[];
  readonly severity?: Severity;
  readonly category?: MqmCategory;
  readonly english?: Span;
  readonly reference?: string;
  /** Text that identifies the problem for the stable id; defaults to the flagged French. */
  readonly key?: string;
}

/** Turns a draft into a Flag of `check` in `target`, numbering repeats of the same rule and text. */
export function flagFor(check: Check, target: string, draft: FlagDraft, seen: Map<string, number>): Flag {
  const key = draft.key ?? target.slice(draft.start, draft.end);
  const counter = `${draft.rule}\u0000${key}`;
  const occurrence = seen.get(counter) ?? 0;
  seen.set(counter, occurrence + 1);
  return newFlag({
    id: flagId(check.id, draft.rule, key, occurrence),
    check: check.id,
    category: draft.category ?? check.category,
    severity: draft.severity ?? check.defaultSeverity,
    start: draft.start,
    end: draft.end,
    english: draft.english,
    messageKey: draft.messageKey,
    params: draft.params ?? {},
    suggestions: draft.suggestions ?? [],
    reference: draft.reference,
  });
}

/**
 * A flag with its keys in one order, `english` and `reference` only when set: every flag then has one of a few
 * shapes. Built from two plain literals rather than with spreads in mid-literal, which take a slow generic path.
 */
export function newFlag(fields: Flag): Flag {
  const { id, check, category, severity, start, end, english, messageKey, params, suggestions, reference } = fields;
  const flag: Mutable<Flag> = english
    ? { id, check, category, severity, start, end, english, messageKey, params, suggestions }
    : { id, check, category, severity, start, end, messageKey, params, suggestions };
  if (reference) flag.reference = reference;
  return flag;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Turns all drafts of one run into flags, in text order. */
export function flagsFor(check: Check, target: string, drafts: readonly FlagDraft[]): Flag[] {
  // Most runs find nothing or one thing: no order to restore, no repeat to number.
  if (drafts.length === 0) return [];
  const seen = new Map<string, number>();
  if (drafts.length === 1) return [flagFor(check, target, drafts[0]!, seen)];
  return [...drafts]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((draft) => flagFor(check, target, draft, seen));
}
