import type { InlineCode, UnitNote } from '../model/bilingual.ts';
import { FileFormatError } from '../model/errors.ts';
import type { MqmCategory, Severity } from '../model/flag.ts';
import type {
  Annotation,
  DismissedFlag,
  ReviewDocument,
  ReviewSegment,
  SegmentComment,
  StatusChange,
  TargetVersion,
} from '../model/review.ts';
import { type ReviewMode, SEGMENT_STATUSES, type SegmentStatus } from '../model/segment.ts';
import { RELECTURE_NAMESPACE as RL, XLIFF2_NAMESPACE as XLF } from './project-file-names.ts';
import { attributeOf, childElements, lineOf, parseXmlTree, textContent, type XmlElement } from './xml-tree.ts';

// Elements whose own text is only indentation: xliff, file, unit, notes, the XLIFF and rl segment, project.
const STRUCTURAL: ReadonlySet<string> = new Set(['xliff', 'file', 'unit', 'notes', 'segment', 'project']);

/** A project file read back: the review and the last journal sequence number it includes. */
export interface ProjectFileContent {
  readonly review: ReviewDocument;
  readonly lastSeq: number;
}

/** Whether an XML text is a Relecture project file (an XLIFF document declaring the rl namespace). */
export function isProjectFile(xml: string): boolean {
  const head = xml.slice(0, 4096);
  return head.includes('<xliff') && head.includes(RL);
}

/**
 * Reads a project file written by writeProjectFile back into the review it holds. Throws FileFormatError naming the
 * file and line when it is not well-formed XML or lacks Relecture's metadata.
 */
