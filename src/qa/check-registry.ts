import type { Check } from './check.ts';
import { additionCheck } from './checks/addition.ts';
import { anglicismCheck } from './checks/anglicism.ts';
import { calqueCheck } from './checks/calque.ts';
import { consistencyCheck } from './checks/consistency.ts';
import { duplicateCheck } from './checks/duplicate.ts';
import { falseFriendCheck } from './checks/false-friend.ts';
import { glossaryCheck } from './checks/glossary.ts';
import { namesAcronymsUrlsCheck } from './checks/names-acronyms-urls.ts';
import { negationCheck } from './checks/negation.ts';
import { numbersCheck } from './checks/numbers.ts';
import { omissionCheck } from './checks/omission.ts';
import { punctuationCheck } from './checks/punctuation.ts';
import { reportedSpeechOrderCheck } from './checks/reported-speech-order.ts';
import { retranslationComparisonCheck } from './checks/retranslation-comparison.ts';
import { truncatedCheck } from './checks/truncated.ts';
import { typographyCheck } from './checks/typography.ts';
import { untranslatedCheck } from './checks/untranslated.ts';
import { wrongSenseCheck } from './checks/wrong-sense.ts';

/** Every check, in the order their flags are listed for a segment. */
export const CHECKS: readonly Check[] = [
  wrongSenseCheck,
  falseFriendCheck,
  calqueCheck,
  anglicismCheck,
  numbersCheck,
  namesAcronymsUrlsCheck,
  negationCheck,
  untranslatedCheck,
  omissionCheck,
  additionCheck,
  truncatedCheck,
  reportedSpeechOrderCheck,
  duplicateCheck,
  punctuationCheck,
  typographyCheck,
  consistencyCheck,
  glossaryCheck,
  retranslationComparisonCheck,
];

/** The check with this id, or undefined. */
export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id);
}
