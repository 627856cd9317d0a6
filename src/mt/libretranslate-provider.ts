// LibreTranslate HTTP API, as served by LibreTranslate 1.x (self-hosted): `POST /translate` with a JSON body
// `{ q: string[], source, target, format: "text", api_key? }` answering `{ translatedText: string[] }`, or
// `{ error: string }` with 400 (invalid request, or "get an API key"), 403 (invalid API key, or banned after too
// many limit violations), 429 ("Slowdown: <limit>", e.g. "10 per 1 minute", or a daily limit, which acts as a
// quota) and 500 ("Cannot translate text: …").
import { badResponse, errorFromStatus, type JsonAnswer, joinEndpoint, postJson } from './http-call.ts';
import { MtError, redactSecret } from './mt-error.ts';
import type { MtBatchLimits, MtProvider, MtProviderConfig, MtRequest } from './mt-types.ts';

/**
 * LibreTranslate has no fixed batch limit (`--batch-limit` and `--char-limit` are set by whoever runs it, unlimited
 * by default) and translates a batch text by text, so modest batches keep each request well inside the timeout.
 */
export const LIBRETRANSLATE_LIMITS: MtBatchLimits = { maxTexts: 25, maxBytes: 16 * 1024 };

const DEFAULT_TIMEOUT_MS = 30_000;

/** Builds a LibreTranslate provider for the server at `config.url`; all traffic goes through `fetchImpl`. */
export function createLibreTranslateProvider(config: MtProviderConfig, fetchImpl: typeof fetch): MtProvider {
  const endpoint = joinEndpoint(config.url, '/translate');
  const where = { provider: 'libretranslate', url: config.url } as const;
  return {
    id: 'libretranslate',
    url: config.url,
    limits: LIBRETRANSLATE_LIMITS,
    async translate(texts: readonly string[], request: MtRequest): Promise<string[]> {
      if (texts.length === 0) return [];
      if (config.url.trim() === '') throw new MtError('unreachable', 'no URL is set', where);
      const answer = await postJson({
        fetchImpl,
        ...where,
        endpoint,
        headers: {},
        body: {
          q: [...texts],
          source: request.from,
          target: request.to,
          format: 'text',
          ...(config.key ? { api_key: config.key } : {}),
        },
        timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        signal: request.signal,
        secret: config.key,
      });
      if (answer.status < 200 || answer.status > 299) throw libreTranslateError(answer, config);
      return readTranslations(answer, texts.length, config);
    },
  };
}

function libreTranslateError(answer: JsonAnswer, config: MtProviderConfig): MtError {
  const serverMessage = readErrorText(answer.json) ?? (answer.text.trim() || undefined);
  const where = { provider: 'libretranslate', url: config.url, status: answer.status } as const;
  const said = serverMessage ? redactSecret(serverMessage, config.key) : '';
  if (answer.status === 400 && /api[ _-]?key/i.test(said)) {
    return new MtError('bad-key', `an API key is needed (HTTP 400: ${said})`, where);
  }
  if (answer.status === 429 && /per \d*\s*day/i.test(said)) {
    // The server's daily request limit (`--daily-req-limit`, per key): LibreTranslate's form of a used-up quota.
    return new MtError('quota', `the daily request limit is reached (HTTP 429: ${said})`, where);
  }
  if (answer.status === 403 && /too many request/i.test(said)) {
    // A ban after repeated 429s: waiting a few seconds will not lift it, so it is not retryable.
    return new MtError('rate-limited', `this client is banned for now (HTTP 403: ${said})`, where);
  }
  return errorFromStatus({ ...where, answer, serverMessage, secret: config.key });
}

function readErrorText(json: unknown): string | undefined {
  if (typeof json === 'object' && json !== null && 'error' in json) {
    const error = (json as { error: unknown }).error;
    if (typeof error === 'string') return error;
  }
  return undefined;
}

function readTranslations(answer: JsonAnswer, expected: number, config: MtProviderConfig): string[] {
  const json = answer.json;
  const translated =
    typeof json === 'object' && json !== null && 'translatedText' in json
      ? (json as { translatedText: unknown }).translatedText
      : undefined;
  // A single-text request may come back as a plain string from older servers.
  if (expected === 1 && typeof translated === 'string') return [translated];
  if (!Array.isArray(translated) || !translated.every((text) => typeof text === 'string')) {
    throw badResponse('libretranslate', config.url, 'the answer has no translatedText list', config.key);
  }
  if (translated.length !== expected) {
    throw badResponse(
      'libretranslate',
      config.url,
      `sent ${expected} texts but got ${translated.length} translations back`,
      config.key,
    );
  }
  return translated as string[];
}
