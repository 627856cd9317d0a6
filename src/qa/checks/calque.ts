import type { Check } from '../check.ts';
import { lexiconCheck } from './lexicon-check.ts';

/** Flags French words the lexicon lists as calque renderings of English, with the context that decides. */
export const calqueCheck: Check = lexiconCheck('calque', 'style/calque');
