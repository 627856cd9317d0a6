import { compilePattern, PatternError } from '../lexicon/pattern.ts';
import { PatternIndex } from '../lexicon/pattern-index.ts';

/** One glossary line: an English term and its French rendering, which is either required or forbidden. */
export interface GlossaryTerm {
  readonly en: string;
  readonly fr: string;
  /** True: the French term must not be used (for this English or at all). */
  readonly forbidden: boolean;
}

/** A glossary ready for checking: its terms and token-trie indexes over both languages. */
export interface Glossary {
  readonly terms: readonly GlossaryTerm[];
  readonly french: PatternIndex<GlossaryTerm>;
  readonly english: PatternIndex<GlossaryTerm>;
}

// Glossary terms are plain words; pattern syntax characters in them are taken literally by dropping them.
function termPattern(term: string): string {
  return term
    .replace(/[|=…]/g, ' ')
    .replace(/\.\.\./g, ' ')
    .trim();
}

/** Compiles glossary terms (from CSV or TBX) into a Glossary; terms with no words are skipped. */
export function buildGlossary(terms: readonly GlossaryTerm[]): Glossary {
  const french = new PatternIndex<GlossaryTerm>();
  const english = new PatternIndex<GlossaryTerm>();
  const kept: GlossaryTerm[] = [];
  for (const term of terms) {
    try {
      if (term.fr.trim() !== '') french.add(compilePattern(termPattern(term.fr)), term);
      if (term.en.trim() !== '') english.add(compilePattern(termPattern(term.en)), term);
      kept.push(term);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
    }
  }
  return { terms: kept, french, english };
}
