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
  const id = flagId(check.id, draft.rule, key, occurrence);
  const category = draft.category ?? check.category;
  const severity = draft.severity ?? check.defaultSeverity;
  const { start, end, english, messageKey } = draft;
  const params = draft.params ?? {};
  const suggestions = draft.suggestions ?? [];
  // Two plain literals rather than spreads in mid-literal, which take a slow generic path; same keys, same order.
  const flag: Mutable<Flag> = english
    ? { id, check: check.id, category, severity, start, end, english, messageKey, params, suggestions }
    : { id, check: check.id, category, severity, start, end, messageKey, params, suggestions };
  if (draft.reference) flag.reference = draft.reference;
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
