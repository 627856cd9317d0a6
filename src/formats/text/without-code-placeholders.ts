import type { InlineCode } from '../../model/bilingual.ts';
import { splitPlaceholders } from '../xml/inline-content.ts';

/**
 * The text with the placeholders of `codes` (⟨id⟩, ⟨/id⟩, ⟨id/⟩) taken out, for outputs with no markup to restore
 * them into (plain text, Word). It reads placeholders as the markup writers do (splitPlaceholders), so a "⟨1⟩" that
 * matches none of the codes, such as one the user typed, is text and stays.
 */
export function withoutCodePlaceholders(text: string, codes: readonly InlineCode[]): string {
  if (codes.length === 0) return text;
  return splitPlaceholders(text, codes)
    .map((piece) => ('text' in piece ? piece.text : ''))
    .join('');
}
