import { basename } from 'node:path';
import { type BrowserWindow, dialog } from 'electron';

const BILINGUAL_FILTERS = [
  { name: 'Translations', extensions: ['txt', 'xlf', 'xliff', 'sdlxliff', 'mqxliff', 'tmx', 'tsv', 'csv'] },
  { name: 'All files', extensions: ['*'] },
];

/** Native open dialog: the French (or bilingual) file, then optionally its English source or retranslation. */
export async function showOpenDialog(
  window: BrowserWindow | null,
): Promise<{ targetPath: string; englishPath?: string } | null> {
  const options = {
    title: 'Open the French machine translation',
    properties: ['openFile' as const],
    filters: BILINGUAL_FILTERS,
  };
  const target = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const targetPath = target.filePaths[0];
  if (target.canceled || !targetPath) return null;
  if (!/\.txt$/i.test(targetPath)) return { targetPath };
  const englishOptions = {
    title: `English source or retranslation of ${basename(targetPath)} (Cancel if none)`,
    properties: ['openFile' as const],
    filters: BILINGUAL_FILTERS,
  };
  const english = window
    ? await dialog.showOpenDialog(window, englishOptions)
    : await dialog.showOpenDialog(englishOptions);
  const englishPath = english.filePaths[0];
  return english.canceled || !englishPath ? { targetPath } : { targetPath, englishPath };
}

/** Native save dialog for an export; null when cancelled. */
export async function showSaveDialog(window: BrowserWindow | null, defaultName: string): Promise<string | null> {
  const options = { title: 'Export', defaultPath: defaultName };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
