import type { Suggestion } from '../../model/flag.ts';
import { ALL_MODES, type Check } from '../check.ts';
import { type FlagDraft, flagsFor } from '../flag-builder.ts';
import { allMatches } from '../text/all-matches.ts';

const SPACE = '[ \\u00a0\\u202f]';
const DOUBLED_PERIOD = new RegExp(`(?<!\\.)\\.${SPACE}+\\.(?!\\.)`, 'gu');
const SPACE_BEFORE = new RegExp(`(?<![.\\s\\u00a0\\u202f])${SPACE}+([,.])(?![.\\d])`, 'gu');
// A closing guillemet used to open a quote: straight against the word it introduces (d' »imprudente »).
const REVERSED_OPENER = new RegExp(`(['’]?)${SPACE}*»(?=[\\p{L}\\p{N}])`, 'gu');
const STRAIGHT_PAIR = /"([^"\n]{1,200})"/gu;

/** Flags broken punctuation: ". .", a space before a comma or period, reversed or unbalanced « », "straight" quotes. */
export const punctuationCheck: Check = {
  id: 'punctuation',
  category: 'linguistic/punctuation',
  defaultSeverity: 'minor',
  needs: ALL_MODES,
  messageKeys: [
    'punctuation.doubled-period',
    'punctuation.space-before',
    'punctuation.reversed-guillemet',
    'punctuation.unbalanced-guillemet',
    'punctuation.straight-quotes',
  ],
  run(segment, context) {
    const text = segment.target;
    const space = context.typography === 'narrow-nbsp' ? '\u202f' : '\u00a0';
    const drafts: FlagDraft[] = [];
    for (const match of allMatches(text, DOUBLED_PERIOD)) {
      drafts.push({
        start: match.index,
        end: match.index + match[0].length,
        rule: 'doubled-period',
        messageKey: 'punctuation.doubled-period',
        severity: 'major',
        suggestions: [{ start: match.index, end: match.index + match[0].length, text: '.' }],
      });
    }
    for (const match of allMatches(text, SPACE_BEFORE)) {
      const end = match.index + match[0].length;
      drafts.push({
        start: match.index,
        end,
        rule: 'space-before',
        messageKey: 'punctuation.space-before',
        params: { mark: match[1]! },
        suggestions: [{ start: match.index, end, text: match[1]! }],
      });
    }
    const reversedAt = new Set<number>();
    for (const match of allMatches(text, REVERSED_OPENER)) {
      const end = match.index + match[0].length;
      reversedAt.add(end - 1);
      // After an elision the guillemet follows the apostrophe (d’« imprudente »); elsewhere a space precedes it.
      const before = match[1] ? '’' : match.index === 0 ? '' : ' ';
      drafts.push({
        start: match.index,
        end,
        rule: 'reversed-guillemet',
        messageKey: 'punctuation.reversed-guillemet',
        severity: 'major',
        suggestions: [{ start: match.index, end, text: `${before}«${space}` }],
      });
    }
    drafts.push(...unbalanced(text, reversedAt));
    for (const match of allMatches(text, STRAIGHT_PAIR)) {
      const end = match.index + match[0].length;
      const inner = match[1]!.trim();
      if (!/\p{L}/u.test(inner)) continue;
      const fix: Suggestion = { start: match.index, end, text: `«${space}${inner}${space}»` };
      drafts.push({
        start: match.index,
        end,
        rule: 'straight-quotes',
        messageKey: 'punctuation.straight-quotes',
        suggestions: [fix],
      });
    }
    return flagsFor(punctuationCheck, text, drafts);
  },
};

// Guillemets that find no partner in the segment. Quotes may run over several sentences, so this stays minor.
function unbalanced(text: string, reversedAt: ReadonlySet<number>): FlagDraft[] {
  const open: number[] = [];
  const lonely: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '«' || (char === '»' && reversedAt.has(index))) open.push(index);
    else if (char === '»' && open.pop() === undefined) lonely.push(index);
  }
  lonely.push(...open);
  // A quote opened in one sentence and closed in the next is normal; flag only a segment with both kinds
  // mismatched inside it, or a closing mark before any opening one when the segment also opens one.
  if (lonely.length === 0) return [];
  const opens = [...text].filter((char) => char === '«').length + reversedAt.size;
  const closes = [...text].filter((char) => char === '»').length - reversedAt.size;
  if (opens === 0 || closes === 0) return [];
  return lonely.map((index) => ({
    start: index,
    end: index + 1,
    rule: 'unbalanced-guillemet',
    messageKey: 'punctuation.unbalanced-guillemet',
  }));
}
