import type { BilingualDocument, BilingualUnit } from '../../model/bilingual.ts';
import { FileFormatError } from '../../model/errors.ts';
import { UniqueIds } from '../unique-ids.ts';
import { checkSize, decodeXml } from '../xml/decode-xml.ts';
import { mergeCodes, readInline } from '../xml/inline-content.ts';
import { withOptional } from '../xml/optional-fields.ts';
import { wrongRootMessage } from '../xml/root-kind.ts';
import type { UnitPlace, XmlSkeleton } from '../xml/xml-skeleton.ts';
import { childElements, localName, scanSubtrees, type XmlElement } from '../xml/xml-tree.ts';
import { classifyTmx, notesFromTmx, provenanceFromTmx, tuvLanguage } from './tmx-mapping.ts';

const TU = new Set(['tu']);

/** The `seg` of a `tuv`, if any. */
function segOf(tuv: XmlElement | undefined): XmlElement | undefined {
  return tuv ? childElements(tuv, 'seg')[0] : undefined;
}

/**
 * Parses TMX 1.4b text into the model: one unit per `tu` that has an English (`en*`) or French (`fr*`) variant;
 * other languages stay in the skeleton; `note`/`prop` become notes; creation and change records become provenance.
 * Text in, document out; throws FileFormatError.
 */
export function parseTmx(text: string, file: string, encoding = 'utf-8'): BilingualDocument {
  let sourceLang = '';
  let targetLang = '';
  let rootStart = 0;
  let rootEnd = 0;
  let datatype: string | undefined;
  const otherLanguages = new Set<string>();
  const units: BilingualUnit[] = [];
  const places: UnitPlace[] = [];
  const usedIds = new UniqueIds();
  scanSubtrees(text, file, TU, {
    outerOpen(name, attributes, start, end, depth) {
      if (depth === 0) {
        const wrong = wrongRootMessage(name, attributes, 'tmx');
        if (wrong) throw new FileFormatError({ file, line: 1, column: 1 }, wrong, 'format detection');
        rootStart = start;
        rootEnd = end;
      } else if (name === 'header' && depth === 1) datatype = attributes.datatype;
    },
    subtree(tu, depth) {
      if (depth === 0) {
        const wrong = wrongRootMessage(tu.name, tu.attributes, 'tmx');
        throw new FileFormatError({ file, line: 1, column: 1 }, wrong ?? 'no <tmx> root', 'format detection');
      }
      const tuvs = childElements(tu, 'tuv');
      const english = tuvs.find((tuv) => tuvLanguage(tuv).startsWith('en'));
      const french = tuvs.find((tuv) => tuvLanguage(tuv).startsWith('fr'));
      for (const tuv of tuvs) {
        if (tuv !== english && tuv !== french)
          otherLanguages.add(tuv.attributes['xml:lang'] ?? tuv.attributes.lang ?? '');
      }
      if (!english && !french) return;
      if (english && !sourceLang) sourceLang = english.attributes['xml:lang'] ?? english.attributes.lang ?? '';
      if (french && !targetLang) targetLang = french.attributes['xml:lang'] ?? french.attributes.lang ?? '';
      const sourceSeg = segOf(english);
      const targetSeg = segOf(french);
      const read = sourceSeg ? readInline(sourceSeg, text, classifyTmx) : { text: '', codes: [], issues: [] };
      const written = targetSeg ? readInline(targetSeg, text, classifyTmx) : undefined;
      let id = tu.attributes.tuid ?? String(units.length + 1);
      while (!usedIds.add(id)) id = `${id}_`;
      const noteElements = tu.children.filter(
        (child): child is XmlElement =>
          typeof child !== 'string' && (localName(child.name) === 'note' || localName(child.name) === 'prop'),
      );
      const unit: BilingualUnit = {
        id,
        source: read.text,
        target: written ? written.text : null,
        codes: written ? mergeCodes(written.codes, read.codes) : read.codes,
        notes: notesFromTmx(noteElements),
        issues: [],
      };
      units.push(withOptional(unit, { provenance: provenanceFromTmx(tu.attributes) }));
      const firstNote = noteElements[0];
      const lastNote = noteElements[noteElements.length - 1];
      const lastTuv = tuvs[tuvs.length - 1]!;
      const contiguous = noteElements.every(
        (note, index) => index === 0 || /^\s*$/.test(text.slice(noteElements[index - 1]!.closeEnd, note.start)),
      );
      places.push({
        targetStart: targetSeg ? targetSeg.end : -1,
        targetEnd: targetSeg ? targetSeg.closeStart : -1,
        targetElementStart: french ? french.start : -1,
        targetElementEnd: french ? french.closeEnd : -1,
        targetInsertAt: lastTuv.closeEnd,
        stateTagStart: tu.start,
        stateTagEnd: tu.end,
        notesStart: firstNote ? firstNote.start : (tuvs[0]?.start ?? tu.end),
        notesEnd: firstNote ? (contiguous ? lastNote!.closeEnd : firstNote.closeEnd) : (tuvs[0]?.start ?? tu.end),
        extraNoteRanges: contiguous
          ? undefined
          : noteElements.slice(1).map((note) => [note.start, note.closeEnd] as const),
      });
    },
  });
  const preserved: XmlSkeleton = {
    kind: 'xml-skeleton',
    format: 'tmx',
    text,
    encoding,
    read: units,
    places,
    rootStart,
    rootEnd,
  };
  const doc: BilingualDocument = {
    format: 'tmx',
    sourceLang: sourceLang || 'en',
    targetLang: targetLang || 'fr',
    units,
    preserved,
  };
  return withOptional(doc, { datatype, otherLanguages: otherLanguages.size > 0 ? [...otherLanguages] : undefined });
}

/** Reads a TMX file from its bytes (UTF-16 with BOM or UTF-8; size checked). Throws FileFormatError. */
export function readTmx(bytes: Uint8Array, file: string, options: { maxBytes?: number } = {}): BilingualDocument {
  checkSize(bytes, file, options.maxBytes);
  const { text, encoding } = decodeXml(bytes, file);
  return parseTmx(text, file, encoding);
}
