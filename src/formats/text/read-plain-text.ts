import type { BilingualDocument, BilingualUnit } from '../../model/bilingual.ts';
import { decodeText, detectBom } from '../../text/decode-text.ts';
import { segmentText } from '../../text/segment-text.ts';
import type { PlainTextSkeleton } from './plain-text-skeleton.ts';

/**
 * Reads a French plain text (UTF-8, UTF-16 with BOM or Windows-1252) into a document with one unit per sentence:
 * empty source, the sentence as target, ids `s1`…, paragraph indices; `preserved` lets writePlainText give back the
 * identical text. Throws FileFormatError naming `file` for empty, binary or too big input.
 */
export function readPlainText(bytes: Uint8Array, file: string, options?: { maxBytes?: number }): BilingualDocument {
  const { text, encoding } = decodeText(bytes, file, options);
  const units: BilingualUnit[] = [];
  const gaps: string[] = [];
  let cursor = 0;
  segmentText(text, 'fr').paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const sentence of paragraph.sentences) {
      gaps.push(text.slice(cursor, sentence.start));
      cursor = sentence.end;
      units.push({
        id: `s${units.length + 1}`,
        source: '',
        target: sentence.text,
        codes: [],
        notes: [],
        issues: [],
        paragraph: paragraphIndex,
      });
    }
  });
  gaps.push(text.slice(cursor));
  const preserved: PlainTextSkeleton = { kind: 'plain-text', encoding, bom: detectBom(bytes).length > 0, gaps };
  return { format: 'txt', sourceLang: 'en', targetLang: 'fr', units, preserved };
}
