import type { UnitNote } from '../../model/bilingual.ts';
import { InlineCollector } from '../xml/inline-collector.ts';
import type { XmlAttributes } from '../xml/scan-xml.ts';

// The notes of every unit that has none: most have none, and each would otherwise keep its own empty array alive.
export const NO_NOTES: readonly UnitNote[] = Object.freeze([]);

// Drafts of what is being read. One unit draft serves every unit in turn and keeps its segment drafts, each with
// its own two content drafts, for the next unit: made afresh, they were some 500,000 short-lived objects (about
// 45 MB) in a file of 100,000 units, for the garbage collector to sweep.

/** A source or target read so far, with where its element sits. */
export interface ContentDraft {
  /** Its text while it holds no inline element; the collector's once it does. */
  text: string;
  /** Made on the first inline element: most sources and targets are plain text and need none. */
  collector: InlineCollector | null;
  start: number;
  end: number;
  closeStart: number;
  closeEnd: number;
}

/** A segment read so far. */
export interface SegmentDraft {
  attributes: XmlAttributes;
  start: number;
  end: number;
  /** `sourceDraft` or `targetDraft` once that element is met, undefined until then. */
  source: ContentDraft | undefined;
  target: ContentDraft | undefined;
  readonly sourceDraft: ContentDraft;
  readonly targetDraft: ContentDraft;
}

/** The unit being read. */
export interface UnitDraft {
  id: string | undefined;
  notes: readonly UnitNote[];
  notesStart: number;
  notesEnd: number;
  /** Segment drafts; the first `segmentCount` belong to this unit, the rest wait for a unit with more segments. */
  readonly segments: SegmentDraft[];
  segmentCount: number;
  /** The unit's originalData, as parallel lists of ids and contents; the first `dataCount` are this unit's. */
  readonly dataIds: string[];
  readonly dataValues: string[];
  dataCount: number;
}

/** A content draft not yet in use. */
export function contentDraft(): ContentDraft {
  return { text: '', collector: null, start: 0, end: 0, closeStart: 0, closeEnd: 0 };
}

/** Starts `content` over for an element whose start tag spans [start, end). */
export function restartContent(content: ContentDraft, start: number, end: number): ContentDraft {
  content.text = '';
  content.collector = null;
  content.start = start;
  content.end = end;
  content.closeStart = end;
  content.closeEnd = end;
  return content;
}

/** Starts `unit` over for a unit tag ending at `end`. */
export function restartUnit(unit: UnitDraft, id: string | undefined, end: number): UnitDraft {
  unit.id = id;
  unit.notes = NO_NOTES;
  unit.notesStart = end;
  unit.notesEnd = end;
  unit.segmentCount = 0;
  unit.dataCount = 0;
  return unit;
}

/** The next segment draft of `unit`, made ready for a segment tag at [start, end). */
export function nextSegment(unit: UnitDraft, attributes: XmlAttributes, start: number, end: number): SegmentDraft {
  let segment = unit.segments[unit.segmentCount];
  if (segment === undefined) {
    segment = {
      attributes,
      start,
      end,
      source: undefined,
      target: undefined,
      sourceDraft: contentDraft(),
      targetDraft: contentDraft(),
    };
    unit.segments.push(segment);
  } else {
    segment.attributes = attributes;
    segment.start = start;
    segment.end = end;
    segment.source = undefined;
    segment.target = undefined;
  }
  unit.segmentCount++;
  return segment;
}

/** Gives `content` its collector when its first inline element comes, carrying over the text read so far. */
export function startCollector(content: ContentDraft, source: string): InlineCollector {
  const collector = new InlineCollector(source);
  collector.text = content.text;
  content.collector = collector;
  return collector;
}
