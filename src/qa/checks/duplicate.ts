import type { Flag } from '../../model/flag.ts';
import { ALL_MODES, type Check } from '../check.ts';
import { type DuplicateOf, sharedTarget } from '../document-index.ts';
import { flagsFor } from '../flag-builder.ts';
import { foldSentence } from '../text/normalize.ts';

const NOT_SPACE = /\S/;

/** Flags a segment that repeats an earlier one, exactly or nearly (MT and copy-paste often double paragraphs). */
export const duplicateCheck: Check = {
  id: 'duplicate',
  category: 'accuracy/addition',
  defaultSeverity: 'major',
  needs: ALL_MODES,
  messageKeys: ['duplicate.exact', 'duplicate.near'],
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
    // Repeats of one segment share its description: the flags of the last text seen with it are kept, under the
    // French as the index shares it, so a repeat's text is recognised by reference.
    const target = sharedTarget(context.document, segment);
    const cached = lastFlags.get(duplicate);
    if (cached && cached.target === target) return cached.flags;
    const start = segment.target.search(NOT_SPACE);
    const end = segment.target.trimEnd().length;
    const flags = flagsFor(duplicateCheck, segment.target, [
      {
        start,
        end,
        rule: duplicate.kind,
        key: String(duplicate.index),
        messageKey: `duplicate.${duplicate.kind}`,
        severity: duplicate.kind === 'exact' ? 'major' : 'minor',
        params: { segment: duplicate.index + 1, similarity: Math.round(duplicate.similarity * 100) },
        // Removing the repeat is the usual fix; the editor decides whether to keep one of the two.
        suggestions: [{ start: 0, end: segment.target.length, text: '' }],
      },
    ]);
    lastFlags.set(duplicate, { target, flags });
    return flags;
  },
};

const lastFlags = new WeakMap<DuplicateOf, { readonly target: string; readonly flags: Flag[] }>();
