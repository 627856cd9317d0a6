import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReviewDocument } from '../../../src/model/review.ts';
import { createReview } from '../../../src/review/create-review.ts';

/** A temporary directory removed by the returned cleanup. */
export function temporaryDirectory(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'relecture-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A review of `count` French segments with English sources, some tricky characters included. */
export function reviewOf(count: number): ReviewDocument {
  return createReview(
    {
      format: 'xliff2',
      sourceLang: 'en',
      targetLang: 'fr',
      units: Array.from({ length: count }, (_, i) => ({
        id: `s${i + 1}`,
        source: i === 0 ? 'Ransomware strikes & "hacks" <b>' : `Sentence ${i + 1}.`,
        target: i === 0 ? 'Des grèves de rançongiciels & « piratages » <b>\n\tl’été' : `Phrase ${i + 1}.`,
        codes: [],
        notes: i === 0 ? [{ text: 'Note <importante>', category: 'context', appliesTo: 'target' }] : [],
        issues: [],
        paragraph: Math.floor(i / 3),
      })),
    },
    {
      id: 'p1',
      name: 'Projet « test »',
      mode: 'source',
      englishRole: 'source',
      origin: { file: 'in.xlf', format: 'xliff2' },
      at: '2026-12-04T10:00:00.000Z',
    },
  );
}
