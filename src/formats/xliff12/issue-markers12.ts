import type { BilingualUnit, QualityIssue } from '../../model/bilingual.ts';
import { issueAttributes } from '../xml/its-issue.ts';
import type { InlineMarker } from '../xml/render-inline.ts';

// XLIFF 1.2 carries ITS 2.0 quality issues as `<mrk mtype="x-its" its:locQualityIssueType="…">span</mrk>` (the ITS
// Interest Group's XLIFF 1.2 mapping). Unlike XLIFF 2's `sm`/`em` markers, a 1.2 `mrk` is an element: it must nest
// with the other issues and with the paired codes (`g`, `mrk`) of the target. An issue that would cross one of them
// is written as an empty `mrk` where it starts, so its type, comment and severity still reach the other tool.

const PLACEHOLDER = /⟨(\/?)([^⟨⟩/\s]+)(\/?)⟩/g;

/** A span [start, end) of the placeholder text and the inner span its content occupies. */
interface Container {
  readonly start: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly end: number;
}

/** The paired codes of a text as containers, from each open placeholder to its close placeholder. */
function pairedCodes(text: string, unit: BilingualUnit): Container[] {
  const paired = new Set(unit.codes.filter((code) => code.kind === 'close').map((code) => code.id));
  const opened = new Map<string, { start: number; innerStart: number }>();
  const containers: Container[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const id = match[2]!;
    if (match[3] || !paired.has(id)) continue;
    if (!match[1]) opened.set(id, { start: match.index, innerStart: match.index + match[0].length });
    else {
      const open = opened.get(id);
      if (open === undefined) continue;
      opened.delete(id);
      containers.push({ ...open, innerEnd: match.index, end: match.index + match[0].length });
    }
  }
  return containers;
}

/** Whether span [start, end) and `container` are disjoint or one holds the other. */
function nests(start: number, end: number, container: Container): boolean {
  return (
    end <= container.start ||
    start >= container.end ||
    (start <= container.start && end >= container.end) ||
    (start >= container.innerStart && end <= container.innerEnd)
  );
}

/** The span of an issue as a container: an issue's markers take no room in the text. */
function spanOf(issue: QualityIssue): Container {
  return { start: issue.start, innerStart: issue.start, innerEnd: issue.end, end: issue.end };
}

/** The issue with offsets that fall inside a placeholder moved to its end, where the markup writer puts them. */
function snapped(issue: QualityIssue, text: string): QualityIssue {
  let { start, end } = issue;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const after = match.index + match[0].length;
    if (start > match.index && start < after) start = after;
    if (end > match.index && end < after) end = after;
  }
  return start === issue.start && end === issue.end ? issue : { ...issue, start, end: Math.max(start, end) };
}

/**
 * The `mrk` markers of a unit's target issues for XLIFF 1.2, ordered so that they nest: at one offset, ends before
 * starts, inner ends first and outer starts first. Issues that would cross a code or an earlier issue, and empty
 * ones, become empty `mrk` elements at their start.
 */
export function issueMarkers12(unit: BilingualUnit, text: string): InlineMarker[] {
  if (unit.issues.length === 0) return [];
  const containers = pairedCodes(text, unit);
  const spans: QualityIssue[] = [];
  const points: QualityIssue[] = [];
  for (const issue of unit.issues.map((each) => snapped(each, text))) {
    const fits =
      issue.end > issue.start &&
      containers.every((container) => nests(issue.start, issue.end, container)) &&
      spans.every((taken) => nests(issue.start, issue.end, spanOf(taken)));
    (fits ? spans : points).push(issue);
  }
  const opening = (issue: QualityIssue) => `<mrk mtype="x-its"${issueAttributes(issue)}`;
  const starts = spans.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const ends = spans.slice().sort((a, b) => a.end - b.end || b.start - a.start);
  const markers: InlineMarker[] = ends.map((issue, index) => ({ offset: issue.end, rank: index, markup: '</mrk>' }));
  starts.forEach((issue, index) => {
    markers.push({ offset: issue.start, rank: ends.length + index, markup: `${opening(issue)}>` });
  });
  for (const issue of points) {
    markers.push({ offset: issue.start, rank: 2 * spans.length, markup: `${opening(issue)}/>` });
  }
  return markers;
}
