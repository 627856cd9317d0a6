import type { BilingualUnit, InlineCode, QualityIssue } from '../../model/bilingual.ts';
import { isBareStartTag, splitPlaceholders } from '../xml/inline-content.ts';
import { issueAttributes } from '../xml/its-issue.ts';
import type { InlineMarker } from '../xml/render-inline.ts';

// XLIFF 1.2 carries ITS 2.0 quality issues as `<mrk mtype="x-its" its:locQualityIssueType="…">span</mrk>` (the ITS
// Interest Group's XLIFF 1.2 mapping). Unlike XLIFF 2's `sm`/`em` markers, a 1.2 `mrk` is an element: it must nest
// with the other issues and with the paired codes (`g`, `mrk`) of the target. An issue that would cross one of them
// is written as an empty `mrk` where it starts, so its type, comment and severity still reach the other tool.

/** A span [start, end) of the placeholder text and the inner span its content occupies. */
interface Container {
  readonly start: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly end: number;
}

/** Length of a code's placeholder in the text: ⟨id⟩, ⟨/id⟩ or ⟨id/⟩. */
function placeholderLength(code: InlineCode): number {
  return code.id.length + (code.kind === 'open' ? 2 : 3);
}

/**
 * Where the markup writer puts the text's codes, as `splitPlaceholders` finds them (the one reading of placeholders
 * that renderInline also uses): each placeholder's span, and the containers a start tag and its end tag make.
 */
function codeLayout(text: string, unit: BilingualUnit): { placeholders: Container[]; containers: Container[] } {
  const placeholders: Container[] = [];
  const containers: Container[] = [];
  const opened: Container[] = [];
  for (const piece of splitPlaceholders(text, unit.codes)) {
    if (!('code' in piece)) continue;
    const end = piece.start + placeholderLength(piece.code);
    const span = { start: piece.start, innerStart: end, innerEnd: end, end };
    placeholders.push(span);
    if (piece.code.kind === 'open' && isBareStartTag(piece.code.markup)) opened.push(span);
    else if (piece.code.kind === 'close' && piece.code.markup.startsWith('</')) {
      const open = opened.pop();
      if (open) containers.push({ start: open.start, innerStart: open.end, innerEnd: piece.start, end });
    }
  }
  return { placeholders, containers };
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

/** The issue with offsets that fall inside a code's placeholder moved to its end, where the markup writer puts them. */
function snapped(issue: QualityIssue, placeholders: readonly Container[]): QualityIssue {
  let { start, end } = issue;
  for (const placeholder of placeholders) {
    if (start > placeholder.start && start < placeholder.end) start = placeholder.end;
    if (end > placeholder.start && end < placeholder.end) end = placeholder.end;
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
  const { placeholders, containers } = codeLayout(text, unit);
  const spans: QualityIssue[] = [];
  const points: QualityIssue[] = [];
  for (const issue of unit.issues.map((each) => snapped(each, placeholders))) {
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
