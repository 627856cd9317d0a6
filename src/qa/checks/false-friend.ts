import type { Check } from '../check.ts';
import { lexiconCheck } from './lexicon-check.ts';

/** Flags French look-alikes of the English word that mean something else (actually → actuellement), from the lexicon. */
export const falseFriendCheck: Check = lexiconCheck('false-friend', 'accuracy/mistranslation');
