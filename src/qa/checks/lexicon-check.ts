import type { Flag, MqmCategory } from '../../model/flag.ts';
import { ALL_MODES, type Check, englishOf } from '../check.ts';
import { flagId, occurrenceCounter } from '../flag-id.ts';
import { inflectLike, matchCapital } from '../lexicon/inflect.ts';
import type { LexiconKind } from '../lexicon/lexicon-entry.ts';
import { matchLexicon } from '../lexicon/match-lexicon.ts';
import { compilePattern } from '../lexicon/pattern.ts';

/** Builds the check for one lexicon kind: flags each entry of that kind that fires on the segment. */
export function lexiconCheck(kind: LexiconKind, category: MqmCategory): Check {
  const messageKey = `lexicon.${kind}`;
  return {
    id: kind,
    category,
    defaultSeverity: kind === 'wrong-sense' ? 'major' : 'minor',
    needs: ALL_MODES,
    messageKeys: [messageKey],
    run(segment, context) {
      const english = englishOf(segment, context.mode);
      const hits = matchLexicon(context.lexicon, segment.target, english, context.mode);
      const flags: Flag[] = [];
      const occurrence = occurrenceCounter();
      for (const hit of hits) {
        if (hit.entry.kind !== kind) continue;
        const { entry } = hit.entry;
        const matched = segment.target.slice(hit.span.start, hit.span.end);
        const suggestions = entry.suggestions.map((text) => ({
          start: hit.span.start,
          end: hit.span.end,
          text:
            hit.tokens.length === 1
              ? inflectLike(matched, patternLemmas(entry.french), text)
              : matchCapital(matched, text),
        }));
        flags.push({
          id: flagId(kind, entry.id, matched, occurrence(`${entry.id}:${matched.toLowerCase()}`)),
          check: kind,
          category: entry.category as MqmCategory,
          severity: entry.severity,
          start: hit.span.start,
          end: hit.span.end,
          ...(hit.english ? { english: hit.english } : {}),
          messageKey,
          params: {
            entry: entry.id,
            french: matched,
            english: hit.english && english ? english.slice(hit.english.start, hit.english.end) : (entry.english ?? ''),
            suggestion: suggestions[0]?.text ?? '',
          },
          suggestions,
          reference: entry.source,
        });
      }
      return flags;
    },
  };
}

const lemmaCache = new Map<string, string[]>();

// The lemmas a single-word pattern names, to find which one the matched form inflects.
function patternLemmas(pattern: string): string[] {
  let lemmas = lemmaCache.get(pattern);
  if (!lemmas) {
    lemmas = compilePattern(pattern).flatMap((sequence) =>
      sequence.flatMap((step) => (step.kind === 'gap' ? [] : [step.value])),
    );
    lemmaCache.set(pattern, lemmas);
  }
  return lemmas;
}
