import type { Severity } from '../../model/flag.ts';
import type { IssueFields } from './inline-content.ts';
import type { XmlAttributes } from './scan-xml.ts';
import { escapeXmlAttribute } from './xml-escape.ts';

/** ITS 2.0 namespace, declared by XLIFF 2.1 files that carry quality issues. */
export const ITS_NAMESPACE = 'http://www.w3.org/2005/11/its';

/** The prefix the root's attributes bind to the ITS namespace; `its` when they bind none. */
export function itsPrefixOf(rootAttributes: XmlAttributes): string {
  let prefix = 'its';
  for (const [attribute, value] of Object.entries(rootAttributes)) {
    if (attribute.startsWith('xmlns:') && value === ITS_NAMESPACE) prefix = attribute.slice(6);
  }
  return prefix;
}

/** MQM words for an ITS severity (0–100): below 40 minor, below 80 major, else critical. */
export function mqmSeverity(itsSeverity: number): Severity {
  return itsSeverity >= 80 ? 'critical' : itsSeverity >= 40 ? 'major' : 'minor';
}

/** Whether a marker's attributes carry an ITS Localization Quality Issue, with the file's ITS prefix. */
export function isQualityIssue(attributes: XmlAttributes, prefix: string): boolean {
  return attributes.type === 'its:lqi' || attributes[`${prefix}:locQualityIssueType`] !== undefined;
}

/** Reads an issue from ITS attributes (`its:locQualityIssueType`, …Comment, …Severity, …Enabled). */
export function readIssueFields(attributes: XmlAttributes, prefix: string): IssueFields {
  const severityText = attributes[`${prefix}:locQualityIssueSeverity`];
  const parsed = severityText === undefined ? Number.NaN : Number(severityText);
  const itsSeverity = Number.isFinite(parsed) ? Math.min(100, Math.max(0, parsed)) : 50;
  const id = attributes.id;
  return {
    ...(id === undefined ? {} : { id }),
    type: attributes[`${prefix}:locQualityIssueType`] ?? 'other',
    comment: attributes[`${prefix}:locQualityIssueComment`] ?? '',
    itsSeverity,
    severity: mqmSeverity(itsSeverity),
    enabled: attributes[`${prefix}:locQualityIssueEnabled`] !== 'no',
  };
}

/** The ITS attributes of an issue, as markup (` its:locQualityIssueType="…" …`), with the `its` prefix. */
export function issueAttributes(issue: IssueFields): string {
  return (
    ` its:locQualityIssueType="${escapeXmlAttribute(issue.type)}"` +
    (issue.comment ? ` its:locQualityIssueComment="${escapeXmlAttribute(issue.comment)}"` : '') +
    ` its:locQualityIssueSeverity="${issue.itsSeverity}"` +
    (issue.enabled ? '' : ' its:locQualityIssueEnabled="no"')
  );
}
