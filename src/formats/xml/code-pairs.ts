import type { InlineCode } from '../../model/bilingual.ts';
import { PLACEHOLDER } from './inline-content.ts';

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * Ids of the paired codes whose opening placeholder stands in `text` before their closing one: a writer can write
 * those as a pair (bpt/ept, sc/ec); an opening or closing placeholder without its partner is an isolated code.
 * Placeholder text in, ids out.
 */
export function pairedCodeIds(text: string): ReadonlySet<string> {
  // Most texts hold no placeholder: they share one empty set rather than scan and allocate.
  if (!text.includes('⟨')) return NO_IDS;
  const opened = new Set<string>();
  const paired = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    // A standalone placeholder (⟨id/⟩), or a malformed ⟨/id/⟩, pairs with nothing.
    if (match[3]) continue;
    if (match[1]) {
      if (opened.has(match[2]!)) paired.add(match[2]!);
    } else opened.add(match[2]!);
  }
  return paired;
}

/** The other half of a paired code (the close of an open, the open of a close), if the unit has it. */
export function partnerOf(codes: readonly InlineCode[], code: InlineCode): InlineCode | undefined {
  if (code.kind === 'standalone') return undefined;
  const kind = code.kind === 'open' ? 'close' : 'open';
  return codes.find((other) => other.id === code.id && other.kind === kind);
}

/** Whether a code or its partner carries native data (so the pair is written with data-carrying elements). */
export function pairHasData(codes: readonly InlineCode[], code: InlineCode): boolean {
  return code.data !== undefined || partnerOf(codes, code)?.data !== undefined;
}
