import type { Check } from '../check.ts';
import { lexiconCheck } from './lexicon-check.ts';

/** Flags word-for-word English constructions in the French (cette année a vu, prendre place), from the lexicon. */
export const calqueCheck: Check = lexiconCheck('calque', 'style/calque');
