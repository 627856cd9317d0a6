import type { TFunction } from 'i18next';
import type { ExportFormat, Settings } from '../api/views.ts';
import { readBilingualFile } from '../formats/read-bilingual-file.ts';
import { writeBilingual } from '../formats/write-bilingual.ts';
import type { BilingualDocument } from '../model/bilingual.ts';
import type { Flag } from '../model/flag.ts';
import type { ReviewDocument } from '../model/review.ts';
import { writeDocx } from './docx-export.ts';
import { writeHtmlReport } from './html-report.ts';
import { ontoOriginal, WRITTEN_BACK_FORMATS } from './onto-original.ts';
import { reviewTranslator } from './review-i18n.ts';
import { type BilingualExportFormat, reviewToBilingual } from './review-to-bilingual.ts';

/** What an export produced: the bytes to write, a file name to offer, its MIME type and the unapproved count. */
export interface ExportedFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly mimeType: string;
  /** Segments not approved yet, for the warning. */
  readonly unapproved: number;
  /** Segments (TMX: pairs) in the file; 0 when the export is empty. */
  readonly written: number;
}

/** Options of an export: flags for the report (`flags[i]` are segment i's), settings, the time, a translator. */
export interface ExportOptions {
  readonly flags?: readonly (readonly Flag[])[];
  readonly settings: Settings;
  /** ISO 8601 time printed in the report. */
  readonly now: string;
  /** Translator of `review` keys; English when absent. */
  readonly t?: TFunction;
  /**
   * The XLIFF or TMX file the review was opened from: an export to its format is written back onto it, changing
   * only what the review changed.
   */
  readonly original?: { readonly bytes: Uint8Array; readonly file: string };
}

const FILE_TYPES: Readonly<Record<ExportFormat, { extension: string; mimeType: string }>> = {
  txt: { extension: '.fr.txt', mimeType: 'text/plain; charset=utf-8' },
  xliff2: { extension: '.xlf', mimeType: 'application/xliff+xml' },
  xliff12: { extension: '.xliff12.xlf', mimeType: 'application/x-xliff+xml' },
  tmx: { extension: '.tmx', mimeType: 'application/x-tmx+xml' },
  csv: { extension: '.csv', mimeType: 'text/csv; charset=utf-8' },
  html: { extension: '.report.html', mimeType: 'text/html; charset=utf-8' },
  docx: {
    extension: '.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
};

// The extension of the file a review was opened from, which the export's own replaces (no "article.txt.fr.txt").
const INPUT_EXTENSION = /\.(?:txt|text|xlf|xliff|sdlxliff|mqxliff|tmx|csv|tsv)$/i;

/** A file name from the review's name: characters file systems refuse become dashes. */
export function exportFileName(review: ReviewDocument, format: ExportFormat): string {
  const base =
    review.name
      .replace(INPUT_EXTENSION, '')
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
      .trim() || 'relecture';
  return `${base}${FILE_TYPES[format].extension}`;
}

/**
 * The bilingual document a review exports to `format`: written back onto `original` when the review was opened from
 * a file of that format and its units still match the segments, else fresh.
 */
function bilingualExport(
  review: ReviewDocument,
  format: BilingualExportFormat,
  original: ExportOptions['original'],
): BilingualDocument {
  if (original !== undefined && review.origin.format === format && WRITTEN_BACK_FORMATS.has(format)) {
    const onto = ontoOriginal(
      reviewToBilingual(review, format, true),
      readBilingualFile(original.bytes, original.file),
      review,
    );
    if (onto !== null) return onto;
  }
  return reviewToBilingual(review, format);
}

/**
 * Exports a review: `txt` the corrected French in its paragraphs, `xliff2`/`xliff12`/`csv` the bilingual document
 * with states, notes and quality issues, `tmx` the approved pairs, `html` the review report, `docx` the corrected
 * text as a Word document. The result says how many segments are not approved yet.
 */
export async function exportReview(
  review: ReviewDocument,
  format: ExportFormat,
  options: ExportOptions,
): Promise<ExportedFile> {
  const encoder = new TextEncoder();
  let bytes: Uint8Array;
  let written = review.segments.length;
  switch (format) {
    case 'txt':
    case 'xliff2':
    case 'xliff12':
    case 'tmx':
    case 'csv': {
      const doc = bilingualExport(review, format, options.original);
      written = doc.units.length;
      bytes = encoder.encode(writeBilingual(doc, format));
      break;
    }
    case 'html':
      bytes = encoder.encode(
        writeHtmlReport(review, options.flags ?? [], options.settings, options.now, reviewTranslator(options.t)),
      );
      break;
    case 'docx':
      bytes = await writeDocx(review);
      break;
    default:
      throw new Error(`unknown export format ${String(format)}`);
  }
  return {
    bytes,
    fileName: exportFileName(review, format),
    mimeType: FILE_TYPES[format].mimeType,
    unapproved: review.segments.filter((segment) => segment.status !== 'approved').length,
    written,
  };
}
