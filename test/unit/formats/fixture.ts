import { readFileSync } from 'node:fs';
import { repoPath } from '../../helpers/run-cli.ts';

/** Bytes of a file under test/fixtures/formats/ (or any repo path when it contains a slash). */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(repoPath(name.includes('/') ? name : `test/fixtures/formats/${name}`)));
}

/** UTF-8 bytes of a string, for tests that build small files inline. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Runs `read` and returns the FileFormatError message it throws (fails the test when it does not throw one). */
export function rejection(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof Error && error.name === 'FileFormatError') return error.message;
    throw error;
  }
  throw new Error('expected a FileFormatError, but the input was accepted');
}

/** Lines that differ between two texts, as `-old` / `+new`, for readable assertions on write-back. */
export function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const changes: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (b.indexOf(a[i]!, j) === -1 || i >= a.length) {
      if (i < a.length) changes.push(`-${a[i++]!.trim()}`);
      else changes.push(`+${b[j++]!.trim()}`);
    } else {
      changes.push(`+${b[j++]!.trim()}`);
    }
  }
  return changes;
}

/** A minimal XLIFF 2.1 file around the given units. */
export function xliff2(units: string, root = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="http://www.w3.org/2005/11/its" version="2.1" srcLang="en" trgLang="fr"${root}>
  <file id="f1">
${units}
  </file>
</xliff>
`;
}
