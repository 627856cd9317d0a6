import type { Sentence } from '../text/segment-sentences.ts';
import { segmentText, type TextLayout } from '../text/segment-text.ts';
import { alignParagraphs } from './align-paragraphs.ts';
import { type AlignmentUnit, alignUnits, estimateRatio } from './align-units.ts';
import { type AnchorExtractor, createAnchorExtractor } from './anchors.ts';
import { raiseSandwichedConfidence } from './sandwich-confidence.ts';

/** One aligned group of sentences, with the French paragraph it belongs to (for rebuilding the text). */
export interface AlignedTextPair {
  readonly english: readonly Sentence[];
  readonly french: readonly Sentence[];
  readonly confidence: number;
  readonly frenchParagraph: number;
}

/** Two texts aligned sentence by sentence, every sentence of both in exactly one pair, in text order. */
export interface AlignedText {
  readonly pairs: readonly AlignedTextPair[];
}

interface IndexedSentence {
  readonly sentence: Sentence;
  readonly paragraph: number;
  readonly unit: AlignmentUnit;
}

/**
 * Segments an English text (source or retranslation) and its French and aligns their sentences: paragraphs first
 * when the paragraph structures correspond, then sentences within each paragraph group; the whole texts at once
 * otherwise. A paragraph missing on one side gives sentences with no partner instead of shifting everything after.
 */
export function alignTexts(englishText: string, frenchText: string): AlignedText {
  const extract = createAnchorExtractor();
  const englishLayout = segmentText(englishText, 'en');
  const frenchLayout = segmentText(frenchText, 'fr');
  const english = indexSentences(englishLayout, extract);
  const french = indexSentences(frenchLayout, extract);
  const ratio = estimateRatio(
    english.flat().map((entry) => entry.unit),
    french.flat().map((entry) => entry.unit),
  );

  const anchorsOf = (paragraph: readonly IndexedSentence[]) => paragraph.map((entry) => entry.unit.anchors);
  const groups = alignParagraphs(englishLayout, frenchLayout, english.map(anchorsOf), french.map(anchorsOf), ratio);
  const pairs: AlignedTextPair[] = [];
  let lastParagraph = 0;
  for (const group of groups) {
    const groupEnglish = group.english.flatMap((paragraph) => english[paragraph]!);
    const groupFrench = group.french.flatMap((paragraph) => french[paragraph]!);
    const fallbackParagraph = group.french[0] ?? lastParagraph;
    for (const pair of alignUnits(
      groupEnglish.map((entry) => entry.unit),
      groupFrench.map((entry) => entry.unit),
      { ratio },
    )) {
      const frenchSentences = pair.french.map((index) => groupFrench[index]!);
      const frenchParagraph = frenchSentences[0]?.paragraph ?? fallbackParagraph;
      lastParagraph = frenchSentences.at(-1)?.paragraph ?? frenchParagraph;
      pairs.push({
        english: pair.english.map((index) => groupEnglish[index]!.sentence),
        french: frenchSentences.map((entry) => entry.sentence),
        confidence: pair.confidence,
        frenchParagraph,
      });
    }
  }
  return { pairs: raiseSandwichedConfidence(pairs) };
}

/** Sentences of each paragraph, with what the aligner needs to know of them. */
function indexSentences(layout: TextLayout, extract: AnchorExtractor): IndexedSentence[][] {
  return layout.paragraphs.map((paragraph, index) =>
    paragraph.sentences.map((sentence, position) => ({
      sentence,
      paragraph: index,
      unit: { length: sentence.text.length, anchors: extract(sentence.text), opensParagraph: position === 0 },
    })),
  );
}
