import type { Flag } from '../model/flag.ts';
import type { ReviewMode } from '../model/segment.ts';
import type { Check, CheckContext, CheckSegment, TypographyPreset } from './check.ts';
import { englishOf } from './check.ts';
import { CHECKS } from './check-registry.ts';
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
    texts.source === segment.source &&
    texts.retranslation === segment.retranslation
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
  const reuse = reuseOf(context);
  const { active } = reuse;
  const byCheck = byCheckOf(segment, context, reuse);
  const flags: Flag[] = [];
  for (let at = 0; at < active.length; at++) {
    const check = active[at]!;
    if (check.readsPosition) {
      for (const flag of check.run(segment, context)) flags.push(flag);
      continue;
    }
    const found = byCheck[at]!;
    for (let next = 0; next < found.length; next++) flags.push(found[next]!);
  }
  return flags.length < 2 ? flags : flags.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Checks a whole document: one array of flags per segment, in the order of `segments`. */
export function checkDocument(segments: readonly CheckSegment[], options: QaOptions): Flag[][] {
  const context = buildQaContext(segments, options);
  return segments.map((segment) => checkSegment(segment, context));
}
