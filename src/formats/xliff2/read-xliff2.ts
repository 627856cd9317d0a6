import type {
  BilingualDocument,
  BilingualUnit,
  InlineCode,
  QualityIssue,
  TargetState,
  UnitNote,
} from '../../model/bilingual.ts';
import { FileFormatError } from '../../model/errors.ts';
import { UniqueIds } from '../unique-ids.ts';
import { checkSize, decodeXml } from '../xml/decode-xml.ts';
import { mergeCodes } from '../xml/inline-content.ts';
import { itsPrefixOf } from '../xml/its-issue.ts';
import { wrongRootMessage } from '../xml/root-kind.ts';
import { scanXml, type XmlAttributes, type XmlHandler } from '../xml/scan-xml.ts';
import type { UnitPlace, XmlSkeleton } from '../xml/xml-skeleton.ts';
import {
  type ContentDraft,
  NO_NOTES,
  nextSegment,
  restartContent,
  restartUnit,
  type SegmentDraft,
  startCollector,
  type UnitDraft,
} from './xliff2-drafts.ts';
import { charOfCp, classifyXliff2 } from './xliff2-inline.ts';

const NO_CODES: readonly InlineCode[] = Object.freeze([]);
const NO_ISSUES: readonly QualityIssue[] = Object.freeze([]);

// Known states, mapped to one shared string each so that units do not each keep a copy.
const STATES = new Map<string, TargetState>(
  (['initial', 'translated', 'reviewed', 'final'] as const).map((state) => [state, state]),
);

/**
 * Whether the model reads an element named `child` inside `parent`. The content of the others (modules,
 * file-level notes, `ignorable`) stays in the skeleton: the scanner checks it without reporting it.
 */
function isRead(parent: string | undefined, child: string): boolean {
  switch (parent) {
    case 'xliff':
      // Units outside any <file> are invalid, but their text is still the user's: read, not dropped.
      return child === 'file' || child === 'unit' || child === 'group';
    case 'file':
    case 'group':
      return child === 'unit' || child === 'group';
    case 'unit':
      return child === 'notes' || child === 'segment' || child === 'originalData';
    case 'notes':
      return child === 'note';
    case 'segment':
      return child === 'source' || child === 'target';
    default:
      return true;
  }
}

