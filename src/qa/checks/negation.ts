import { type Check, ENGLISH_MODES } from '../check.ts';
import { flagsFor } from '../flag-builder.ts';
import { englishNegation, frenchHasNegation } from '../text/negation-words.ts';

/**
 * Flags a French with no negation at all for an English source that negates a clause ("did not confirm" → "a
 * confirmé"): MT drops negations now and then, and the sentence then says the opposite. Only the source is
 * evidence of what was meant; a retranslation, made from the French, can only confirm that the French reads as
 * affirmative, so when there is one the flag also needs it to be without negation.
 */
export const negationCheck: Check = {
  id: 'negation',
  category: 'accuracy/mistranslation',
  defaultSeverity: 'major',
  needs: ENGLISH_MODES,
  messageKeys: ['negation.dropped'],
  run(segment) {
    const { source, retranslation, target } = segment;
    if (!source || target.trim() === '') return [];
    const negation = englishNegation(source);
    if (!negation || frenchHasNegation(target)) return [];
    // English negation words in the French: the segment is (partly) untranslated, which another check reports.
    if (englishNegation(target)) return [];
    if (retranslation && englishNegation(retranslation)) return [];
    const start = target.search(/\S/);
    return flagsFor(negationCheck, target, [
      {
        start,
        end: target.trimEnd().length,
        rule: 'dropped',
        key: negation.text.toLowerCase(),
        messageKey: 'negation.dropped',
        english: { start: negation.start, end: negation.end },
        params: { english: negation.text },
      },
    ]);
  },
};
