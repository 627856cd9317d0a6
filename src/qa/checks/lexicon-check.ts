import type { Flag, MqmCategory } from '../../model/flag.ts';
import { ALL_MODES, type Check, englishOf } from '../check.ts';
import { newFlag } from '../flag-builder.ts';
import { flagId, occurrenceCounter } from '../flag-id.ts';
import { fitElision } from '../lexicon/elision.ts';
import { inflectLike, inflectPhrase, matchCapital } from '../lexicon/inflect.ts';
import type { LexiconKind } from '../lexicon/lexicon-entry.ts';
import { matchLexicon } from '../lexicon/match-lexicon.ts';
import { compilePattern } from '../lexicon/pattern.ts';
import { foldWord } from '../text/normalize.ts';
import { type Token, tokenizeFrench } from '../text/tokenize.ts';

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const SPACE = /\s/;
// What a sentence may start after: end punctuation, a colon, an opening quote or a dash.
const SENTENCE_START_AFTER = /[.!?:…«"“(—–-]/;

/** Builds the check for one lexicon kind: flags each entry of that kind that fires on the segment. */
export function lexiconCheck(kind: LexiconKind, category: MqmCategory): Check {
  const messageKey = `lexicon.${kind}`;
  // Look-alikes and English words written with a capital mid-sentence are names ("Dolby Digital", "Support
  // Center"); a wrong sense or a calque is wrong whatever its case.
  const skipsNames = kind === 'false-friend' || kind === 'anglicism';
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
      // Made on the first hit of this kind: most segments have none.
      let occurrence: ((key: string) => number) | null = null;
      for (const hit of hits) {
        if (hit.entry.kind !== kind) continue;
        if (isIdentifier(segment.target, hit.tokens)) continue;
        if (skipsNames && isNameMidSentence(segment.target, hit.tokens)) continue;
        occurrence ??= occurrenceCounter();
        const { entry } = hit.entry;
        const matched = segment.target.slice(hit.span.start, hit.span.end);
        const texts = fittedTexts(segment.target, hit.tokens, entry.french, matched, entry.suggestions);
        const suggestions = texts.map((text) =>
          fitElision(segment.target, { start: hit.span.start, end: hit.span.end, text }),
        );
        flags.push(
          newFlag({
            id: flagId(kind, entry.id, matched, occurrence(`${entry.id}:${matched.toLowerCase()}`)),
            check: kind,
            category: entry.category as MqmCategory,
            severity: entry.severity,
            start: hit.span.start,
            end: hit.span.end,
            english: hit.english,
            messageKey,
            params: {
              entry: entry.id,
              french: matched,
              english:
                hit.english && english ? english.slice(hit.english.start, hit.english.end) : (entry.english ?? ''),
              suggestion: texts[0] ?? '',
            },
            suggestions,
            reference: entry.source,
          }),
        );
      }
      return flags;
    },
  };
}

// A word in capitals (CASE, LOCATION) or joined to others by an underscore or a dot (debug_record_label,
// file.name) is a keyword or an identifier left as is on purpose, not French prose.
function isIdentifier(target: string, tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if (token.text.length > 1 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase()) {
      return true;
    }
    const before = target[token.start - 1];
    const after = target[token.end];
    if (before === '_' || after === '_') return true;
    if (before === '.' && isWordChar(target[token.start - 2])) return true;
    if (after === '.' && isWordChar(target[token.end + 1])) return true;
  }
  return false;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

// A capital not at the start of a sentence marks a name: true when a matched word has one.
function isNameMidSentence(target: string, tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    const first = token.text[0]!;
    if (first === first.toLowerCase()) continue;
    let at = token.start - 1;
    while (at >= 0 && SPACE.test(target[at]!)) at--;
    // Sentence starts: the segment's start, after end punctuation, a colon, an opening quote or a dash.
    if (at < 0 || SENTENCE_START_AFTER.test(target[at]!)) continue;
    return true;
  }
  return false;
}

// The fixes put in the matched words' form. A multi-word fix follows the first matched word; fixes that cannot
// take its form are left out when others can, so the first one is always grammatical where any is.
function fittedTexts(
  target: string,
  tokens: readonly Token[],
  pattern: string,
  matched: string,
  suggestions: readonly string[],
): string[] {
  const first = tokens[0];
  if (!first) return [...suggestions];
  const all = tokenizeFrench(target);
  const at = all.findIndex((token) => token.start === first.start);
  const previous = at > 0 ? all[at - 1]!.norm : null;
  if (tokens.length === 1) {
    const lemmas = patternLemmas(pattern);
    const fitted = suggestions.map((text) => {
      const inflected = inflectLike(matched, lemmas, text);
      // Unchanged although the matched word is inflected: the ending did not carry over (sponsorisent →
      // soutenir); the verb tables may still conjugate it (soutiennent), else the fix is left for the others.
      if (inflected !== matchCapital(matched, text) || lemmas.includes(matched.toLowerCase())) return inflected;
      return inflectPhrase(matched, lemmas, text, previous);
    });
    if (fitted.some((text) => text !== null)) return fitted.filter((text): text is string => text !== null);
    return suggestions.map((text) => matchCapital(matched, text));
  }
  const fitted = suggestions.map((text) =>
    inflectPhrase(first.text, firstLemmas(pattern), text, previous, tokens[1]?.text ?? null),
  );
  if (fitted.some((text) => text !== null)) return fitted.filter((text): text is string => text !== null);
  return suggestions.map((text) => matchCapital(matched, text));
}

const firstCache = new Map<string, string[]>();

// The lemmas the first word of a pattern may be.
function firstLemmas(pattern: string): string[] {
  let lemmas = firstCache.get(pattern);
  if (!lemmas) {
    // The first token's alternatives, as compilePattern folds them; compiling the whole pattern would expand
    // every combination of the later tokens for nothing.
    const first = pattern.trim().split(/\s+/)[0] ?? '';
    lemmas = [...new Set(first.split('|').map((alternative) => foldWord(alternative.replace(/^=/, ''))))];
    firstCache.set(pattern, lemmas);
  }
  return lemmas;
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
