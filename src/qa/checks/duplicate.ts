import type { Flag } from '../../model/flag.ts';
import { ALL_MODES, type Check, type CheckSegment } from '../check.ts';
import { type DocumentIndex, type DuplicateOf, sharedTarget } from '../document-index.ts';
import { type FlagDraft, flagsFor } from '../flag-builder.ts';
import { foldSentence } from '../text/normalize.ts';
import { wordSimilarity } from '../text/word-similarity.ts';

const NOT_SPACE = /\S/;
/** Longest repeated block (in segments) still read as a stutter of the text flow: about a paragraph. */
const MAX_STUTTER_BLOCK = 8;
/** English word overlap below which two sources say different things. */
const DIFFERENT_ENGLISH = 0.5;

/**
 * What a repeat of French means depends on the English, as in bilingual QA tools:
 * - with the English source on both sides: the same French for the same (or nearly the same) English is
 *   consistent, not an error, and a rendering shared by different-looking English is the consistency check's;
 *   only French repeated for English that says something else is flagged (the MT repeated a neighbour instead of
 *   translating), and never with a fix that deletes the French, which would leave the English untranslated;
 * - without a source (the French alone, or a retranslation, which repeats whenever the French does): a repeat
 *   that directly follows its first version (one sentence or a block) is a stutter of the text flow, fixed by
 *   deleting it; a repeat elsewhere may be meant (a refrain, a boilerplate line) and is only pointed out.
 */
type Verdict = 'silent' | 'stutter' | 'repeat' | 'other-english';

/** Flags a segment that repeats an earlier one where the repeat looks accidental (see Verdict). */
export const duplicateCheck: Check = {
  id: 'duplicate',
  category: 'accuracy/addition',
  defaultSeverity: 'major',
  needs: ALL_MODES,
  messageKeys: ['duplicate.exact', 'duplicate.near', 'duplicate.other-english', 'duplicate.near-other-english'],
  readsPosition: true,
  run(segment, context) {
    const duplicate = context.document.duplicates[segment.index];
    if (!duplicate || segment.target.trim() === '') return [];
    // An edit since the index was built may have removed the repeat: trust only an exact repeat that still holds.
    const indexed = context.document.targets[segment.index];
    if (indexed !== undefined && indexed !== segment.target) {
      const original = context.document.targets[duplicate.index];
      if (
        duplicate.kind === 'near' ||
        original === undefined ||
        foldSentence(original) !== foldSentence(segment.target)
      ) {
        return [];
      }
    }
    const verdict = verdictOf(segment, duplicate, context.mode === 'target-only', context.document);
    if (verdict === 'silent') return [];
    // Repeats of one segment share its description: the flags of the last text seen with it are kept, under the
    // French as the index shares it, so a repeat's text is recognised by reference.
    const target = sharedTarget(context.document, segment);
    const cached = lastFlags.get(duplicate);
    if (cached && cached.target === target && cached.verdict === verdict) return cached.flags;
    const flags = flagsFor(duplicateCheck, segment.target, [draftFor(segment.target, duplicate, verdict)]);
    lastFlags.set(duplicate, { target, verdict, flags });
    return flags;
  },
};

const lastFlags = new WeakMap<
  DuplicateOf,
  { readonly target: string; readonly verdict: Verdict; readonly flags: Flag[] }
>();

function verdictOf(segment: CheckSegment, duplicate: DuplicateOf, frenchOnly: boolean, document: DocumentIndex) {
  // Only a source is evidence: a retranslation is made from the French and repeats whenever the French does.
  const source = frenchOnly ? null : segment.source;
  const otherSource = frenchOnly ? null : (document.sources[duplicate.index] ?? null);
  if (source !== null && otherSource !== null && source.trim() !== '' && otherSource.trim() !== '') {
    if (source === otherSource) return 'silent';
    return wordSimilarity(source, otherSource) < DIFFERENT_ENGLISH ? 'other-english' : 'silent';
  }
  return isStutter(segment.index, duplicate, document) ? 'stutter' : 'repeat';
}

// True when the segment belongs to a run of repeats that directly follows the run it copies ("A A" or "A B A B"):
// with the copy's offset d, the consecutive segments around this one that repeat the segment d before them number
// at least d.
function isStutter(index: number, duplicate: DuplicateOf, document: DocumentIndex): boolean {
  // "A A A": the third copy points at the first, but follows a copy of itself.
  if (index > 0 && repeats(index, index - 1, document)) return true;
  const offset = index - duplicate.index;
  if (offset < 1 || offset > MAX_STUTTER_BLOCK) return false;
  let run = 1;
  for (let at = index - 1; at - offset >= 0 && repeats(at, at - offset, document) && run < offset; at--) run++;
  for (let at = index + 1; repeats(at, at - offset, document) && run < offset; at++) run++;
  return run >= offset;
}

// True when segment `later` repeats segment `earlier` in the index (exact repeats all point at the first copy).
function repeats(later: number, earlier: number, document: DocumentIndex): boolean {
  const duplicate = document.duplicates[later];
  if (!duplicate) return false;
  return duplicate.index === earlier || (duplicate.kind === 'exact' && document.duplicates[earlier] === duplicate);
}

function draftFor(target: string, duplicate: DuplicateOf, verdict: Verdict): FlagDraft {
  const start = target.search(NOT_SPACE);
  const end = target.trimEnd().length;
  const exact = duplicate.kind === 'exact';
  const params = { segment: duplicate.index + 1, similarity: Math.round(duplicate.similarity * 100) };
  if (verdict === 'other-english') {
    return {
      start,
      end,
      rule: `${duplicate.kind}-other-english`,
      key: String(duplicate.index),
      messageKey: exact ? 'duplicate.other-english' : 'duplicate.near-other-english',
      category: 'accuracy/mistranslation',
      severity: exact ? 'major' : 'minor',
      params,
    };
  }
  return {
    start,
    end,
    rule: duplicate.kind,
    key: String(duplicate.index),
    messageKey: `duplicate.${duplicate.kind}`,
    severity: exact && verdict === 'stutter' ? 'major' : 'minor',
    params,
    // Deleting is the fix only for a stutter; a repeat elsewhere may be meant, and the editor decides.
    suggestions: verdict === 'stutter' ? [{ start: 0, end: target.length, text: '' }] : [],
  };
}
