import type { BilingualDocument } from '../model/bilingual.ts';
import { FileFormatError } from '../model/errors.ts';
import { readDelimited } from './delimited/read-delimited.ts';
import { detectFormat } from './detect-format.ts';
import { readPlainText } from './text/read-plain-text.ts';
import { readTmx } from './tmx/read-tmx.ts';
import { readXliff2 } from './xliff2/read-xliff2.ts';
import { readXliff12 } from './xliff12/read-xliff12.ts';
import { checkSize } from './xml/decode-xml.ts';

/**
 * Reads any bilingual file the product knows (XLIFF 1.2, XLIFF 2.x, TMX, CSV, TSV, plain text) into the model.
 * Bytes and file name in (the name gives the messages their place and breaks ties on format), document out.
 * Throws FileFormatError, and nothing else, on anything wrong: too big (default 200 MiB, `maxBytes`), empty,
 * truncated, malformed, hostile (entity declarations) or in no bilingual format.
 */
export function readBilingualFile(
  bytes: Uint8Array,
  file: string,
  options: { maxBytes?: number } = {},
): BilingualDocument {
  try {
    checkSize(bytes, file, options.maxBytes);
    const format = detectFormat(bytes, file);
    switch (format) {
      case 'xliff2':
        return readXliff2(bytes, file, options);
      case 'xliff12':
        return readXliff12(bytes, file, options);
      case 'tmx':
        return readTmx(bytes, file, options);
      case 'csv':
      case 'tsv':
        return readDelimited(bytes, file, format, options);
      case 'txt':
        return readPlainText(bytes, file, options);
    }
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    // A reader bug or an exhausted stack must still reach the user as a message about the file, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    throw new FileFormatError({ file }, `the file could not be read: ${reason}`, 'reader failure');
  }
}
