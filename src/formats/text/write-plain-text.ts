import type { BilingualDocument, BilingualUnit } from '../../model/bilingual.ts';
import { isPlainTextSkeleton } from './plain-text-skeleton.ts';
import { withoutCodePlaceholders } from './without-code-placeholders.ts';

/** A unit's text on one side, without the placeholders of its inline codes: plain text has no codes. */
function sideText(unit: BilingualUnit, side: 'target' | 'source'): string {
  return withoutCodePlaceholders((side === 'target' ? unit.target : unit.source) ?? '', unit.codes);
}

/**
 * Writes a document as plain text: the units' current targets (or sources with `side: 'source'`) in paragraphs.
 * A document read from text keeps its original spacing and paragraph breaks, so an unedited one gives back exactly
 * the input text; otherwise sentences are joined by a space and paragraphs by a blank line. Inline-code
 * placeholders of a unit's codes are left out.
 */
export function writePlainText(doc: BilingualDocument, side: 'target' | 'source' = 'target'): string {
  const skeleton = doc.preserved;
  if (side === 'target' && isPlainTextSkeleton(skeleton) && skeleton.gaps.length === doc.units.length + 1) {
    const emptyUnits = new Set(skeleton.emptyUnits ?? []);
    let text = skeleton.gaps[0]!;
    doc.units.forEach((unit, index) => {
      const sentence = sideText(unit, 'target');
      // A sentence filled in where the French had none (an omission) has no gap of its own: keep it apart.
      if (sentence.length > 0 && emptyUnits.has(index) && text.length > 0 && !/\s$/u.test(text)) text += ' ';
      text += sentence + skeleton.gaps[index + 1]!;
    });
    return text;
  }
  return rebuildParagraphs(doc.units, side);
}

function rebuildParagraphs(units: readonly BilingualUnit[], side: 'target' | 'source'): string {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  let currentParagraph: number | undefined;
  for (const unit of units) {
    const sentence = sideText(unit, side);
    if (currentParagraph !== undefined && unit.paragraph !== undefined && unit.paragraph !== currentParagraph) {
      paragraphs.push(current);
      current = [];
    }
    currentParagraph = unit.paragraph ?? currentParagraph;
    if (sentence.length > 0) current.push(sentence);
  }
  paragraphs.push(current);
  const written = paragraphs.filter((sentences) => sentences.length > 0).map((sentences) => sentences.join(' '));
  return written.length > 0 ? `${written.join('\n\n')}\n` : '';
}
