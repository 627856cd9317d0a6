import type { BilingualDocument, BilingualFormat } from '../model/bilingual.ts';
import { writeDelimited } from './delimited/write-delimited.ts';
import { writePlainText } from './text/write-plain-text.ts';
import { writeTmx } from './tmx/write-tmx.ts';
import { writeXliff2 } from './xliff2/write-xliff2.ts';
import { writeXliff12 } from './xliff12/write-xliff12.ts';

/**
 * Writes a document in `format`, as text to be saved in UTF-8 (TMX and XLIFF read from UTF-16 are written as UTF-8
 * with their declaration changed). When the document was read from the same format and keeps its skeleton, the
 * output is the input byte for byte except where the user changed a target, state, note or issue; otherwise it is
 * generated fresh and valid. Plain text writes the French side, without code placeholders.
 */
export function writeBilingual(doc: BilingualDocument, format: BilingualFormat): string {
  switch (format) {
    case 'xliff2':
      return writeXliff2(doc);
    case 'xliff12':
      return writeXliff12(doc);
    case 'tmx':
      return writeTmx(doc);
    case 'csv':
    case 'tsv':
      return writeDelimited(doc, format);
    case 'txt':
      return writePlainText(doc);
  }
}

const FORMAT_NAMES: Record<BilingualFormat, string> = {
  xliff2: 'XLIFF 2',
  xliff12: 'XLIFF 1.2',
  tmx: 'TMX',
  csv: 'CSV',
  tsv: 'TSV',
  txt: 'text',
};

/**
 * What writing `doc` as `format` will leave out, in lines for the user: the languages of a TMX other than its
 * source and target, which only a write-back onto the same TMX keeps. Empty when nothing is lost.
 */
export function conversionWarnings(doc: BilingualDocument, format: BilingualFormat): string[] {
  const others = doc.otherLanguages ?? [];
  if (others.length === 0 || format === doc.format) return [];
  return [
    `the ${FORMAT_NAMES[doc.format]} holds text in ${others.join(', ')}, which the ${FORMAT_NAMES[format]} output leaves out (only ${doc.sourceLang} and ${doc.targetLang} are converted)`,
  ];
}
