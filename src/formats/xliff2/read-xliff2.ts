import type { BilingualDocument, BilingualUnit, TargetState, UnitNote } from '../../model/bilingual.ts';
import { FileFormatError } from '../../model/errors.ts';
import { checkSize, decodeXml } from '../xml/decode-xml.ts';
import { mergeCodes, readInline } from '../xml/inline-content.ts';
import { ITS_NAMESPACE } from '../xml/its-issue.ts';
import { wrongRootMessage } from '../xml/root-kind.ts';
import type { XmlAttributes } from '../xml/scan-xml.ts';
import type { UnitPlace, XmlSkeleton } from '../xml/xml-skeleton.ts';
import { childElements, localName, scanSubtrees, textContent, type XmlElement } from '../xml/xml-tree.ts';
import { xliff2Classifier } from './xliff2-inline.ts';

const STATES = new Set<string>(['initial', 'translated', 'reviewed', 'final']);
const UNIT = new Set(['unit']);

/** Reads the notes of a unit's `<notes>` element. */
function readNotes(notes: XmlElement | undefined): UnitNote[] {
  if (!notes) return [];
  return childElements(notes, 'note').map((note) => {
    const appliesTo = note.attributes.appliesTo;
    return {
      text: textContent(note),
      ...(note.attributes.category === undefined ? {} : { category: note.attributes.category }),
      ...(appliesTo === 'source' || appliesTo === 'target' ? { appliesTo } : {}),
      ...(note.attributes.id === undefined ? {} : { id: note.attributes.id }),
    };
  });
}

/**
 * Parses XLIFF 2.0/2.1/2.2 text into the model: one unit per segment (id `unit` or `unit_segment` when a unit has
 * several), inline codes as placeholders, notes, state/subState and ITS issues, with a flat skeleton for exact
 * write-back. Text in, document out; throws FileFormatError.
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
  const usedIds = new Set<string>();
  const checkRoot = (name: string, attributes: XmlAttributes, start: number): void => {
    const wrong = wrongRootMessage(name, attributes, 'xliff2');
    if (wrong) throw new FileFormatError({ file, line: 1, column: 1 }, wrong, 'format detection');
    for (const [attribute, value] of Object.entries(attributes)) {
      if (attribute.startsWith('xmlns:') && value === ITS_NAMESPACE) itsPrefix = attribute.slice(6);
    }
    sourceLang = attributes.srcLang ?? '';
    targetLang = attributes.trgLang ?? '';
    if (!sourceLang) {
      throw new FileFormatError({ file, line: 1, column: 1 }, '<xliff> has no srcLang', 'XLIFF 2.1 §4.2.2.1 xliff');
    }
    void start;
  };
  const sourceClassifier = xliff2Classifier(itsPrefix, false);
  const readUnit = (unit: XmlElement): void => {
    const unitId = unit.attributes.id ?? String(units.length + 1);
    let notesElement: XmlElement | undefined;
    const segments: XmlElement[] = [];
    for (const child of unit.children) {
      if (typeof child === 'string') continue;
      const name = localName(child.name);
      if (name === 'notes') notesElement = child;
      else if (name === 'segment') segments.push(child);
    }
    const notes = readNotes(notesElement);
    segments.forEach((segment, index) => {
      let source: XmlElement | undefined;
      let target: XmlElement | undefined;
      for (const child of segment.children) {
        if (typeof child === 'string') continue;
        const name = localName(child.name);
        if (name === 'source') source = child;
        else if (name === 'target') target = child;
      }
      if (!source) return;
      const read = readInline(source, text, sourceClassifier);
      const written = target ? readInline(target, text, xliff2Classifier(itsPrefix, true)) : undefined;
      let id = segments.length === 1 ? unitId : `${unitId}_${segment.attributes.id ?? index + 1}`;
      if (usedIds.has(id)) id = `${fileId}_${id}`;
      usedIds.add(id);
      const state = segment.attributes.state;
      // One object shape for every unit keeps V8 on its fast path; absent values are undefined.
      const model: BilingualUnit = {
        id,
        source: read.text,
        target: written ? written.text : null,
        codes: written ? (read.codes.length === 0 ? written.codes : mergeCodes(written.codes, read.codes)) : read.codes,
        state: state !== undefined && STATES.has(state) ? (state as TargetState) : undefined,
        subState: segment.attributes.subState,
        notes: index === 0 ? notes : [],
        issues: written ? written.issues : [],
      };
      units.push(model);
      const selfClosing = target !== undefined && target.closeEnd === target.end;
      places.push({
        targetStart: target ? target.end : -1,
        targetEnd: target ? target.closeStart : -1,
        targetElementStart: target ? target.start : -1,
        targetElementEnd: target ? (selfClosing ? target.end : target.closeEnd) : -1,
        targetInsertAt: source.closeEnd,
        stateTagStart: segment.start,
        stateTagEnd: segment.end,
        notesStart: index === 0 ? (notesElement ? notesElement.start : unit.end) : -1,
        notesEnd: index === 0 ? (notesElement ? notesElement.closeEnd : unit.end) : -1,
      });
    });
  };
  scanSubtrees(text, file, UNIT, {
    outerOpen(name, attributes, start, end, depth) {
      if (depth === 0) {
        checkRoot(name, attributes, start);
        rootStart = start;
        rootEnd = end;
      } else if (localName(name) === 'file') fileId = attributes.id ?? '';
    },
    subtree(element, depth) {
      if (depth === 0) checkRoot(element.name, element.attributes, element.start);
      else readUnit(element);
    },
  });
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
  return { format: 'xliff2', sourceLang, targetLang, units, preserved };
}

/** Reads an XLIFF 2 file from its bytes (size checked, encoding from BOM or declaration). Throws FileFormatError. */
export function readXliff2(bytes: Uint8Array, file: string, options: { maxBytes?: number } = {}): BilingualDocument {
  checkSize(bytes, file, options.maxBytes);
  const { text, encoding } = decodeXml(bytes, file);
  return parseXliff2(text, file, encoding);
}
