import type { BilingualDocument, BilingualUnit } from '../../model/bilingual.ts';
import { FileFormatError } from '../../model/errors.ts';
import { UniqueIds } from '../unique-ids.ts';
import { checkSize, decodeXml } from '../xml/decode-xml.ts';
import { mergeCodes, readInline } from '../xml/inline-content.ts';
import { itsPrefixOf } from '../xml/its-issue.ts';
import { withOptional } from '../xml/optional-fields.ts';
import { wrongRootMessage } from '../xml/root-kind.ts';
import type { UnitPlace, XmlSkeleton } from '../xml/xml-skeleton.ts';
import { localName, scanSubtrees, type XmlElement } from '../xml/xml-tree.ts';
import { sdlSegments, stateFromSdlConf, subStateFromSdlConf } from './sdl-confirmation.ts';
import { classify12, noteFrom12, QUALIFIER_PREFIX, stateFrom12 } from './xliff12-mapping.ts';

const TRANS_UNIT = new Set(['trans-unit']);

/** The `mrk mtype="seg"` elements of a seg-source or target, at any depth, by `mid`. */
function segmentMarkers(element: XmlElement | undefined): Map<string, XmlElement> {
  const found = new Map<string, XmlElement>();
  const visit = (parent: XmlElement): void => {
    for (const child of parent.children) {
      if (typeof child === 'string') continue;
      if (localName(child.name) === 'mrk' && child.attributes.mtype === 'seg') {
        found.set(child.attributes.mid ?? String(found.size + 1), child);
      } else visit(child);
    }
  };
  if (element) visit(element);
  return found;
}

/** Ranges of the notes of a trans-unit: the first range to replace, the others to remove. */
function noteRanges(notes: readonly XmlElement[], text: string, fallback: number) {
  if (notes.length === 0) return { notesStart: fallback, notesEnd: fallback, extraNoteRanges: undefined };
  const first = notes[0]!;
  const last = notes[notes.length - 1]!;
  const between = text.slice(first.start, last.closeEnd);
  const contiguous = notes.every(
    (note, index) => index === 0 || /^\s*$/.test(text.slice(notes[index - 1]!.closeEnd, note.start)),
  );
  if (contiguous || between === '')
    return { notesStart: first.start, notesEnd: last.closeEnd, extraNoteRanges: undefined };
  return {
    notesStart: first.start,
    notesEnd: first.closeEnd,
    extraNoteRanges: notes.slice(1).map((note) => [note.start, note.closeEnd] as const),
  };
}

/**
 * Parses XLIFF 1.2 text (memoQ/Trados style) into the model: one unit per trans-unit, or per `mrk mtype="seg"`
 * when a `seg-source` splits it (id `unit_mid`, `segmentOf` the trans-unit id); state mapped to XLIFF 2 states, `state-qualifier` kept as subState
 * `xlf12:…` (a Trados segment's state comes from its `sdl:seg conf` instead); notes; inline codes as placeholders. Text in, document out; throws FileFormatError.
 */
