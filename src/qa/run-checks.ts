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
// only on a segment's texts are kept per context and reused for every repeat. Bounded, since the UI checks each
// keystroke's text against one context.
const reusable = new WeakMap<CheckContext, Map<string, readonly (readonly Flag[])[]>>();
const REUSE_LIMIT = 50_000;

function textKey(segment: CheckSegment): string {
  return `${segment.target}\u0000${segment.source ?? '\u0001'}\u0000${segment.retranslation ?? '\u0001'}`;
}

/** Runs every check that fits the context's mode on one segment; cheap enough to call on each keystroke. */
export function checkSegment(segment: CheckSegment, context: CheckContext): Flag[] {
  let memo = reusable.get(context);
  if (!memo) {
    memo = new Map();
    reusable.set(context, memo);
  }
  const key = textKey(segment);
  let byCheck = memo.get(key);
  if (!byCheck) {
    byCheck = CHECKS.map((check) =>
      check.readsPosition || !check.needs.includes(context.mode) ? [] : check.run(segment, context),
    );
    if (memo.size >= REUSE_LIMIT) memo.clear();
    memo.set(key, byCheck);
  }
  const flags: Flag[] = [];
  CHECKS.forEach((check, at) => {
    if (!check.needs.includes(context.mode)) return;
    if (check.readsPosition) flags.push(...check.run(segment, context));
    else flags.push(...byCheck[at]!);
  });
  return flags.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Checks a whole document: one array of flags per segment, in the order of `segments`. */
export function checkDocument(segments: readonly CheckSegment[], options: QaOptions): Flag[][] {
  const context = buildQaContext(segments, options);
  return segments.map((segment) => checkSegment(segment, context));
}
