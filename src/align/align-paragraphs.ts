import type { TextLayout } from '../text/segment-text.ts';
import { type AlignmentUnit, alignUnits } from './align-units.ts';
import type { AlignedPair } from './aligned-pair.ts';
import { type SentenceAnchors, unionAnchors } from './anchors.ts';

// Paragraph alignment is trusted only when the paragraph counts are close and its pairs look sound on average.
const MIN_PARAGRAPH_COUNT_RATIO = 0.5;
const MIN_PARAGRAPH_CONFIDENCE = 0.5;

/**
 * Groups of English and French paragraph indices to align sentences within; one group of all when the paragraph
 * structures do not correspond. `englishAnchors[p]` and `frenchAnchors[p]` hold the anchors of paragraph p's
 * sentences.
 */
export function alignParagraphs(
  englishLayout: TextLayout,
  frenchLayout: TextLayout,
  englishAnchors: readonly (readonly SentenceAnchors[])[],
  frenchAnchors: readonly (readonly SentenceAnchors[])[],
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
  // Anchors come from the sentences, so that a capitalised word opening a later sentence is not taken for a name.
  const toUnit = (paragraph: { start: number; end: number }, anchors: readonly SentenceAnchors[]): AlignmentUnit => ({
    length: paragraph.end - paragraph.start,
    anchors: unionAnchors(anchors),
  });
  const groups = alignUnits(
    englishLayout.paragraphs.map((paragraph, index) => toUnit(paragraph, englishAnchors[index]!)),
    frenchLayout.paragraphs.map((paragraph, index) => toUnit(paragraph, frenchAnchors[index]!)),
    { ratio },
  );
  const paired = groups.filter((group) => group.english.length > 0 && group.french.length > 0);
  const meanConfidence = paired.reduce((sum, group) => sum + group.confidence, 0) / Math.max(1, paired.length);
  return meanConfidence < MIN_PARAGRAPH_CONFIDENCE ? whole : joinNeighbouringOrphans(groups);
}

/**
 * Joins runs of paragraphs left without partner into one group. An English orphan next to a French orphan is
 * almost always a paragraph and its translation that share too few anchors to be paired whole (two skips cost less
 * than a long pair with no shared name or number); their sentences, aligned together, pair or stay unpaired on
 * their own merits.
 */
function joinNeighbouringOrphans(groups: readonly AlignedPair[]): AlignedPair[] {
  const isOrphan = (group: AlignedPair | undefined) =>
    group !== undefined && (group.english.length === 0 || group.french.length === 0);
  const joined: AlignedPair[] = [];
  for (const group of groups) {
    const previous = joined.at(-1);
    if (isOrphan(group) && isOrphan(previous)) {
      joined[joined.length - 1] = {
        english: [...previous!.english, ...group.english],
        french: [...previous!.french, ...group.french],
        confidence: Math.min(previous!.confidence, group.confidence),
      };
    } else {
      joined.push(group);
    }
  }
  return joined;
}
