import type { Flag } from '../model/flag.ts';
import type { ReviewMode } from '../model/segment.ts';
import type { Check, CheckContext, CheckSegment, TypographyPreset } from './check.ts';
import { englishOf } from './check.ts';
import { CHECKS } from './check-registry.ts';
import { untranslatedCheck } from './checks/untranslated.ts';
import { buildDocumentIndex, type SegmentTexts } from './document-index.ts';
import type { Glossary } from './glossary/glossary.ts';
import type { CompiledLexicon } from './lexicon/compiled-lexicon.ts';
import { defaultLexicon } from './lexicon/default-lexicon.ts';

/** How a document is checked: the review mode, the typography house style, an optional glossary and lexicon. */
export interface QaOptions {
  readonly mode: ReviewMode;
  readonly typography?: TypographyPreset;
  readonly glossary?: Glossary;
  /** The lexicon to match; the bundled one when absent (tests pass their own). */
  readonly lexicon?: CompiledLexicon;
}

/** Builds the context every check reads: the document index over `segments`, the lexicon, options. */
export function buildQaContext(segments: readonly CheckSegment[], options: QaOptions): CheckContext {
  return {
    mode: options.mode,
    typography: options.typography ?? 'nbsp',
    glossary: options.glossary ?? null,
    document: buildDocumentIndex(segments, (segment) => englishOf(segment, options.mode)),
    lexicon: options.lexicon ?? defaultLexicon(),
  };
}

// Documents repeat themselves (boilerplate, repeated sentences, 100 % matches): flags of the checks that depend
// only on a segment's texts are kept per context and reused for every repeat. Keyed by French, then English
// (source and retranslation), so no key string is built per segment; bounded, since the UI checks each
// keystroke's text against one context.
type ByCheck = readonly (readonly Flag[])[];
interface Reuse {
  readonly byTarget: Map<string, Map<string, ByCheck>>;
  size: number;
  /** Flags by the texts object the index shares between exact repeats: one lookup by identity, no string key. */
  readonly byTexts: Map<SegmentTexts, ByCheck>;
  /** The checks that run in the context's mode, in registry order. */
  readonly active: readonly Check[];
  /** By the text-only flags of a segment: its positional flags and the merged list last built from both. */
  readonly merged: WeakMap<ByCheck, { readonly positional: readonly (readonly Flag[])[]; readonly flags: Flag[] }>;
}
const reusable = new WeakMap<CheckContext, Reuse>();
const REUSE_LIMIT = 50_000;
// Stands for a missing English text, which must not be confused with an empty one.
const ABSENT = '\u0000absent';
const NONE: readonly Flag[] = [];

function englishKey(segment: CheckSegment): string {
  if (segment.retranslation === null) return segment.source ?? ABSENT;
  return `${segment.source ?? ABSENT}\u0000${segment.retranslation}`;
}

function reuseOf(context: CheckContext): Reuse {
  let reuse = reusable.get(context);
  if (!reuse) {
    reuse = {
      byTarget: new Map(),
      size: 0,
      byTexts: new Map(),
      active: CHECKS.filter((check) => check.needs.includes(context.mode)),
      merged: new WeakMap(),
    };
    reusable.set(context, reuse);
  }
  return reuse;
}

// The flags of the checks that read only the texts, one entry per active check (position checks hold none).
function computeByCheck(segment: CheckSegment, context: CheckContext, active: readonly Check[]): ByCheck {
  const computed: (readonly Flag[])[] = [];
  for (const check of active) computed.push(check.readsPosition ? NONE : check.run(segment, context));
  return computed;
}

