import { ALL_MODES, type Check, englishOf } from '../check.ts';
import { type FlagDraft, flagsFor } from '../flag-builder.ts';

const CUT_MARK = /[,«([“‘–—-]/;
const LAST_WORD = /([\p{L}]+['’]?)$/u;
const SPACE = /\s/;
const ENGLISH_CUT_MARK = /[,:;([“‘«–—-]$/;
const LAST_ENGLISH_WORD = /([A-Za-z]+)$/;

// Words a finished French sentence does not end on: conjunctions, prepositions, articles, relatives.
const DANGLING = new Set(
  (
    'dont et de des du ou qui que qu’ le la les un une au aux à pour par avec sans sur dans en mais car ni ' +
    'vers chez lorsque puisque quand ces cette ce son sa ses leurs'
  )
    .split(' ')
    .map((word) => word.replace('’', "'")),
);

/** Flags a segment that stops mid-sentence: on "dont", "et", "de", a comma, an opening quote or bracket. */
export const truncatedCheck: Check = {
  id: 'truncated',
  category: 'accuracy/omission',
  defaultSeverity: 'major',
  needs: ALL_MODES,
  messageKeys: ['truncated.word', 'truncated.punctuation'],
  run(segment, context) {
    const text = segment.target.trimEnd();
    if (text === '') return [];
    // When the English stops the same way, the French is faithful: the source itself is a fragment.
    const english = englishOf(segment, context.mode);
    if (english !== null && englishLooksCut(english)) return [];
    const drafts: FlagDraft[] = [];
    const lastChar = text.at(-1)!;
    if (CUT_MARK.test(lastChar)) {
      drafts.push({
        start: text.length - 1,
        end: text.length,
        rule: 'punctuation',
        messageKey: 'truncated.punctuation',
        params: { ending: lastChar },
      });
    } else {
      // The end-anchored pattern is tried at every offset; a text ending on an ASCII character other than a letter
      // or an apostrophe (a full stop, mostly) cannot match it.
      const code = text.charCodeAt(text.length - 1);
      const mayEndOnWord =
        code >= 0x80 || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x27;
      const match = mayEndOnWord ? LAST_WORD.exec(text.slice(-40)) : null;
      const word = match?.[1];
      // A lone word is a heading or a list item, not a cut sentence.
      if (word && DANGLING.has(word.toLowerCase().replace('’', "'")) && SPACE.test(text)) {
        drafts.push({
          start: text.length - word.length,
          end: text.length,
          rule: 'word',
          messageKey: 'truncated.word',
          params: { word },
        });
      }
    }
    return flagsFor(truncatedCheck, segment.target, drafts);
  },
};

const ENGLISH_DANGLING = new Set(
  'and or of the a an to in on for with by from which that who whose including such as than but nor'.split(' '),
);

// An English text that itself ends mid-sentence: on a comma, an opening mark, a dash or a linking word.
function englishLooksCut(english: string): boolean {
  const text = english.trimEnd();
  if (ENGLISH_CUT_MARK.test(text)) return true;
  const last = LAST_ENGLISH_WORD.exec(text.slice(-20))?.[1];
  return last !== undefined && ENGLISH_DANGLING.has(last.toLowerCase());
}
