// Turning picked or dropped files into what `importProject` takes: name and bytes as base64.
import type { UploadedFile } from '../../src/api/views.ts';
import type { EnglishRole } from '../../src/model/segment.ts';

/** Encodes bytes as base64 in chunks, so a 10 MB file does not overflow the argument list of fromCharCode. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}

/** Reads a picked or dropped file as an UploadedFile. */
export async function readUpload(file: File): Promise<UploadedFile> {
  return { name: file.name, contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

/** What a name suggests a dropped file is: the English (and which role), or the French. */
export function guessFileRole(name: string): 'french' | EnglishRole {
  const lower = name.toLowerCase();
  if (/retrans|back-?trans|\.en-back|rétro/.test(lower)) return 'retranslation';
  if (/(^|[._-])(en|eng|english|source|src)([._-]|$)/.test(lower)) return 'source';
  return 'french';
}

/** Splits dropped files into the French and, when one looks English, the English with its role. */
export function sortDroppedFiles<T extends { readonly name: string }>(
  files: readonly T[],
): { french: T | null; english: T | null; role: EnglishRole } {
  let french: T | null = null;
  let english: T | null = null;
  let role: EnglishRole = 'source';
  for (const file of files) {
    const guess = guessFileRole(file.name);
    if (guess === 'french' && french === null) french = file;
    else if (guess !== 'french' && english === null) {
      english = file;
      role = guess;
    }
  }
  // Two files, neither named like English: the first is the French, the second its English.
  if (french === null && english !== null && files.length === 1) return { french: english, english: null, role };
  if (english === null && files.length > 1) english = files.find((file) => file !== french) ?? null;
  return { french, english, role };
}
