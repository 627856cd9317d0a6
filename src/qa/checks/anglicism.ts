import type { Check } from '../check.ts';
import { lexiconCheck } from './lexicon-check.ts';

/** Flags English borrowings that have an established French equivalent (sponsoriser), from the lexicon. */
export const anglicismCheck: Check = lexiconCheck('anglicism', 'style/unidiomatic');
