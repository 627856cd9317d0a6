import type { Check } from '../check.ts';
import { lexiconCheck } from './lexicon-check.ts';

/** Flags French words the lexicon lists as false-friend renderings of English, with the context that decides. */
export const falseFriendCheck: Check = lexiconCheck('false-friend', 'accuracy/mistranslation');
