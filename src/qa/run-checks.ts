import type { Flag } from '../model/flag.ts';
import type { ReviewMode } from '../model/segment.ts';
import type { CheckContext, CheckSegment, TypographyPreset } from './check.ts';
import { englishOf } from './check.ts';
import { CHECKS } from './check-registry.ts';
import { buildDocumentIndex } from './document-index.ts';
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
}
const reusable = new WeakMap<CheckContext, Reuse>();
const REUSE_LIMIT = 50_000;
// Stands for a missing English text, which must not be confused with an empty one.
const ABSENT = '\u0000absent';

function englishKey(segment: CheckSegment): string {
  if (segment.retranslation === null) return segment.source ?? ABSENT;
  return `${segment.source ?? ABSENT}\u0000${segment.retranslation}`;
}

/** Runs every check that fits the context's mode on one segment; cheap enough to call on each keystroke. */
export function checkSegment(segment: CheckSegment, context: CheckContext): Flag[] {
  let reuse = reusable.get(context);
  if (!reuse) {
    reuse = { byTarget: new Map(), size: 0 };
    reusable.set(context, reuse);
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
    const computed: (readonly Flag[])[] = [];
    for (const check of CHECKS) {
      computed.push(check.readsPosition || !check.needs.includes(context.mode) ? [] : check.run(segment, context));
    }
    byCheck = computed;
    byEnglish.set(key, byCheck);
    reuse.size++;
  }
  const flags: Flag[] = [];
  for (let at = 0; at < CHECKS.length; at++) {
    const check = CHECKS[at]!;
    if (byCheck[at]!.length === 0 && !check.readsPosition) continue;
    if (!check.needs.includes(context.mode)) continue;
    for (const flag of check.readsPosition ? check.run(segment, context) : byCheck[at]!) flags.push(flag);
  }
  return flags.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Checks a whole document: one array of flags per segment, in the order of `segments`. */
export function checkDocument(segments: readonly CheckSegment[], options: QaOptions): Flag[][] {
  const context = buildQaContext(segments, options);
  return segments.map((segment) => checkSegment(segment, context));
}