/** Local part of a qualified name. */
function local(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** A model note from a `<note>`'s attributes and text. */
function noteOf(attributes: XmlAttributes, text: string): UnitNote {
  const { appliesTo, category, id } = attributes;
  return {
    text,
    ...(category === undefined ? {} : { category }),
    ...(appliesTo === 'source' || appliesTo === 'target' ? { appliesTo } : {}),
    ...(id === undefined ? {} : { id }),
  };
}

/**
 * Parses XLIFF 2.0/2.1/2.2 text into the model: one unit per segment (id `unit` or `unit_segment` when a unit has
 * several, which then name their unit in `segmentOf`), inline codes as placeholders, notes, state/subState and ITS issues, with a flat skeleton for exact
 * write-back. Streams over the tags without building a tree. Text in, document out; throws FileFormatError.
 */
export function parseXliff2(text: string, file: string, encoding = 'utf-8'): BilingualDocument {
  let sourceLang = '';
  let targetLang = '';
  let itsPrefix = 'its';
  let fileId = '';
  let rootStart = 0;
  let rootEnd = 0;
  const units: BilingualUnit[] = [];
  const places: UnitPlace[] = [];
  const usedIds = new UniqueIds();
  const path: string[] = [];
  const unitDraft: UnitDraft = {
    id: undefined,
    notes: NO_NOTES,
    notesStart: 0,
    notesEnd: 0,
    segments: [],
    segmentCount: 0,
    dataIds: [],
    dataValues: [],
    dataCount: 0,
  };
  let unit: UnitDraft | null = null;
  let segment: SegmentDraft | null = null;
  let content: ContentDraft | null = null;
  let contentIsTarget = false;
  let note: { attributes: XmlAttributes; text: string } | null = null;
  let original: string | undefined;
  // The <data> being read, and its id.
  let data: { id: string; text: string } | null = null;
  // The native code a dataRef names in the current unit's originalData (which comes before its segments).
  const dataOf = (ref: string | undefined): string | undefined => {
    if (ref === undefined || unit === null) return undefined;
    for (let index = 0; index < unit.dataCount; index++) {
      if (unit.dataIds[index] === ref) return unit.dataValues[index];
    }
    return undefined;
  };

  const checkRoot = (name: string, attributes: XmlAttributes): void => {
    const wrong = wrongRootMessage(name, attributes, 'xliff2');
    if (wrong) throw new FileFormatError({ file, line: 1, column: 1 }, wrong, 'format detection');
    itsPrefix = itsPrefixOf(attributes);
    sourceLang = attributes.srcLang ?? '';
    targetLang = attributes.trgLang ?? '';
    if (!sourceLang) {
      throw new FileFormatError({ file, line: 1, column: 1 }, '<xliff> has no srcLang', 'XLIFF 2.1 §4.2.2.1 xliff');
    }
  };

  const finishUnit = (draft: UnitDraft): void => {
    const unitId = draft.id ?? String(units.length + 1);
    const segments = draft.segments;
    const count = draft.segmentCount;
    for (let index = 0; index < count; index++) {
      const { source, target, attributes, start, end } = segments[index]!;
      if (!source) continue;
      let id = count === 1 ? unitId : `${unitId}_${attributes.id ?? index + 1}`;
      while (!usedIds.add(id)) id = `${fileId}_${id}`;
      const readCodes = source.collector === null ? NO_CODES : source.collector.codes;
      const written = target?.collector ?? null;
      const writtenCodes = written === null ? NO_CODES : written.codes;
      const stateValue = attributes.state;
      const state = stateValue !== undefined ? STATES.get(stateValue) : undefined;
      const subState = attributes.subState;
      const codes = target ? (readCodes.length === 0 ? writtenCodes : mergeCodes(writtenCodes, readCodes)) : readCodes;
      const notes = index === 0 ? draft.notes : NO_NOTES;
      const issues = written === null ? NO_ISSUES : written.issues;
      const sourceText = source.collector === null ? source.text : source.collector.text;
      const targetText = target ? (written === null ? target.text : written.text) : null;
      // One literal per shape (rather than adding the optional keys afterwards) keeps the fields in the object and
      // their order as before: state and subState only when present.
      const unit: BilingualUnit =
        state === undefined
          ? subState === undefined
            ? { id, source: sourceText, target: targetText, codes, notes, issues }
            : { id, source: sourceText, target: targetText, codes, notes, issues, subState }
          : subState === undefined
            ? { id, source: sourceText, target: targetText, codes, notes, issues, state }
            : { id, source: sourceText, target: targetText, codes, notes, issues, state, subState };
      // Only units split into segments pay for the extra field.
      units.push(count === 1 ? unit : { ...unit, segmentOf: unitId });
      places.push({
        targetStart: target ? target.end : -1,
        targetEnd: target ? target.closeStart : -1,
        targetElementStart: target ? target.start : -1,
        targetElementEnd: target ? target.closeEnd : -1,
        targetInsertAt: source.closeEnd,
        stateTagStart: start,
        stateTagEnd: end,
        notesStart: index === 0 ? draft.notesStart : -1,
        notesEnd: index === 0 ? draft.notesEnd : -1,
      });
    }
  };

  const handler: XmlHandler = {
    // White space matters only inside a source, a target or a note.
    ignoresWhitespace: true,
    open(name, attributes, start, end, selfClosing) {
      const localName = local(name);
      if (content) {
        const collector = content.collector ?? startCollector(content, text);
        const role = classifyXliff2(localName, attributes, start, itsPrefix, contentIsTarget, collector, dataOf);
        collector.open(role, start, end, selfClosing);
        path.push(localName);
        return;
      }
      const parent = path[path.length - 1];
      path.push(localName);
      if (path.length === 1) {
        checkRoot(name, attributes);
        rootStart = start;
        rootEnd = end;
        return;
      }
      if (!isRead(parent, localName)) handler.skipsContent = true;
      switch (localName) {
        case 'file':
          if (parent === 'xliff') {
            fileId = attributes.id ?? '';
            original ??= attributes.original;
          }
          break;
        case 'data':
          if (unit && parent === 'originalData') {
            data = { id: attributes.id ?? '', text: '' };
            handler.ignoresWhitespace = false;
          }
          break;
        case 'cp':
          // A character XML cannot hold, inside a <data>.
          if (data) data.text += charOfCp(attributes.hex);
          break;
        case 'unit':
          unit = restartUnit(unitDraft, attributes.id, end);
          break;
        case 'notes':
          if (unit && parent === 'unit') unit.notesStart = start;
          break;
        case 'note':
          if (unit && parent === 'notes' && path[path.length - 3] === 'unit') {
            note = { attributes, text: '' };
            handler.ignoresWhitespace = false;
          }
          break;
        case 'segment':
          if (unit && parent === 'unit') {
            segment = nextSegment(unit, attributes, start, end);
          }
          break;
        case 'source':
        case 'target':
          if (segment && parent === 'segment') {
            contentIsTarget = localName === 'target';
            content = restartContent(contentIsTarget ? segment.targetDraft : segment.sourceDraft, start, end);
            handler.ignoresWhitespace = false;
            if (contentIsTarget) segment.target = content;
            else segment.source = content;
          }
          break;
      }
    },
    close(_name, start, end) {
      const localName = path.pop();
      if (content) {
        if (content.collector !== null && content.collector.depth > 0) {
          content.collector.close(start, end);
          return;
        }
        content.closeStart = start;
        content.closeEnd = end;
        content = null;
        handler.ignoresWhitespace = note === null;
        return;
      }
      switch (localName) {
        case 'data':
          if (data && unit) {
            unit.dataIds[unit.dataCount] = data.id;
            unit.dataValues[unit.dataCount] = data.text;
            unit.dataCount++;
          }
          data = null;
          handler.ignoresWhitespace = true;
          break;
        case 'note':
          if (note && unit) {
            if (unit.notes === NO_NOTES) unit.notes = [];
            (unit.notes as UnitNote[]).push(noteOf(note.attributes, note.text));
          }
          note = null;
          handler.ignoresWhitespace = true;
          break;
        case 'notes':
          if (unit && path[path.length - 1] === 'unit') unit.notesEnd = end;
          break;
        case 'segment':
          segment = null;
          break;
        case 'unit':
          if (unit) finishUnit(unit);
          unit = null;
          break;
      }
    },
    text(value) {
      if (content) {
        if (content.collector === null) content.text += value;
        else content.collector.addText(value);
      } else if (note) note.text += value;
      else if (data) data.text += value;
    },
  };
  scanXml(text, file, handler);
  const preserved: XmlSkeleton = {
    kind: 'xml-skeleton',
    format: 'xliff2',
    text,
    encoding,
    read: units,
    places,
    rootStart,
    rootEnd,
  };
  const doc: BilingualDocument = { format: 'xliff2', sourceLang, targetLang, units, preserved };
  return original === undefined ? doc : { ...doc, original };
}

/** Reads an XLIFF 2 file from its bytes (size checked, encoding from BOM or declaration). Throws FileFormatError. */
export function readXliff2(bytes: Uint8Array, file: string, options: { maxBytes?: number } = {}): BilingualDocument {
  checkSize(bytes, file, options.maxBytes);
  const { text, encoding } = decodeXml(bytes, file);
  return parseXliff2(text, file, encoding);
}
