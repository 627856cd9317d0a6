import type { Sentence } from '../text/segment-sentences.ts';
import { segmentText, type TextLayout } from '../text/segment-text.ts';
import { type AlignmentUnit, alignUnits, estimateRatio } from './align-units.ts';
import type { AlignedPair } from './aligned-pair.ts';
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

// Paragraph alignment is trusted only when the paragraph counts are close and its pairs look sound on average.
const MIN_PARAGRAPH_COUNT_RATIO = 0.5;
const MIN_PARAGRAPH_CONFIDENCE = 0.5;

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

  const groups = alignParagraphs(englishText, frenchText, englishLayout, frenchLayout, extract, ratio);
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

/** Groups of English and French paragraph indices to align sentences within; one group of all when unsure. */
function alignParagraphs(
  englishText: string,
  frenchText: string,
  englishLayout: TextLayout,
  frenchLayout: TextLayout,
  extract: AnchorExtractor,
  ratio: number,
): AlignedPair[] {
  const englishCount = englishLayout.paragraphs.length;
  const frenchCount = frenchLayout.paragraphs.length;
  const whole: AlignedPair[] = [
    { english: [...englishLayout.paragraphs.keys()], french: [...frenchLayout.paragraphs.keys()], confidence: 1 },
  ];
  if (englishCount < 2 || frenchCount < 2) return whole;
  if (Math.min(englishCount, frenchCount) / Math.max(englishCount, frenchCount) < MIN_PARAGRAPH_COUNT_RATIO) {
    return whole;
  }
  const toUnit = (text: string, paragraph: { start: number; end: number }): AlignmentUnit => {
    const body = text.slice(paragraph.start, paragraph.end);
    return { length: body.length, anchors: extract(body) };
  };
  const groups = alignUnits(
    englishLayout.paragraphs.map((paragraph) => toUnit(englishText, paragraph)),
    frenchLayout.paragraphs.map((paragraph) => toUnit(frenchText, paragraph)),
    { ratio },
  );
  const paired = groups.filter((group) => group.english.length > 0 && group.french.length > 0);
  const meanConfidence = paired.reduce((sum, group) => sum + group.confidence, 0) / Math.max(1, paired.length);
  return meanConfidence < MIN_PARAGRAPH_CONFIDENCE ? whole : groups;
}
