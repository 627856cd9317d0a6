import { basename } from 'node:path';
import type { ExportFormat, ExportResult, Settings } from '../api/views.ts';
import { exportReview } from '../export/export-review.ts';
import { writeExportAtomically } from '../export/write-export-atomically.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { readProjectOriginal } from '../store/project-original.ts';
import type { ProjectSession } from './project-session.ts';

/**
 * Exports the open review in `format`. With `path`, writes it there atomically, refusing the project's own files
 * and the files the review was opened from; without, returns the bytes for the UI to download.
 */
export async function exportProject(
  session: ProjectSession,
  format: ExportFormat,
  settings: Settings,
  path?: string,
): Promise<{ result: ExportResult; bytes: Uint8Array }> {
  // The report's labels are `review` keys: a translator fixed to that namespace, in the UI's language.
  const t = createI18n(settings.uiLanguage).getFixedT(settings.uiLanguage, 'review');
  const origin = session.review.origin;
  const originalBytes = format === origin.format ? await readProjectOriginal(session.projectPath) : null;
  const exported = await exportReview(session.review, format, {
    flags: session.allFlags,
    settings,
    now: new Date().toISOString(),
    t,
    ...(originalBytes === null ? {} : { original: { bytes: originalBytes, file: origin.file } }),
  });
  const result: ExportResult = {
    fileName: exported.fileName,
    mimeType: exported.mimeType,
    unapproved: exported.unapproved,
    written: exported.written,
  };
  if (!path) return { result, bytes: exported.bytes };
  // The writer also refuses the project's journal, lock and backups.
  const protectedPaths = [session.projectPath, origin.file, ...(origin.englishFile ? [origin.englishFile] : [])];
  await writeExportAtomically(path, exported.bytes, protectedPaths);
  return { result: { ...result, path, fileName: basename(path) }, bytes: exported.bytes };
}
