import type { CompiledLexicon } from './compiled-lexicon.ts';
import anglicisms from './data/anglicisms.json' with { type: 'json' };
import calques from './data/calques.json' with { type: 'json' };
import falseFriends from './data/false-friends.json' with { type: 'json' };
import wrongSenses from './data/wrong-senses.json' with { type: 'json' };
import { compileLexicon, type LexiconFile } from './load-lexicon.ts';

/** The four bundled data files, as imported JSON with their names for error messages. */
export const LEXICON_FILES: readonly LexiconFile[] = [
  { name: 'wrong-senses.json', data: wrongSenses },
  { name: 'false-friends.json', data: falseFriends },
  { name: 'calques.json', data: calques },
  { name: 'anglicisms.json', data: anglicisms },
];

let compiled: CompiledLexicon | null = null;

/** The bundled lexicon, validated and compiled on first use (throws LexiconError naming a bad entry). */
export function defaultLexicon(): CompiledLexicon {
  compiled ??= compileLexicon(LEXICON_FILES);
  return compiled;
}
