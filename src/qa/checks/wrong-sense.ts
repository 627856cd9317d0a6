import type { Check } from '../check.ts';
import { lexiconCheck } from './lexicon-check.ts';

/** Flags French words the lexicon lists as wrong-sense renderings of English, with the context that decides. */
export const wrongSenseCheck: Check = lexiconCheck('wrong-sense', 'accuracy/mistranslation');
