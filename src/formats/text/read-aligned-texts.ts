import { alignTexts } from '../../align/align-texts.ts';
import type { BilingualDocument, BilingualUnit } from '../../model/bilingual.ts';
import { decodeText, detectBom } from '../../text/decode-text.ts';
import type { PlainTextSkeleton } from './plain-text-skeleton.ts';

/** A text file given by name and content. */
export interface TextFileInput {
  readonly bytes: Uint8Array;
  readonly file: string;
}

/**
 * Reads an English text (source or retranslation) and its French, aligns them and returns one unit per aligned
 * pair: English sentences joined by a space as source, the French sentences as they stand in the text as target
 * ('' when the French is missing: an omission to show), the alignment confidence and the French paragraph.
 * `preserved` describes the French text so writePlainText rebuilds it. Throws FileFormatError naming the bad file.
 */
export function readAlignedTexts(english: TextFileInput, french: TextFileInput): BilingualDocument {
  const englishText = decodeText(english.bytes, english.file).text;
  const decodedFrench = decodeText(french.bytes, french.file);
  const frenchText = decodedFrench.text;
  const units: BilingualUnit[] = [];
  const gaps: string[] = [];
  const emptyUnits: number[] = [];
  let cursor = 0;
  for (const pair of alignTexts(englishText, frenchText).pairs) {
    const first = pair.french[0];
    const last = pair.french.at(-1);
    let target = '';
    if (first && last) {
      gaps.push(frenchText.slice(cursor, first.start));
      target = frenchText.slice(first.start, last.end);
      cursor = last.end;
    } else {
      gaps.push('');
      emptyUnits.push(units.length);
    }
    units.push({
      id: `s${units.length + 1}`,
      source: pair.english.map((sentence) => sentence.text).join(' '),
      target,
      codes: [],
      notes: [],
      issues: [],
      paragraph: pair.frenchParagraph,
      alignmentConfidence: pair.confidence,
    });
  }
  gaps.push(frenchText.slice(cursor));
  const preserved: PlainTextSkeleton = {
    kind: 'plain-text',
    encoding: decodedFrench.encoding,
    bom: detectBom(french.bytes).length > 0,
    gaps,
    emptyUnits,
  };
  return { format: 'txt', sourceLang: 'en', targetLang: 'fr', units, preserved };
}
