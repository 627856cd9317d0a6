import type { Resource } from 'i18next';
import type { CompiledLexicon } from './compiled-lexicon.ts';
import { defaultLexicon } from './default-lexicon.ts';

/** Each entry's explanation as i18next resources: namespace `lexicon`, key = entry id, in English and French. */
export function lexiconResources(lexicon: CompiledLexicon = defaultLexicon()): Resource {
  const en: Record<string, string> = {};
  const fr: Record<string, string> = {};
  for (const { entry } of lexicon.entries) {
    en[entry.id] = entry.explanation.en;
    fr[entry.id] = entry.explanation.fr;
  }
  return { en: { lexicon: en }, fr: { lexicon: fr } };
}
