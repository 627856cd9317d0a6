import { readBilingualFile } from '../../../src/formats/read-bilingual-file.ts';
import type { BilingualDocument } from '../../../src/model/bilingual.ts';
import type { Actor, ReviewAction, ReviewDocument, StampedAction } from '../../../src/model/review.ts';
import { createReview } from '../../../src/review/create-review.ts';
import { fixtureBytes } from '../formats/fixture.ts';

/** A translator and an editor for the workflow tests. */
export const TRANSLATOR: Actor = { user: 'Tina', role: 'translator' };
export const EDITOR: Actor = { user: 'Eddy', role: 'editor' };

/** A three-segment bilingual document with the classic "ransomware strikes" mistranslation in the first. */
export function sampleDocument(): BilingualDocument {
  return {
    format: 'xliff2',
    sourceLang: 'en',
    targetLang: 'fr',
    units: [
      {
        id: 's1',
        source: 'Ransomware strikes hit hospitals.',
        target: 'Des grèves de rançongiciels ont touché des hôpitaux.',
        codes: [],
        notes: [],
        issues: [],
        paragraph: 0,
      },
      {
        id: 's2',
        source: 'China denies it.',
        target: 'La Chine le dément.',
        codes: [],
        notes: [{ text: 'title', category: 'context' }],
        issues: [],
        paragraph: 0,
        state: 'translated',
      },
      {
        id: 's3',
        source: 'Microsoft said so.',
        target: 'Microsoft l’a dit.',
        codes: [],
        notes: [],
        issues: [],
        paragraph: 1,
        state: 'final',
        subState: 'relecture:approved',
      },
    ],
  };
}

/** A fresh review of the sample document. */
export function sampleReview(): ReviewDocument {
  return createReview(sampleDocument(), {
    id: 'r1',
    name: 'sample',
    mode: 'source',
    englishRole: 'source',
    origin: { file: 'sample.xlf', format: 'xliff2' },
    at: '2026-12-04T10:00:00.000Z',
  });
}

let seq = 0;
/** Stamps an action with an actor, a time and a growing sequence number. */
export function stamp(action: ReviewAction, actor: Actor): StampedAction {
  seq++;
  return { ...action, actor, at: `2026-12-04T11:00:${String(seq % 60).padStart(2, '0')}.000Z`, seq };
}

/** A review of the bilingual file at `path` (from the repository root), made as the app makes it on opening. */
export function reviewOfFile(path: string, at = '2026-12-04T10:00:00.000Z'): ReviewDocument {
  const doc = readBilingualFile(fixtureBytes(path), path);
  return createReview(doc, {
    id: 'r',
    name: path.split('/').pop()!,
    mode: 'source',
    englishRole: 'source',
    origin: { file: path, format: doc.format },
    at,
  });
}