function byCheckOf(segment: CheckSegment, context: CheckContext, reuse: Reuse): ByCheck {
  // An unedited segment: its texts object, shared with its exact repeats, keys the reused flags.
  const texts = context.document.texts[segment.index];
  // The index keeps each segment's own French: the same string, compared by reference, when the segment is unedited.
  if (
    texts !== undefined &&
    context.document.targets[segment.index] === segment.target &&
    context.document.sources[segment.index] === segment.source &&
    context.document.retranslations[segment.index] === segment.retranslation
  ) {
    let byCheck = reuse.byTexts.get(texts);
    if (!byCheck) {
      byCheck = computeByCheck(segment, context, reuse.active);
      reuse.byTexts.set(texts, byCheck);
    }
    return byCheck;
  }
  let byEnglish = reuse.byTarget.get(segment.target);
  if (!byEnglish) {
    if (reuse.size >= REUSE_LIMIT) {
      reuse.byTarget.clear();
      reuse.size = 0;
    }
    byEnglish = new Map();
    reuse.byTarget.set(segment.target, byEnglish);
  }
  const key = englishKey(segment);
  let byCheck = byEnglish.get(key);
  if (!byCheck) {
    byCheck = computeByCheck(segment, context, reuse.active);
    byEnglish.set(key, byCheck);
    reuse.size++;
  }
  return byCheck;
}

/** Runs every check that fits the context's mode on one segment; cheap enough to call on each keystroke. */
export function checkSegment(segment: CheckSegment, context: CheckContext): Flag[] {
  // A segment with no French gets the one flag that says so, rather than each check reporting in its own words
  // that the numbers, names and words of the English are all missing.
  if (segment.target.trim() === '') return untranslatedCheck.run(segment, context);
  const reuse = reuseOf(context);
  const { active } = reuse;
  const byCheck = byCheckOf(segment, context, reuse);
  // The checks that read the position run for every segment; the text-only ones come from byCheck. Their results
  // go to a scratch list, copied only when kept.
  const positional = scratch;
  positional.length = 0;
  for (let at = 0; at < active.length; at++) {
    if (active[at]!.readsPosition) positional.push(active[at]!.run(segment, context));
  }
  // Repeats of a segment usually get the very same positional flags (the checks keep them per repeated text):
  // the merged list of the last segment with these flags is copied instead of merged and sorted again.
  const last = reuse.merged.get(byCheck);
  if (last && sameFlagLists(last.positional, positional)) return last.flags.slice();
  const flags: Flag[] = [];
  let next = 0;
  for (let at = 0; at < active.length; at++) {
    const found = active[at]!.readsPosition ? positional[next++]! : byCheck[at]!;
    for (let index = 0; index < found.length; index++) flags.push(found[index]!);
  }
  sortBySpan(flags);
  reuse.merged.set(byCheck, { positional: positional.slice(), flags: flags.slice() });
  return flags;
}

const scratch: (readonly Flag[])[] = [];

// True when each positional result is the same list as before, or both are empty.
function sameFlagLists(before: readonly (readonly Flag[])[], now: readonly (readonly Flag[])[]): boolean {
  for (let at = 0; at < now.length; at++) {
    const earlier = before[at]!;
    const list = now[at]!;
    if (earlier !== list && (earlier.length !== 0 || list.length !== 0)) return false;
  }
  return true;
}

// Flags in text order (start, then end), stable: what Array.prototype.sort gives with that comparison, done in
// place by insertion for the few flags a segment has, since the built-in sort allocates a work copy per call.
function sortBySpan(flags: Flag[]): void {
  if (flags.length > 32) {
    flags.sort(compareSpans);
    return;
  }
  for (let at = 1; at < flags.length; at++) {
    const flag = flags[at]!;
    let to = at;
    while (to > 0 && compareSpans(flags[to - 1]!, flag) > 0) {
      flags[to] = flags[to - 1]!;
      to--;
    }
    flags[to] = flag;
  }
}

function compareSpans(a: Flag, b: Flag): number {
  return a.start - b.start || a.end - b.end;
}

/** Checks a whole document: one array of flags per segment, in the order of `segments`. */
export function checkDocument(segments: readonly CheckSegment[], options: QaOptions): Flag[][] {
  const context = buildQaContext(segments, options);
  return segments.map((segment) => checkSegment(segment, context));
}
