import type { MtBatchLimits } from './mt-types.ts';

/**
 * Splits `items` into consecutive batches that each hold at most `limits.maxTexts` items and at most
 * `limits.maxBytes` bytes of JSON-encoded text (what actually travels). An item bigger than the byte limit on its
 * own still gets a batch of its own: the service decides whether to take it.
 */
export function splitIntoBatches<T>(items: readonly T[], textOf: (item: T) => string, limits: MtBatchLimits): T[][] {
  const maxTexts = Math.max(1, Math.floor(limits.maxTexts));
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = jsonTextBytes(textOf(item));
    if (current.length > 0 && (current.length >= maxTexts || bytes + size > limits.maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Bytes `text` takes inside a JSON array: its quoted, escaped UTF-8 form plus the separating comma. */
export function jsonTextBytes(text: string): number {
  return utf8Length(JSON.stringify(text)) + 1;
}

/** UTF-8 length of `text` without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
