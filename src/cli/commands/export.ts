import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import type { ExportFormat } from '../../api/views.ts';
import { defaultSettings } from '../../app/settings-service.ts';
import { exportReview } from '../../export/export-review.ts';
import { ProtectedPathError } from '../../export/protected-paths.ts';
import { writeExportAtomically } from '../../export/write-export-atomically.ts';
import { readBilingualFile } from '../../formats/read-bilingual-file.ts';
import { readAlignedTexts } from '../../formats/text/read-aligned-texts.ts';
import type { BilingualDocument } from '../../model/bilingual.ts';
import { FileFormatError } from '../../model/errors.ts';
import type { ReviewDocument } from '../../model/review.ts';
import type { EnglishRole, ReviewMode } from '../../model/segment.ts';
import { createReview } from '../../review/create-review.ts';
import { isProjectFile } from '../../store/project-file-read.ts';
import { readProjectOriginal } from '../../store/project-original.ts';
import { ProjectStore } from '../../store/project-store.ts';

const FORMATS: readonly ExportFormat[] = ['txt', 'xliff2', 'xliff12', 'tmx', 'csv', 'html', 'docx'];
const EXIT_INPUT = 2;

interface ExportCliOptions {
  readonly to: ExportFormat;
  readonly output: string;
  readonly source?: string;
  readonly retranslation?: string;
}

/** A review to export, the files it must not be written over, and the XLIFF or TMX it was opened from. */
interface OpenedForExport {
  readonly review: ReviewDocument;
  readonly inputs: string[];
  readonly original?: { readonly bytes: Uint8Array; readonly file: string };
}

/** An input problem to report on stderr with exit code 2; the message names the file. */
class InputError extends Error {}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${file}: is a directory`);
    throw new InputError(`${file}: cannot be read (${(error as Error).message})`);
  }
}

/**
 * Opens what the user named as a review: a Relecture project (snapshot plus journal, read without taking the lock)
 * or any input the app opens (French text, possibly with an English source or retranslation beside it; XLIFF; TMX;
 * TSV/CSV), freshly opened.
 */
async function openForExport(file: string, options: ExportCliOptions): Promise<OpenedForExport> {
  const bytes = await readBytes(file);
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (isProjectFile(head)) {
    const { review, warnings } = await ProjectStore.read(file);
    for (const warning of warnings) process.stderr.write(`relecture: warning: ${warning}\n`);
    const original = await readProjectOriginal(file);
    return { review, inputs: [file], ...(original === null ? {} : { original: { bytes: original, file } }) };
  }
  const englishFile = options.source ?? options.retranslation;
  let doc: BilingualDocument;
  if (englishFile !== undefined) {
    doc = readAlignedTexts({ bytes: await readBytes(englishFile), file: englishFile }, { bytes, file });
  } else {
    doc = readBilingualFile(bytes, file);
  }
  const hasEnglish = doc.units.some((unit) => unit.source.length > 0);
  const englishRole: EnglishRole | null =
    options.retranslation !== undefined ? 'retranslation' : hasEnglish ? 'source' : null;
  const mode: ReviewMode = englishRole ?? 'target-only';
  const review = createReview(doc, {
    id: basename(file),
    name: basename(file).replace(/\.[^.]+$/, ''),
    mode,
    englishRole,
    origin: { file, format: doc.format, ...(englishFile === undefined ? {} : { englishFile }) },
    at: new Date().toISOString(),
  });
  return {
    review,
    inputs: englishFile === undefined ? [file] : [file, englishFile],
    ...(englishFile === undefined ? { original: { bytes, file } } : {}),
  };
}

/**
 * `relecture export PROJECT --to txt|xliff2|xliff12|tmx|csv|html|docx -o OUT [--source FILE | --retranslation FILE]`:
 * exports a project, or any input the app opens as if freshly opened, written atomically to OUT (never over the
 * project, its journal, lock or backups, nor the inputs). Warns on stderr how many segments are not approved.
 * Exit 2 on usage or input errors, naming the file.
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('Export a review: corrected text, XLIFF, TMX, CSV, HTML report or DOCX.')
    .argument('<project>', 'a Relecture project (.relecture.xlf) or an input file (French text, XLIFF, TMX, TSV, CSV)')
    .addOption(new Option('--to <format>', 'export format').choices([...FORMATS]).makeOptionMandatory())
    .requiredOption('-o, --output <file>', 'file to write')
    .addOption(new Option('--source <file>', 'English source text beside a French text').conflicts('retranslation'))
    .addOption(new Option('--retranslation <file>', 'English retranslation beside a French text'))
    .action(async (project: string, options: ExportCliOptions) => {
      try {
        const { review, inputs, original } = await openForExport(project, options);
        const exported = await exportReview(review, options.to, {
          settings: defaultSettings(),
          now: new Date().toISOString(),
          ...(original === undefined ? {} : { original }),
        });
        await writeExportAtomically(options.output, exported.bytes, inputs);
        if (exported.unapproved > 0) {
          const plural = exported.unapproved === 1 ? 'segment is' : 'segments are';
          process.stderr.write(`relecture: warning: ${exported.unapproved} ${plural} not approved yet\n`);
        }
        process.stdout.write(`${options.output}\n`);
      } catch (error) {
        if (error instanceof InputError || error instanceof FileFormatError || error instanceof ProtectedPathError) {
          process.stderr.write(`relecture: ${error.message}\n`);
          process.exitCode = EXIT_INPUT;
          return;
        }
        throw error;
      }
    });
}
