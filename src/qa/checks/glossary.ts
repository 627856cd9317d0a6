import { ALL_MODES, type Check, englishOf } from '../check.ts';
import { type FlagDraft, flagsFor } from '../flag-builder.ts';
import { englishLemmaCandidates } from '../lexicon/english-lemmas.ts';
import { frenchLemmaCandidates } from '../lexicon/french-lemmas.ts';
import { tokenizeEnglish, tokenizeFrench } from '../text/tokenize.ts';

/** Flags glossary breaches: a forbidden French term used, or a required one missing where the English has its term. */
export const glossaryCheck: Check = {
  id: 'glossary',
  category: 'terminology',
  defaultSeverity: 'major',
  needs: ALL_MODES,
  messageKeys: ['glossary.forbidden', 'glossary.missing'],
  run(segment, context) {
    const glossary = context.glossary;
    if (!glossary || glossary.terms.length === 0) return [];
    const text = segment.target;
    const frenchTokens = tokenizeFrench(text);
    const french = glossary.french.match(frenchTokens, (index) => frenchLemmaCandidates(frenchTokens[index]!.norm));
    const drafts: FlagDraft[] = [];
    const presentFrench = new Set(french.map((match) => match.payload.fr.toLowerCase()));
    for (const match of french) {
      const term = match.payload;
      if (!term.forbidden) continue;
      const start = frenchTokens[match.firstToken]!.start;
      const end = frenchTokens[match.lastToken]!.end;
      const preferred = glossary.terms.filter(
        (other) => !other.forbidden && other.en !== '' && other.en.toLowerCase() === term.en.toLowerCase(),
      );
      drafts.push({
        start,
        end,
        rule: 'forbidden',
        messageKey: 'glossary.forbidden',
        params: { french: text.slice(start, end), preferred: preferred.map((other) => other.fr).join(', ') },
        suggestions: preferred.map((other) => ({ start, end, text: other.fr })),
      });
    }
    const english = englishOf(segment, context.mode);
    if (english) {
      const englishTokens = tokenizeEnglish(english);
      const required = glossary.english.match(englishTokens, (index) =>
        englishLemmaCandidates(englishTokens[index]!.norm),
      );
      const reported = new Set<string>();
      for (const match of required) {
        const term = match.payload;
        if (term.forbidden || reported.has(term.en.toLowerCase())) continue;
        const accepted = glossary.terms.filter(
          (other) => !other.forbidden && other.en.toLowerCase() === term.en.toLowerCase(),
        );
        if (accepted.some((other) => presentFrench.has(other.fr.toLowerCase()))) continue;
        reported.add(term.en.toLowerCase());
        drafts.push({
          start: 0,
          end: text.trimEnd().length,
          rule: 'missing',
          key: term.en,
          messageKey: 'glossary.missing',
          english: { start: englishTokens[match.firstToken]!.start, end: englishTokens[match.lastToken]!.end },
          params: { english: term.en, french: accepted.map((other) => other.fr).join(', ') },
        });
      }
    }
    return flagsFor(glossaryCheck, text, drafts);
  },
};
