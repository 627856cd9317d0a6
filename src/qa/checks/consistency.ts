import { type Check, ENGLISH_MODES, englishOf } from '../check.ts';
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
    const known = context.document.folded.get(segment.index);
    const fresh = known !== undefined && known.target === text;
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
    return flagsFor(consistencyCheck, text, drafts);
  },
};

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
