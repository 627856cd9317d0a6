import type { Flag } from '../../model/flag.ts';
import { type Check, ENGLISH_MODES, englishOf } from '../check.ts';
import { type FoldedTexts, sharedTarget } from '../document-index.ts';
import { type FlagDraft, flagsFor } from '../flag-builder.ts';
import { foldSentence } from '../text/normalize.ts';

/** Flags a segment whose English was rendered differently elsewhere, or whose French stands for other English. */
export const consistencyCheck: Check = {
  id: 'consistency',
  category: 'terminology',
  defaultSeverity: 'minor',
  needs: ENGLISH_MODES,
  messageKeys: ['consistency.same-english', 'consistency.same-french'],
  readsPosition: true,
  run(segment, context) {
    const english = englishOf(segment, context.mode);
    if (!english) return [];
    const text = segment.target;
    // The index folded this segment already; reuse that unless the French has been edited since.
    const known = context.document.folded[segment.index];
    // Compared with the French as the index shares it: the same string as known.target for an unedited repeat.
    const fresh = known !== undefined && known.target === sharedTarget(context.document, segment);
    // Unedited, the segment is listed only under its own renderings, which are skipped: the flags depend on its
    // texts alone, shared by every segment with the same French and English.
    if (fresh) {
      const cached = flagsOfTexts.get(known);
      if (cached) return cached;
    }
    const folded = fresh ? known.french : foldSentence(text);
    const foldedEnglish = fresh ? known.english : foldSentence(english);
    const drafts: FlagDraft[] = [];
    const whole = { start: 0, end: text.trimEnd().length };
    const otherFrench = others(context.document.frenchByEnglish.get(foldedEnglish), folded, segment.index);
    if (otherFrench.length > 0) {
      drafts.push({
        ...whole,
        rule: 'same-english',
        key: 'french',
        messageKey: 'consistency.same-english',
        params: {
          segments: otherFrench
            .slice(0, 5)
            .map((index) => index + 1)
            .join(', '),
        },
      });
    }
    const otherEnglish = others(context.document.englishByFrench.get(folded), foldedEnglish, segment.index);
    if (otherEnglish.length > 0) {
      drafts.push({
        ...whole,
        rule: 'same-french',
        key: 'english',
        messageKey: 'consistency.same-french',
        params: {
          segments: otherEnglish
            .slice(0, 5)
            .map((index) => index + 1)
            .join(', '),
        },
      });
    }
    const flags = flagsFor(consistencyCheck, text, drafts);
    if (fresh) flagsOfTexts.set(known, flags);
    return flags;
  },
};

const flagsOfTexts = new WeakMap<FoldedTexts, Flag[]>();

/** Shown in a message: how many other segments it names at most. */
const LISTED = 5;

// The first segments (other than `self`) holding a rendering other than `own`; only the first few are named,
// so the walk stops there instead of listing every segment of a large document.
function others(renderings: ReadonlyMap<string, readonly number[]> | undefined, own: string, self: number): number[] {
  const found: number[] = [];
  if (!renderings) return found;
  for (const [value, indices] of renderings) {
    if (value === own) continue;
    for (const index of indices) {
      if (index === self) continue;
      found.push(index);
      if (found.length === LISTED) return found;
    }
  }
  return found;
}
