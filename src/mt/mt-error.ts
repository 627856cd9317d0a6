import { MT_PROVIDER_NAMES, type MtProviderId } from './mt-types.ts';

/** Why a retranslation call failed, in the terms the settings dialog and the CLI report. */
export type MtErrorKind =
  | 'unreachable'
  | 'bad-key'
  | 'quota'
  | 'rate-limited'
  | 'timeout'
  | 'bad-response'
  | 'cancelled';

/** Where a failure happened and whether trying again may help. */
export interface MtErrorDetails {
  readonly provider: MtProviderId;
  /** The configured service URL (shown without credentials or query string). */
  readonly url: string;
  /** HTTP status, when the service answered. */
  readonly status?: number;
  /** Delay the service asked for (Retry-After), in milliseconds. */
  readonly retryAfterMs?: number;
  /** True for 429 and 5xx answers: the batch runner retries these, never auth or quota errors. */
  readonly retryable?: boolean;
}

/**
 * A failed MT call. The message names the provider and URL and never contains the API key: every message built
 * from a service's answer goes through `redactSecret` first.
 */
export class MtError extends Error {
  readonly kind: MtErrorKind;
  readonly provider: MtProviderId;
  readonly url: string;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly retryable: boolean;
  /** The problem alone, without the provider and URL prefix. */
  readonly problem: string;

  constructor(kind: MtErrorKind, problem: string, details: MtErrorDetails) {
    super(`${MT_PROVIDER_NAMES[details.provider]} at ${describeUrl(details.url)}: ${problem}`);
    this.name = 'MtError';
    this.kind = kind;
    this.provider = details.provider;
    this.url = describeUrl(details.url);
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.retryable = details.retryable ?? false;
    this.problem = problem;
  }
}

/** The user cancelled: named `AbortError` like the DOM's, so code that checks `error.name` treats it alike. */
export class MtCancelledError extends MtError {
  constructor(details: MtErrorDetails) {
    super('cancelled', 'retranslation cancelled', details);
    this.name = 'AbortError';
  }
}

/** A URL fit for messages and logs: credentials, query string and fragment removed (keys sometimes hide there). */
export function describeUrl(url: string): string {
  if (url.trim() === '') return '(no URL set)';
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    const cut = url.split(/[?#]/, 1)[0] ?? '';
    return cut.replace(/\/\/[^/@]*@/, '//');
  }
}

/** Replaces every occurrence of `secret` in `text` by `***`; a service may echo the key back in its error body. */
export function redactSecret(text: string, secret: string | undefined): string {
  if (!secret) return text;
  return text.split(secret).join('***');
}

/** True when `error` is a cancellation, whether ours or a platform AbortError. */
export function isCancellation(error: unknown): boolean {
  return error instanceof MtCancelledError || (error instanceof Error && error.name === 'AbortError');
}
