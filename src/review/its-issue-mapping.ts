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

/** An annotation as an ITS Localization Quality Issue on the same span of the French. */
export function annotationToIssue(annotation: Annotation): QualityIssue {
  return {
    id: annotation.id,
    type: itsTypeOf(annotation.category),
    comment: annotation.comment,
    itsSeverity: itsSeverityOf(annotation.severity),
    severity: annotation.severity,
    start: annotation.start,
    end: annotation.end,
    enabled: true,
  };
}
