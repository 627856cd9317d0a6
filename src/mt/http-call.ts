import { MtCancelledError, MtError, redactSecret } from './mt-error.ts';
import type { MtProviderId } from './mt-types.ts';

/** One JSON POST to an MT service. */
export interface JsonPost {
  readonly fetchImpl: typeof fetch;
  readonly provider: MtProviderId;
  /** The configured service URL, for messages. */
  readonly url: string;
  /** The full address the request goes to. */
  readonly endpoint: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
  /** The API key, so that nothing derived from the answer can repeat it. */
  readonly secret?: string | undefined;
}

/** What the service answered: status, headers, raw text and the text parsed as JSON when it is JSON. */
export interface JsonAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: unknown;
}

/**
 * Sends `post` and resolves to the answer, whatever its status. Rejects with `MtError` kind `timeout` when no full
 * answer arrives within `timeoutMs`, `unreachable` when the connection fails, and `MtCancelledError` when `signal`
 * aborts; the timer covers the body too, since a server can stall after the headers.
 */
export async function postJson(post: JsonPost): Promise<JsonAnswer> {
  const details = { provider: post.provider, url: post.url };
  if (post.signal?.aborted) throw new MtCancelledError(details);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, post.timeoutMs);
  const onAbort = (): void => controller.abort();
  post.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await post.fetchImpl(post.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...post.headers },
      body: JSON.stringify(post.body),
      signal: controller.signal,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: parseJson(text) };
  } catch (error) {
    if (post.signal?.aborted) throw new MtCancelledError(details);
    if (timedOut) {
      throw new MtError('timeout', `no answer within ${formatSeconds(post.timeoutMs)}`, details);
    }
    const reason = redactSecret(describeNetworkFailure(error), post.secret);
    throw new MtError('unreachable', `cannot connect (${reason})`, details);
  } finally {
    clearTimeout(timer);
    post.signal?.removeEventListener('abort', onAbort);
  }
}

/** Reads a Retry-After header (seconds or an HTTP date) as milliseconds from `now`; undefined when absent or bad. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Options for turning an HTTP failure status into an `MtError`. */
export interface StatusFailure {
  readonly provider: MtProviderId;
  readonly url: string;
  readonly answer: JsonAnswer;
  /** The service's own explanation, taken from its error body. */
  readonly serverMessage: string | undefined;
  readonly secret?: string | undefined;
}

/**
 * Maps a non-2xx answer to an `MtError` by the usual HTTP meanings: 401/403 bad key, 429 and 529 rate-limited
 * (retryable, with Retry-After), 456 quota (DeepL), other 5xx server trouble (retryable), anything else a bad
 * response. Providers handle their own special cases before calling this.
 */
export function errorFromStatus(failure: StatusFailure): MtError {
  const { status, headers } = failure.answer;
  const said = failure.serverMessage ? `: ${redactSecret(clip(failure.serverMessage), failure.secret)}` : '';
  const details = { provider: failure.provider, url: failure.url, status };
  if (status === 401 || status === 403) {
    return new MtError('bad-key', `the API key was refused (HTTP ${status}${said})`, details);
  }
  if (status === 456) return new MtError('quota', `the account's quota is used up (HTTP 456${said})`, details);
  if (status === 429 || status === 529) {
    const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
    return new MtError('rate-limited', `too many requests (HTTP ${status}${said})`, {
      ...details,
      retryable: true,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  if (status >= 500) {
    const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
    return new MtError('unreachable', `the server failed (HTTP ${status}${said})`, {
      ...details,
      retryable: true,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  return new MtError('bad-response', `the request was refused (HTTP ${status}${said})`, details);
}

/** A response body that should have been something else: names what was wrong, keeps the key out. */
export function badResponse(provider: MtProviderId, url: string, problem: string, secret?: string): MtError {
  return new MtError('bad-response', redactSecret(problem, secret), { provider, url });
}

/** Joins a base URL and a path, unless the base already ends with that path. */
export function joinEndpoint(base: string, path: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed.endsWith(path) ? trimmed : `${trimmed}${path}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describeNetworkFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node's fetch says only "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND…) sits in `cause`.
  const cause = (error as Error & { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    return typeof code === 'string' ? code : cause.message;
  }
  return error.message;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 300 ? `${oneLine.slice(0, 300)}…` : oneLine;
}