export function parseXliff12(text: string, file: string, encoding = 'utf-8'): BilingualDocument {
  let sourceLang = '';
  let targetLang = '';
  let rootStart = 0;
  let rootEnd = 0;
  let itsPrefix = 'its';
  let original: string | undefined;
  let datatype: string | undefined;
  const units: BilingualUnit[] = [];
  const places: UnitPlace[] = [];
  const usedIds = new UniqueIds();
  const addUnit = (
    id: string,
    source: XmlElement,
    target: XmlElement | undefined,
    tu: XmlElement,
    { first, segmentOf, sdlSeg }: { first: boolean; segmentOf?: string; sdlSeg?: XmlElement },
  ) => {
    const classify = (element: XmlElement, nth: number) => classify12(element, nth, itsPrefix);
    const read = readInline(source, text, classify);
    const written = target ? readInline(target, text, classify) : undefined;
    let unitId = id;
    while (!usedIds.add(unitId)) unitId = `${unitId}_`;
    const targetElement = childNamed(tu, 'target');
    const qualifier = targetElement?.attributes['state-qualifier'];
    // A Trados segment's confirmation level is its state; the target's state would be the whole trans-unit's.
    const conf = sdlSeg?.attributes.conf;
    const stateTag = sdlSeg ?? targetElement;
    const notes = first
      ? tu.children.filter(
          (child): child is XmlElement => typeof child !== 'string' && localName(child.name) === 'note',
        )
      : [];
    const unit: BilingualUnit = {
      id: unitId,
      source: read.text,
      target: written ? written.text : null,
      codes: written ? mergeCodes(written.codes, read.codes) : read.codes,
      notes: notes.map(noteFrom12),
      issues: written ? written.issues : [],
    };
    units.push(
      withOptional(unit, {
        state: sdlSeg ? stateFromSdlConf(conf) : stateFrom12(targetElement?.attributes.state),
        subState: sdlSeg
          ? subStateFromSdlConf(conf)
          : qualifier === undefined
            ? undefined
            : `${QUALIFIER_PREFIX}${qualifier}`,
        segmentOf,
      }),
    );
    const selfClosing = target !== undefined && target.closeEnd === target.end;
    const ranges = first
      ? noteRanges(notes, text, tu.closeStart)
      : { notesStart: -1, notesEnd: -1, extraNoteRanges: undefined };
    places.push({
      targetStart: target ? target.end : -1,
      targetEnd: target ? target.closeStart : -1,
      targetElementStart: target ? target.start : -1,
      targetElementEnd: target ? (selfClosing ? target.end : target.closeEnd) : -1,
      targetInsertAt: (childNamed(tu, 'seg-source') ?? childNamed(tu, 'source') ?? source).closeEnd,
      stateTagStart: stateTag ? stateTag.start : -1,
      stateTagEnd: stateTag ? stateTag.end : -1,
      ...ranges,
    });
  };
  scanSubtrees(text, file, TRANS_UNIT, {
    outerOpen(name, attributes, start, end, depth) {
      if (depth === 0) {
        const wrong = wrongRootMessage(name, attributes, 'xliff12');
        if (wrong) throw new FileFormatError({ file, line: 1, column: 1 }, wrong, 'format detection');
        rootStart = start;
        rootEnd = end;
        itsPrefix = itsPrefixOf(attributes);
      } else if (localName(name) === 'file' && !sourceLang) {
        sourceLang = attributes['source-language'] ?? '';
        targetLang = attributes['target-language'] ?? '';
        original = attributes.original;
        datatype = attributes.datatype;
      }
    },
    subtree(tu, depth) {
      if (depth === 0) {
        const wrong = wrongRootMessage(tu.name, tu.attributes, 'xliff12');
        throw new FileFormatError({ file, line: 1, column: 1 }, wrong ?? 'no <xliff> root', 'format detection');
      }
      const id = tu.attributes.id ?? String(units.length + 1);
      const source = childNamed(tu, 'source');
      if (!source) return;
      const segments = segmentMarkers(childNamed(tu, 'seg-source'));
      const target = childNamed(tu, 'target');
      if (segments.size === 0) {
        addUnit(id, source, target, tu, { first: true });
        return;
      }
      const targetSegments = segmentMarkers(target);
      const sdl = sdlSegments(tu);
      let first = true;
      for (const [mid, marker] of segments) {
        const sdlSeg = sdl.get(mid);
        if (segments.size === 1) addUnit(id, marker, targetSegments.get(mid), tu, { first, sdlSeg });
        else addUnit(`${id}_${mid}`, marker, targetSegments.get(mid), tu, { first, segmentOf: id, sdlSeg });
        first = false;
      }
    },
  });
  const preserved: XmlSkeleton = {
    kind: 'xml-skeleton',
    format: 'xliff12',
    text,
    encoding,
    read: units,
    places,
    rootStart,
    rootEnd,
  };
  return withOptional({ format: 'xliff12', sourceLang, targetLang, units, preserved } as BilingualDocument, {
    original,
    datatype,
  });
}

/** First child element of `parent` with local name `name`. */
function childNamed(parent: XmlElement, name: string): XmlElement | undefined {
  for (const child of parent.children) {
    if (typeof child !== 'string' && localName(child.name) === name) return child;
  }
  return undefined;
}

/** Reads an XLIFF 1.2 file from its bytes (size checked, encoding from BOM or declaration). Throws FileFormatError. */
export function readXliff12(bytes: Uint8Array, file: string, options: { maxBytes?: number } = {}): BilingualDocument {
  checkSize(bytes, file, options.maxBytes);
  const { text, encoding } = decodeXml(bytes, file);
  return parseXliff12(text, file, encoding);
}
