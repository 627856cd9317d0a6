import { basename } from 'node:path';
import { detectFormat } from '../formats/detect-format.ts';
import { readBilingualFile } from '../formats/read-bilingual-file.ts';
import { readAlignedTexts } from '../formats/text/read-aligned-texts.ts';
import type { BilingualDocument } from '../model/bilingual.ts';
import type { EnglishRole, ReviewMode } from '../model/segment.ts';

/** A file to review, by name and content (read from disk or uploaded by the UI). */
export interface InputFile {
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** Inputs turned into one bilingual document, with what the English is. */
export interface ReadInputs {
  readonly document: BilingualDocument;
  readonly mode: ReviewMode;
  readonly englishRole: EnglishRole | null;
  readonly warnings: readonly string[];
}

/** Alignment confidence under which a pair is worth a warning to check it. */
const DOUBTFUL_ALIGNMENT = 0.5;

/**
 * Reads the French (a text or a bilingual file) and, when given, a separate English text that is either its source or
 * a retranslation, aligning the two sentence by sentence. Throws FileFormatError naming the file on bad input.
 */
export function readInputs(target: InputFile, english?: InputFile, englishRole: EnglishRole = 'source'): ReadInputs {
  if (english) {
    if (detectFormat(target.bytes, target.file) !== 'txt' || detectFormat(english.bytes, english.file) !== 'txt') {
      throw new Error(
        `An English file can only be aligned with a French plain text; ${basename(target.file)} already holds its own source.`,
      );
    }
    const document = readAlignedTexts(
      { bytes: english.bytes, file: english.file },
      { bytes: target.bytes, file: target.file },
    );
    const doubtful = document.units.filter((unit) => (unit.alignmentConfidence ?? 1) < DOUBTFUL_ALIGNMENT).length;
    const warnings = doubtful > 0 ? [`${doubtful} sentence pairs were aligned with low confidence; check them.`] : [];
    return { document, mode: englishRole, englishRole, warnings };
  }
  const document = readBilingualFile(target.bytes, target.file);
  const hasEnglish = document.units.some((unit) => unit.source.trim().length > 0);
  return {
    document,
    mode: hasEnglish ? 'source' : 'target-only',
    englishRole: hasEnglish ? 'source' : null,
    warnings: [],
  };
}
