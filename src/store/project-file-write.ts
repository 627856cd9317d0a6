import type { UnitNote } from '../model/bilingual.ts';
import type { Annotation, ReviewDocument, ReviewSegment } from '../model/review.ts';
import { STATE_OF_STATUS } from '../model/status-states.ts';
import { itsSeverityOf, itsTypeOf } from '../review/its-issue-mapping.ts';
import { ITS_NAMESPACE, RELECTURE_NAMESPACE, XLIFF2_NAMESPACE } from './project-file-names.ts';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml-text.ts';

/**
 * Serialises a review to the project file: an XLIFF 2.1 document (one unit per segment, states, notes, ITS quality
 * issues on the target) with everything else Relecture needs in the `rl:` namespace. `lastSeq` is the last journal
 * sequence number the snapshot includes, so a replay never applies an action twice.
 */
export function writeProjectFile(review: ReviewDocument, lastSeq: number): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<xliff xmlns="${XLIFF2_NAMESPACE}" xmlns:its="${ITS_NAMESPACE}" xmlns:rl="${RELECTURE_NAMESPACE}"`,
    ` version="2.1" srcLang="${attr(review.sourceLang)}" trgLang="${attr(review.targetLang)}" its:version="2.0">\n`,
    ` <file id="f1" original="${attr(review.origin.file)}">\n`,
    `  <rl:project id="${attr(review.id)}" name="${attr(review.name)}" mode="${attr(review.mode)}"`,
    ` originFile="${attr(review.origin.file)}" originFormat="${attr(review.origin.format)}"`,
    review.origin.englishFile === undefined ? '' : ` englishFile="${attr(review.origin.englishFile)}"`,
    review.trailingSpace === undefined ? '' : ` trailingSpace="${attr(review.trailingSpace)}"`,
    ` lastSeq="${lastSeq}"/>\n`,
  ];
  for (const segment of review.segments) parts.push(writeUnit(segment));
  parts.push(' </file>\n</xliff>\n');
  return parts.join('');
}

function writeUnit(segment: ReviewSegment): string {
  const { state, subState } = STATE_OF_STATUS[segment.status];
  const out: string[] = [`  <unit id="${attr(segment.id)}">\n`, writeMetadata(segment)];
  const notes = [...segment.notes.map(writeNote), ...segment.comments.map(writeComment)];
  if (notes.length > 0) out.push(`   <notes>\n${notes.join('')}   </notes>\n`);
  out.push(
    `   <segment state="${state}" subState="${subState}">\n`,
    `    <source xml:space="preserve">${text(segment.source ?? '')}</source>\n`,
    `    <target xml:space="preserve">${writeTarget(segment.target, segment.annotations)}</target>\n`,
    '   </segment>\n  </unit>\n',
  );
  return out.join('');
}

function writeMetadata(segment: ReviewSegment): string {
  const out: string[] = [
    `   <rl:segment index="${segment.index}" paragraph="${segment.paragraph}" status="${segment.status}"`,
    ` versionCursor="${segment.versionCursor}" hasSource="${segment.source === null ? 'no' : 'yes'}"`,
    segment.alignmentConfidence === undefined ? '' : ` alignmentConfidence="${segment.alignmentConfidence}"`,
    segment.spaceBefore === undefined ? '' : ` spaceBefore="${attr(segment.spaceBefore)}"`,
    '>\n',
    `    <rl:mt>${text(segment.mt)}</rl:mt>\n`,
  ];
  if (segment.retranslation !== null)
    out.push(`    <rl:retranslation>${text(segment.retranslation)}</rl:retranslation>\n`);
  for (const version of segment.versions) {
    out.push(
      `    <rl:version author="${attr(version.author)}" at="${attr(version.at)}">${text(version.text)}</rl:version>\n`,
    );
  }
  for (const change of segment.statusChanges) {
    out.push(
      `    <rl:status from="${change.from}" to="${change.to}" author="${attr(change.author)}" at="${attr(change.at)}"`,
      change.reason === undefined ? '/>\n' : ` reason="${attr(change.reason)}"/>\n`,
    );
  }
  for (const annotation of segment.annotations) {
    out.push(
      `    <rl:annotation id="${attr(annotation.id)}" start="${annotation.start}" end="${annotation.end}"`,
      ` category="${annotation.category}" severity="${annotation.severity}" comment="${attr(annotation.comment)}"`,
      ` author="${attr(annotation.author)}" at="${attr(annotation.at)}"`,
      annotation.fromCheck === undefined ? '' : ` fromCheck="${attr(annotation.fromCheck)}"`,
      annotation.fromFile === undefined ? '/>\n' : ` fromFile="${attr(annotation.fromFile)}"/>\n`,
    );
  }
  for (const flag of segment.dismissed) {
    out.push(
      `    <rl:dismissed flagId="${attr(flag.flagId)}" check="${attr(flag.check)}" author="${attr(flag.author)}"`,
      ` at="${attr(flag.at)}"/>\n`,
    );
  }
  for (const code of segment.codes) {
    // The native code behind the tag (XLIFF 2 originalData, TMX or XLIFF 1.2 content), for exports to other formats.
    const data = code.data === undefined ? '' : ` data="${attr(code.data)}"`;
    out.push(`    <rl:code id="${attr(code.id)}" kind="${code.kind}"${data}>${text(code.markup)}</rl:code>\n`);
  }
  out.push('   </rl:segment>\n');
  return out.join('');
}

function writeNote(note: UnitNote): string {
  const extra = [
    note.id === undefined ? '' : ` id="${attr(note.id)}"`,
    note.category === undefined ? '' : ` category="${attr(note.category)}"`,
    note.appliesTo === undefined ? '' : ` appliesTo="${note.appliesTo}"`,
  ].join('');
  return `    <note${extra}>${text(note.text)}</note>\n`;
}

// Comments are also written as notes so other tools show them; rl:comment marks them so reading does not count
// them twice (the rl:segment metadata is where Relecture reads them from).
function writeComment(comment: { id: string; text: string; author: string; at: string }): string {
  return `    <note category="comment" rl:comment="${attr(comment.id)}" rl:author="${attr(comment.author)}" rl:at="${attr(comment.at)}">${text(comment.text)}</note>\n`;
}

/**
 * Writes the target with each annotation as an ITS Localization Quality Issue. Annotations that do not overlap
 * become `<mrk type="its:lqi">`; one that overlaps an earlier one uses the `<sm>`/`<em>` marker pair, which XLIFF 2
 * allows to overlap.
 */
export function writeTarget(target: string, annotations: readonly Annotation[]): string {
  const valid = annotations
    .filter((a) => a.start >= 0 && a.end >= a.start && a.end <= target.length)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const nested: Annotation[] = [];
  const overlapping: Annotation[] = [];
  let reach = -1;
  for (const annotation of valid) {
    if (annotation.start >= reach && annotation.end > annotation.start) {
      nested.push(annotation);
      reach = annotation.end;
    } else overlapping.push(annotation);
  }
  // Insertion points: at each offset, closings first, then openings, so spans never straddle each other.
  const opens = new Map<number, string[]>();
  const closes = new Map<number, string[]>();
  const add = (map: Map<number, string[]>, at: number, markup: string) => map.set(at, [...(map.get(at) ?? []), markup]);
  for (const a of nested) {
    add(opens, a.start, `<mrk id="${attr(a.id)}" type="its:lqi"${lqiAttributes(a)}>`);
    add(closes, a.end, '</mrk>');
  }
  for (const a of overlapping) {
    const start = `<sm id="${attr(a.id)}" type="its:lqi"${lqiAttributes(a)}/>`;
    const end = `<em startRef="${attr(a.id)}"/>`;
    // An empty span keeps its marker pair together, start first.
    if (a.start === a.end) add(opens, a.start, start + end);
    else {
      add(opens, a.start, start);
      add(closes, a.end, end);
    }
  }
  const cuts = [...new Set([0, target.length, ...opens.keys(), ...closes.keys()])].sort((a, b) => a - b);
  const out: string[] = [];
  let previous = 0;
  for (const at of cuts) {
    out.push(text(target.slice(previous, at)));
    out.push(...(closes.get(at) ?? []), ...(opens.get(at) ?? []));
    previous = at;
  }
  return out.join('');
}

function lqiAttributes(annotation: Annotation): string {
  return (
    ` its:locQualityIssueType="${itsTypeOf(annotation.category)}"` +
    ` its:locQualityIssueSeverity="${itsSeverityOf(annotation.severity)}"` +
    ` its:locQualityIssueComment="${attr(annotation.comment)}"`
  );
}
