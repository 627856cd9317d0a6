import type { Severity } from './flag.ts';

/** File formats the product reads and writes. */
export type BilingualFormat = 'txt' | 'xliff12' | 'xliff2' | 'tmx' | 'tsv' | 'csv';

/**
 * An inline code (a tag of the original document) inside a segment. In `source`/`target` text it stands as a
 * visible placeholder: `⟨id⟩` opens a paired code, `⟨/id⟩` closes it, `⟨id/⟩` is a standalone code.
 */
export interface InlineCode {
  readonly id: string;
  readonly kind: 'open' | 'close' | 'standalone';
  /** The exact markup read from the file, written back unchanged. */
  readonly markup: string;
  /**
   * The native code it stands for (`<a href="…">`, `{amount}`), when the file gave one: XLIFF 2 originalData reached
   * through dataRef/dataRefStart/dataRefEnd, the content of an XLIFF 1.2 or TMX bpt/ept/ph/it. Writers of another
   * format write it in their own vocabulary; a code without it (g, x, pc, hi…) is written as a bare tag.
   */
  readonly data?: string;
}

/** A note attached to a unit (XLIFF note, TMX note or prop, CSV note column). */
export interface UnitNote {
  readonly text: string;
  readonly category?: string;
  readonly appliesTo?: 'source' | 'target';
  readonly id?: string;
}

/** XLIFF 2 target states; XLIFF 1.2 and TMX map onto them. */
export type TargetState = 'initial' | 'translated' | 'reviewed' | 'final';

/** An ITS 2.0 Localization Quality Issue attached to a span of the target. */
export interface QualityIssue {
  readonly id?: string;
  /** ITS `locQualityIssueType`, e.g. `mistranslation`, `omission`, `typographical`. */
  readonly type: string;
  readonly comment: string;
  /** ITS severity 0–100. */
  readonly itsSeverity: number;
  /** The same severity in MQM words. */
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  readonly enabled: boolean;
}

/** One translatable unit of a bilingual file: an English source and (maybe) its French. */
export interface BilingualUnit {
  readonly id: string;
  /** English text with inline-code placeholders; empty when the file holds the French alone. */
  readonly source: string;
  /** French text with inline-code placeholders; null when the file has no target for this unit. */
  readonly target: string | null;
  readonly codes: readonly InlineCode[];
  readonly state?: TargetState;
  readonly subState?: string;
  readonly notes: readonly UnitNote[];
  readonly issues: readonly QualityIssue[];
  /**
   * Id of the file's unit this unit is one segment of, when the file split that unit into several segments (XLIFF 2
   * segments, XLIFF 1.2 `mrk mtype="seg"`); a fresh XLIFF 2 writes such units as the segments of one unit again.
   */
  readonly segmentOf?: string;
  /** Paragraph the unit belongs to, when the format knows paragraphs (plain text). */
  readonly paragraph?: number;
  /** Confidence (0–1) of the sentence alignment that paired source and target, when they were aligned. */
  readonly alignmentConfidence?: number;
  /** Who created and last changed the unit, and when (TMX creationid/changeid, dates in ISO 8601). */
  readonly provenance?: UnitProvenance;
}

/** Creation and change records of a unit, as TMX and review exports carry them. */
export interface UnitProvenance {
  readonly createdBy?: string;
  readonly createdAt?: string;
  readonly changedBy?: string;
  readonly changedAt?: string;
}

/** A bilingual document read from a file, ready to be reviewed or written in another format. */
export interface BilingualDocument {
  readonly format: BilingualFormat;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly units: readonly BilingualUnit[];
  /** Name of the document the file was extracted from (XLIFF `file/@original`), kept across conversions. */
  readonly original?: string;
  /** Kind of that document (XLIFF 1.2 `file/@datatype`, TMX `header/@datatype`), kept across conversions. */
  readonly datatype?: string;
  /** Languages the file holds besides the source and target (TMX), which only a write-back to the file keeps. */
  readonly otherLanguages?: readonly string[];
  /** Format-specific skeleton that lets the writer give back the input unchanged where nothing was edited. */
  readonly preserved?: unknown;
}