export function readProjectFile(xml: string, file: string): ProjectFileContent {
  const root = parseXmlTree(xml, file, { structural: STRUCTURAL });
  const problem = (element: XmlElement, what: string): FileFormatError =>
    new FileFormatError({ file, line: lineOf(xml, element) }, what, 'Relecture project file');
  if (root.uri !== XLF || root.local !== 'xliff') throw problem(root, 'root element is not an XLIFF 2 <xliff>');
  const fileElement = childElements(root, XLF, 'file')[0];
  if (fileElement === undefined) throw problem(root, 'no <file> element');
  const project = childElements(fileElement, RL, 'project')[0];
  if (project === undefined) throw problem(fileElement, 'no <rl:project> metadata: not a Relecture project');
  const need = (element: XmlElement, name: string): string => {
    const value = attributeOf(element, name);
    if (value === undefined) throw problem(element, `<${element.local}> lacks the ${name} attribute`);
    return value;
  };
  const number = (element: XmlElement, name: string): number => {
    const value = Number(need(element, name));
    if (!Number.isFinite(value)) throw problem(element, `<${element.local}> ${name} is not a number`);
    return value;
  };

  const readUnit = (unit: XmlElement): ReviewSegment => {
    const meta = childElements(unit, RL, 'segment')[0];
    if (meta === undefined) throw problem(unit, `unit ${attributeOf(unit, 'id') ?? '?'} lacks <rl:segment>`);
    const segmentElement = childElements(unit, XLF, 'segment')[0];
    if (segmentElement === undefined) throw problem(unit, 'unit without <segment>');
    const sourceElement = childElements(segmentElement, XLF, 'source')[0];
    const targetElement = childElements(segmentElement, XLF, 'target')[0];
    const status = need(meta, 'status');
    if (!SEGMENT_STATUSES.includes(status as SegmentStatus)) throw problem(meta, `unknown status ${status}`);
    const stamp = (element: XmlElement) => ({ author: need(element, 'author'), at: need(element, 'at') });
    const versions: TargetVersion[] = childElements(meta, RL, 'version').map((v) => ({
      text: textContent(v),
      ...stamp(v),
    }));
    const statusChanges: StatusChange[] = childElements(meta, RL, 'status').map((c) => {
      const change: StatusChange = {
        from: need(c, 'from') as SegmentStatus,
        to: need(c, 'to') as SegmentStatus,
        ...stamp(c),
      };
      const reason = attributeOf(c, 'reason');
      return reason === undefined ? change : { ...change, reason };
    });
    const annotations: Annotation[] = childElements(meta, RL, 'annotation').map((a) => {
      const annotation: Annotation = {
        id: need(a, 'id'),
        start: number(a, 'start'),
        end: number(a, 'end'),
        category: need(a, 'category') as MqmCategory,
        severity: need(a, 'severity') as Severity,
        comment: need(a, 'comment'),
        ...stamp(a),
      };
      const fromCheck = attributeOf(a, 'fromCheck');
      const fromFile = attributeOf(a, 'fromFile');
      return {
        ...annotation,
        ...(fromCheck === undefined ? {} : { fromCheck }),
        ...(fromFile === undefined ? {} : { fromFile }),
      };
    });
    const dismissed: DismissedFlag[] = childElements(meta, RL, 'dismissed').map((d) => ({
      flagId: need(d, 'flagId'),
      check: need(d, 'check'),
      ...stamp(d),
    }));
    const codes: InlineCode[] = childElements(meta, RL, 'code').map((c) => {
      const data = attributeOf(c, 'data');
      return {
        id: need(c, 'id'),
        kind: need(c, 'kind') as InlineCode['kind'],
        markup: textContent(c),
        ...(data === undefined ? {} : { data }),
      };
    });
    const notes: UnitNote[] = [];
    const comments: SegmentComment[] = [];
    for (const notesElement of childElements(unit, XLF, 'notes')) {
      for (const note of childElements(notesElement, XLF, 'note')) {
        const commentId = attributeOf(note, `{${RL}}comment`);
        if (commentId !== undefined) {
          comments.push({
            id: commentId,
            text: textContent(note),
            author: attributeOf(note, `{${RL}}author`) ?? '',
            at: attributeOf(note, `{${RL}}at`) ?? '',
          });
          continue;
        }
        const read: { -readonly [K in keyof UnitNote]: UnitNote[K] } = { text: textContent(note) };
        const id = attributeOf(note, 'id');
        const category = attributeOf(note, 'category');
        const appliesTo = attributeOf(note, 'appliesTo');
        if (id !== undefined) read.id = id;
        if (category !== undefined) read.category = category;
        if (appliesTo === 'source' || appliesTo === 'target') read.appliesTo = appliesTo;
        notes.push(read);
      }
    }
    const retranslation = childElements(meta, RL, 'retranslation')[0];
    const mt = childElements(meta, RL, 'mt')[0];
    const segment: ReviewSegment = {
      id: need(unit, 'id'),
      index: number(meta, 'index'),
      paragraph: number(meta, 'paragraph'),
      source: attributeOf(meta, 'hasSource') === 'yes' && sourceElement ? textContent(sourceElement) : null,
      retranslation: retranslation === undefined ? null : textContent(retranslation),
      mt: mt === undefined ? '' : textContent(mt),
      target: targetElement === undefined ? '' : textContent(targetElement),
      status: status as SegmentStatus,
      versions,
      versionCursor: number(meta, 'versionCursor'),
      statusChanges,
      comments,
      annotations,
      dismissed,
      codes,
      notes,
    };
    const confidence = attributeOf(meta, 'alignmentConfidence');
    const aligned = confidence === undefined ? segment : { ...segment, alignmentConfidence: Number(confidence) };
    const spaceBefore = attributeOf(meta, 'spaceBefore');
    return spaceBefore === undefined ? aligned : { ...aligned, spaceBefore };
  };

  const englishFile = attributeOf(project, 'englishFile');
  const origin = { file: need(project, 'originFile'), format: need(project, 'originFormat') };
  const review: ReviewDocument = {
    id: need(project, 'id'),
    name: need(project, 'name'),
    mode: need(project, 'mode') as ReviewMode,
    sourceLang: need(root, 'srcLang'),
    targetLang: attributeOf(root, 'trgLang') ?? 'fr',
    origin: englishFile === undefined ? origin : { ...origin, englishFile },
    segments: childElements(fileElement, XLF, 'unit').map(readUnit),
  };
  const trailingSpace = attributeOf(project, 'trailingSpace');
  if (trailingSpace !== undefined) return { review: { ...review, trailingSpace }, lastSeq: number(project, 'lastSeq') };
  return { review, lastSeq: number(project, 'lastSeq') };
}
