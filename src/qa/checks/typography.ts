import { ALL_MODES, type Check, type TypographyPreset } from '../check.ts';
import { type FlagDraft, flagsFor } from '../flag-builder.ts';
import { allMatches } from '../text/all-matches.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The no-break space a house style puts before `mark` (or after « when `mark` is «). */
export function spaceFor(mark: string, preset: TypographyPreset): string {
  if (preset === 'nbsp') return NBSP;
  // Imprimerie nationale habit: a thin no-break space before ; ! ? and inside guillemets, a full one before :.
  return mark === ':' ? NBSP : NNBSP;
}

// High punctuation with what precedes it: nothing, an ordinary space, or a no-break one (which is fine).
const HIGH = /([^\s\u00a0\u202f])?([ \t]*)([:;!?»])/gu;
const AFTER_OPEN = /«([ \t]*)(?=[^\s\u00a0\u202f])/gu;
const THOUSANDS = /(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d,]\d)/gu;
const MAY_HOLD_URL = /[:@/\\]|www\./;
const URL_LIKE = /\b(?:https?|ftp|file|mailto):\S*|\bwww\.\S+|(?<!\S)\S*?[@/\\]\S*/giu;
// Every HIGH match holds one of these marks: without them the pattern, tried at each offset, cannot match.
const HAS_HIGH = /[:;!?»]/;
const NO_MATCHES: readonly RegExpExecArray[] = [];
// What may follow a high punctuation mark in prose (a time, a ratio or markup has something else).
const PROSE_AFTER_MARK = /[\s\u00a0\u202f»)"’'.,]/;
const HIGH_MARK = /[:;!?]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Flags French spacing against the house style (before : ; ! ? », after «, in thousands) and mixed apostrophes. */
export const typographyCheck: Check = {
  id: 'typography',
  category: 'locale/typography',
  defaultSeverity: 'minor',
  needs: ALL_MODES,
  messageKeys: ['typography.space-before', 'typography.space-after', 'typography.thousands', 'typography.apostrophe'],
  run(segment, context) {
    const text = segment.target;
    const preset = context.typography;
    // Found only if a candidate flag needs them: most segments have none.
    const protectedSpans: ProtectedSpans = { text, spans: null };
    const drafts: FlagDraft[] = [];
    for (const match of HAS_HIGH.test(text) ? allMatches(text, HIGH) : NO_MATCHES) {
      const [, previous, spaces, mark] = match as unknown as [string, string | undefined, string, string];
      const markAt = match.index + match[0].length - 1;
      if (!previous || isProtected(protectedSpans, markAt)) continue;
      const next = text[markAt + 1];
      // Times (10:30), ratios, "::", "?!" pairs and markup are not prose punctuation.
      if (mark !== '»' && next !== undefined && !PROSE_AFTER_MARK.test(next)) continue;
      if (HIGH_MARK.test(previous)) continue;
      if (mark === '»' && previous === '«') continue;
      // Only guillemets that close a quote need the space; a reversed opener is the punctuation check's business.
      if (mark === '»' && next !== undefined && LETTER_OR_DIGIT.test(next)) continue;
      const start = markAt - spaces.length;
      drafts.push({
        start,
        end: markAt + 1,
        rule: 'space-before',
        messageKey: 'typography.space-before',
        params: { mark },
        suggestions: [{ start, end: markAt + 1, text: spaceFor(mark, preset) + mark }],
      });
    }
    for (const match of text.includes('«') ? allMatches(text, AFTER_OPEN) : NO_MATCHES) {
      const end = match.index + match[0].length;
      drafts.push({
        start: match.index,
        end,
        rule: 'space-after',
        messageKey: 'typography.space-after',
        params: { mark: '«' },
        suggestions: [{ start: match.index, end, text: `«${spaceFor('«', preset)}` }],
      });
    }
    for (const match of allMatches(text, THOUSANDS)) {
      if (isProtected(protectedSpans, match.index)) continue;
      const end = match.index + match[0].length;
      const separator = preset === 'nbsp' ? NBSP : NNBSP;
      drafts.push({
        start: match.index,
        end,
        rule: 'thousands',
        messageKey: 'typography.thousands',
        params: { number: match[0] },
        suggestions: [{ start: match.index, end, text: match[0].replaceAll(' ', separator) }],
      });
    }
    drafts.push(...apostrophes(text, context.document.apostrophes, protectedSpans));
    return flagsFor(typographyCheck, text, drafts);
  },
};

// A span of the text where spacing rules do not apply (URLs, addresses, paths), as [from, to).
type Protected = readonly [number, number];
const NOTHING_PROTECTED: readonly Protected[] = [];

/** The protected spans of a text, found on first use. */
interface ProtectedSpans {
  readonly text: string;
  spans: readonly Protected[] | null;
}

// A plain function, not a closure made per segment: under tsx (esbuild keepNames) every named closure costs an
// Object.defineProperty each time it is created.
function isProtected(state: ProtectedSpans, offset: number): boolean {
  state.spans ??= MAY_HOLD_URL.test(state.text)
    ? allMatches(state.text, URL_LIKE).map((match): Protected => [match.index, match.index + match[0].length])
    : NOTHING_PROTECTED;
  return state.spans.some(([from, to]) => offset >= from && offset < to);
}

// The minority apostrophe when a document mixes ’ and '; the segment's own counts decide a lone segment.
function apostrophes(
  text: string,
  documentCounts: { readonly typographic: number; readonly straight: number },
  protectedSpans: ProtectedSpans,
): FlagDraft[] {
  let typographic = documentCounts.typographic;
  let straight = documentCounts.straight;
  if (typographic + straight === 0) {
    for (const char of text) {
      if (char === '’') typographic++;
      else if (char === "'") straight++;
    }
  }
  if (typographic === 0 || straight === 0) return [];
  const minority = typographic >= straight ? "'" : '’';
  const majority = minority === "'" ? '’' : "'";
  const drafts: FlagDraft[] = [];
  for (let index = text.indexOf(minority); index !== -1; index = text.indexOf(minority, index + 1)) {
    // Only apostrophes after a letter (l', aujourd'hui); a straight quote around a word is another matter.
    if (!LETTER.test(text[index - 1] ?? '') || isProtected(protectedSpans, index)) continue;
    drafts.push({
      start: index,
      end: index + 1,
      rule: 'apostrophe',
      key: text.slice(Math.max(0, index - 6), index + 1),
      messageKey: 'typography.apostrophe',
      params: { found: minority, expected: majority },
      suggestions: [{ start: index, end: index + 1, text: majority }],
    });
  }
  return drafts;
}
