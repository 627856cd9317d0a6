import type { Flag, MqmCategory, Severity } from '../model/flag.ts';
import type { ReviewMode } from '../model/segment.ts';
import type { DocumentIndex } from './document-index.ts';
import type { Glossary } from './glossary/glossary.ts';
import type { CompiledLexicon } from './lexicon/compiled-lexicon.ts';

/** One segment as the checks see it: the French (`target`) and whatever English is known beside it. */
export interface CheckSegment {
  readonly index: number;
  readonly id: string;
  readonly target: string;
  readonly source: string | null;
  readonly retranslation: string | null;
}

/** Which no-break space French typography uses before high punctuation and inside guillemets. */
export type TypographyPreset = 'nbsp' | 'narrow-nbsp';

/** Everything a check may consult beyond the segment itself; built once per document by `buildQaContext`. */
export interface CheckContext {
  readonly mode: ReviewMode;
  readonly typography: TypographyPreset;
  readonly glossary: Glossary | null;
  readonly document: DocumentIndex;
  readonly lexicon: CompiledLexicon;
}

/** A check strategy: one kind of problem, the modes it can run in, and a pure `run`. */
export interface Check {
  readonly id: string;
  readonly category: MqmCategory;
  readonly defaultSeverity: Severity;
  /** Review modes the check runs in; the engine skips it in the others. */
  readonly needs: readonly ReviewMode[];
  /** Every i18n key under `flags` this check may emit, so a test can prove both catalogues hold them. */
  readonly messageKeys: readonly string[];
  /**
   * True when `run` reads the segment's position in the document (its index), so its flags for one text cannot be
   * reused for a repeat of that text elsewhere; the engine reuses every other check's flags for identical segments.
   */
  readonly readsPosition?: boolean;
  /** Flags found in `segment.target`; never throws on odd text. */
  run(segment: CheckSegment, context: CheckContext): Flag[];
}

/** Every review mode, for checks that work on the French alone. */
export const ALL_MODES: readonly ReviewMode[] = ['source', 'retranslation', 'target-only'];

/** Modes where an English text stands beside the French. */
export const ENGLISH_MODES: readonly ReviewMode[] = ['source', 'retranslation'];

/** The English beside the French in `mode` (source first, retranslation otherwise), or null. */
export function englishOf(segment: CheckSegment, mode: ReviewMode): string | null {
  if (mode === 'source') return segment.source ?? segment.retranslation;
  if (mode === 'retranslation') return segment.retranslation ?? segment.source;
  return null;
}
