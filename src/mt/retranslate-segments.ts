import { splitIntoBatches } from './batch-texts.ts';
import type { MtCache, MtCacheKey } from './mt-cache.ts';
import { isCancellation, MtCancelledError, MtError } from './mt-error.ts';
import type { MtBatchLimits, MtLanguage, MtProvider } from './mt-types.ts';

/** A segment to retranslate: its id and the text to send. */
export interface RetranslationInput {
  readonly id: string;
  readonly text: string;
}

/** How to run a retranslation job. */
export interface RetranslateOptions {
  readonly from: MtLanguage;
  readonly to: MtLanguage;
  /** Aborting it rejects the job promptly with `MtCancelledError`; finished batches stay in the cache. */
  readonly signal?: AbortSignal;
  /** Called with segments done (cached ones included) and the total, at the start and after each batch. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Called with the retranslations that became known: the cached ones at the start, then each batch's. Lets a UI
   * fill the English column as results arrive and keep them if the job is later cancelled or fails.
   */
  readonly onResults?: (retranslations: ReadonlyMap<string, string>) => void;
  readonly cache: MtCache;
  /** Most texts per request; never above the provider's own limit. */
  readonly batchSize?: number;
  /** Retries of one batch after 429 or 5xx answers; 4 by default. */
  readonly maxRetries?: number;
  /** Waits `ms`; injectable so tests need not wait. Rejected waits by abort are handled here either way. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Source of jitter in [0, 1); `Math.random` by default. */
  readonly random?: () => number;
}

/** Longest wait between two attempts, whatever the service asks for. */
export const MAX_RETRY_DELAY_MS = 60_000;

const DEFAULT_MAX_RETRIES = 4;
const BASE_DELAY_MS = 1_000;
const FALLBACK_LIMITS: MtBatchLimits = { maxTexts: 25, maxBytes: 32 * 1024 };

/**
 * Retranslates `segments` with `provider` and resolves to a map from segment id to retranslation (empty texts map
 * to empty strings without a request). Cached translations are used first; the rest go out in batches that fit the
 * provider's limits, identical texts only once. Batches that fail with 429 or 5xx are retried with jittered
 * exponential backoff, honouring Retry-After; auth, quota and other errors reject at once with their `MtError`.
 */
export async function retranslateSegments(
  provider: MtProvider,
  segments: readonly RetranslationInput[],
  options: RetranslateOptions,
): Promise<Map<string, string>> {
  const where = { provider: provider.id, url: provider.url ?? '' };
  const { signal, cache } = options;
  if (signal?.aborted) throw new MtCancelledError(where);
  const keyFor = (text: string): MtCacheKey => ({
    provider: provider.id,
    url: provider.url ?? '',
    model: provider.model ?? '',
    from: options.from,
    to: options.to,
    text,
  });

  const results = new Map<string, string>();
  const idsByText = new Map<string, string[]>();
  let done = 0;
  for (const segment of segments) {
    const cached = segment.text.trim() === '' ? '' : cache.get(keyFor(segment.text));
    if (cached !== undefined) {
      results.set(segment.id, cached);
      done++;
      continue;
    }
    const ids = idsByText.get(segment.text);
    if (ids) ids.push(segment.id);
    else idsByText.set(segment.text, [segment.id]);
  }
  const total = segments.length;
  if (results.size > 0) options.onResults?.(new Map(results));
  options.onProgress?.(done, total);

  const limits = provider.limits ?? FALLBACK_LIMITS;
  const maxTexts = Math.max(1, Math.min(options.batchSize ?? limits.maxTexts, limits.maxTexts));
  const batches = splitIntoBatches([...idsByText.keys()], (text) => text, { maxTexts, maxBytes: limits.maxBytes });
  for (const batch of batches) {
    const translations = await translateWithRetry(provider, batch, options);
    await cache.put(batch.map((text, index) => ({ key: keyFor(text), translation: translations[index] ?? '' })));
    const fresh = new Map<string, string>();
    batch.forEach((text, index) => {
      for (const id of idsByText.get(text) ?? []) fresh.set(id, translations[index] ?? '');
    });
    for (const [id, retranslation] of fresh) results.set(id, retranslation);
    done += fresh.size;
    options.onResults?.(fresh);
    options.onProgress?.(done, total);
  }
  return results;
}

/** The wait before retry number `attempt` (0-based): Retry-After when given, else 1 s, 2 s, 4 s… with jitter. */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, random: () => number): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), MAX_RETRY_DELAY_MS);
  const ceiling = Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_RETRY_DELAY_MS / 2);
  // Jitter in [ceiling/2, ceiling) keeps clients that failed together from retrying together.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
export function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('aborted', 'AbortError'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function translateWithRetry(
  provider: MtProvider,
  texts: readonly string[],
  options: RetranslateOptions,
): Promise<string[]> {
  const where = { provider: provider.id, url: provider.url ?? '' };
  const { signal } = options;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const sleep = options.sleep ?? sleepUnlessAborted;
  const random = options.random ?? Math.random;
  for (let attempt = 0; ; attempt++) {
    // Checked before each call: a provider that ignores the signal must not even be asked once the user cancelled.
    if (signal?.aborted) throw new MtCancelledError(where);
    try {
      const call = provider.translate(texts, { from: options.from, to: options.to, ...(signal ? { signal } : {}) });
      const translations = await untilAborted(call, signal, where);
      if (translations.length !== texts.length) {
        throw new MtError('bad-response', `sent ${texts.length} texts but got ${translations.length} back`, where);
      }
      return translations;
    } catch (error) {
      if (signal?.aborted || isCancellation(error)) throw new MtCancelledError(where);
      const failure = error instanceof MtError ? error : asMtError(error, where);
      if (!failure.retryable || attempt >= maxRetries) throw failure;
      try {
        await untilAborted(sleep(retryDelay(attempt, failure.retryAfterMs, random), signal), signal, where);
      } catch {
        throw new MtCancelledError(where);
      }
    }
  }
}

/** `promise`, unless `signal` aborts first: a provider that ignores the signal cannot keep the job hanging. */
function untilAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  where: { provider: MtProvider['id']; url: string },
): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new MtCancelledError(where));
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function asMtError(error: unknown, where: { provider: MtProvider['id']; url: string }): MtError {
  const message = error instanceof Error ? error.message : String(error);
  return new MtError('bad-response', `unexpected failure: ${message}`, where);
}
