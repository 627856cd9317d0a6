import type { Check } from '../check.ts';
import { chrF } from '../compare/chrf.ts';
import { renderWordDiff, wordDiff } from '../compare/word-diff.ts';
import { flagsFor } from '../flag-builder.ts';

/** chrF below which a retranslation is too far from the source to trust the French. */
export const LOW_CHRF = 0.45;

/**
 * Compares the English source with the retranslation of the French: a low chrF means the French likely says
 * something else; the message carries the word diff. Needs both English texts.
 */
export const retranslationComparisonCheck: Check = {
  id: 'retranslation-comparison',
  category: 'accuracy/mistranslation',
  defaultSeverity: 'minor',
  needs: ['retranslation'],
  messageKeys: ['retranslation-comparison.low-similarity'],
  run(segment) {
    const { source, retranslation, target } = segment;
    if (!source || !retranslation || source.trim().split(/\s+/).length < 4) return [];
    const score = chrF(retranslation, source);
    if (score >= LOW_CHRF) return [];
    const parts = wordDiff(source, retranslation);
    const missing = parts
      .filter((part) => part.kind === 'removed')
      .map((part) => part.text.trim())
      .join(' ');
    return flagsFor(retranslationComparisonCheck, target, [
      {
        start: 0,
        end: target.trimEnd().length,
        rule: 'low-similarity',
        key: 'chrf',
        messageKey: 'retranslation-comparison.low-similarity',
        severity: score < LOW_CHRF / 2 ? 'major' : 'minor',
        params: { score: Math.round(score * 100), missing, diff: renderWordDiff(parts) },
      },
    ]);
  },
};
