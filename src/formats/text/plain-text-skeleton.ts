import type { TextEncoding } from '../../text/decode-text.ts';

/**
 * What a plain-text reader keeps beside the units so the writer gives the input back exactly: the encoding and BOM,
 * and the text around the units (`gaps[0]` before the first, `gaps[k]` between unit k−1 and k, the last one after
 * the last unit: units + 1 entries). Gaps hold the spaces, line breaks and blank lines between sentences.
 */
export interface PlainTextSkeleton {
  readonly kind: 'plain-text';
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  readonly gaps: readonly string[];
  /** Units that had no text when read (French missing in an aligned pair): text filled in later needs a space. */
  readonly emptyUnits?: readonly number[];
}

/** True when `value` is a plain-text skeleton (the `preserved` field of a document read from text). */
export function isPlainTextSkeleton(value: unknown): value is PlainTextSkeleton {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<PlainTextSkeleton>;
  return (
    candidate.kind === 'plain-text' &&
    typeof candidate.encoding === 'string' &&
    Array.isArray(candidate.gaps) &&
    candidate.gaps.every((gap) => typeof gap === 'string')
  );
}
