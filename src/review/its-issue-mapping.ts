import type { QualityIssue } from '../model/bilingual.ts';
import type { MqmCategory, Severity } from '../model/flag.ts';
import type { Annotation } from '../model/review.ts';

// ITS 2.0 Localization Quality Issue types (W3C ITS 2.0, locQualityIssueType values) closest to each MQM-core
// category the product uses. ITS has no separate "punctuation" or "calque": they fall under typographical and style.
const ITS_TYPE: Readonly<Record<MqmCategory, string>> = {
  'accuracy/mistranslation': 'mistranslation',
  'accuracy/omission': 'omission',
  'accuracy/addition': 'addition',
  'accuracy/untranslated': 'untranslated',
  terminology: 'terminology',
  'linguistic/grammar': 'grammar',
  'linguistic/punctuation': 'typographical',
  'linguistic/spelling': 'misspelling',
  'locale/number': 'numbers',
  'locale/typography': 'typographical',
  'style/unidiomatic': 'style',
  'style/calque': 'style',
};

// ITS severity is a number from 0 to 100; the MQM words sit on fixed points of that scale.
const ITS_SEVERITY: Readonly<Record<Severity, number>> = { minor: 30, major: 70, critical: 100 };

/** The ITS `locQualityIssueType` for an MQM category. */
export function itsTypeOf(category: MqmCategory): string {
  return ITS_TYPE[category];
}

/** The ITS severity (0–100) for an MQM severity. */
export function itsSeverityOf(severity: Severity): number {
  return ITS_SEVERITY[severity];
}

/** The MQM severity for an ITS severity (0–100): below 40 minor, below 80 major, else critical (the formats readers use the same cut-offs). */
export function severityOfIts(itsSeverity: number): Severity {
  if (itsSeverity < 40) return 'minor';
  if (itsSeverity < 80) return 'major';
  return 'critical';
}

// The MQM category that stands for each ITS issue type a file may carry. ITS has types the product's categories do
// not split out (legal, length, markup…): those fall back to FALLBACK_CATEGORY, and the annotation keeps the ITS type
// itself for export.
const CATEGORY_OF_ITS: Readonly<Record<string, MqmCategory>> = {
  mistranslation: 'accuracy/mistranslation',
  omission: 'accuracy/omission',
  addition: 'accuracy/addition',
  duplication: 'accuracy/addition',
  untranslated: 'accuracy/untranslated',
  terminology: 'terminology',
  inconsistency: 'terminology',
  'inconsistent-entities': 'terminology',
  grammar: 'linguistic/grammar',
  misspelling: 'linguistic/spelling',
  typographical: 'locale/typography',
  characters: 'locale/typography',
  whitespace: 'locale/typography',
  'locale-violation': 'locale/typography',
  numbers: 'locale/number',
  style: 'style/unidiomatic',
  register: 'style/unidiomatic',
};
const FALLBACK_CATEGORY: MqmCategory = 'style/unidiomatic';

/** The MQM category for an ITS `locQualityIssueType`. */
export function categoryOfIts(type: string): MqmCategory {
  return Object.hasOwn(CATEGORY_OF_ITS, type) ? CATEGORY_OF_ITS[type]! : FALLBACK_CATEGORY;
}

/**
 * The id of the annotation made from the `index`th quality issue of a unit as read: the issue's own id, or one
 * made from its position (XLIFF 1.2 markers may have none). Export matches issues and annotations by it.
 */
export function importedAnnotationId(issue: QualityIssue, index: number): string {
  return issue.id ?? `f${index + 1}`;
}

/**
 * An annotation for a quality issue the file already carried, stamped with who and when (the file, at import). A
 * disabled issue (ITS `locQualityIssueEnabled="no"`) was judged no error: it makes none.
 */
export function issueToAnnotation(issue: QualityIssue, index: number, author: string, at: string): Annotation | null {
  if (!issue.enabled) return null;
  return {
    id: importedAnnotationId(issue, index),
    start: issue.start,
    end: issue.end,
    category: categoryOfIts(issue.type),
    severity: issue.severity,
    comment: issue.comment,
    author,
    at,
    fromFile: issue.type,
  };
}

/** An annotation as an ITS Localization Quality Issue on the same span of the French. */
export function annotationToIssue(annotation: Annotation): QualityIssue {
  return {
    id: annotation.id,
    type: annotation.fromFile ?? itsTypeOf(annotation.category),
    comment: annotation.comment,
    itsSeverity: itsSeverityOf(annotation.severity),
    severity: annotation.severity,
    start: annotation.start,
    end: annotation.end,
    enabled: true,
  };
}
