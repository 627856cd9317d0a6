import type { Check } from '../check.ts';
import { lexiconCheck } from './lexicon-check.ts';

/** Flags French words the lexicon lists as anglicism renderings of English, with the context that decides. */
export const anglicismCheck: Check = lexiconCheck('anglicism', 'style/unidiomatic');
