// DeepL API v2, text translation: `POST /v2/translate` on api-free.deepl.com (keys ending in `:fx`) or
// api.deepl.com (Pro), header `Authorization: DeepL-Auth-Key <key>`, JSON body `{ text: string[], source_lang,
// target_lang }` answering `{ translations: [{ detected_source_language, text }] }`. Documented limits: 50 texts and
// 128 KiB per request. Errors: 403 authorization failed (also "Wrong endpoint" for a Free key sent to Pro and back),
// 413 request too large, 429 too many requests, 456 quota exceeded, 5xx and 529 temporary trouble; bodies are
// `{ message, detail? }`.
import { splitIntoBatches } from './batch-texts.ts';
import { badResponse, errorFromStatus, type JsonAnswer, postJson } from './http-call.ts';
import { MtError, redactSecret } from './mt-error.ts';
import type { MtBatchLimits, MtLanguage, MtProvider, MtProviderConfig, MtRequest } from './mt-types.ts';

/** DeepL's documented per-request limits, less room for the JSON envelope and headers. */
export const DEEPL_LIMITS: MtBatchLimits = { maxTexts: 50, maxBytes: 120 * 1024 };

/** English target variant: DeepL deprecates a bare `EN` target and asks for `EN-GB` or `EN-US`. */
export const DEEPL_ENGLISH_TARGET = 'EN-GB';

const DEFAULT_TIMEOUT_MS = 30_000;

/** The DeepL endpoint a key belongs to: Free keys end in `:fx`, everything else is Pro. */
export function deeplBaseUrl(key: string | undefined): string {
  return key?.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
}

/** The translate endpoint under a DeepL base URL given with or without `/v2` or `/v2/translate`. */
export function deeplEndpoint(url: string): string {
  const base = url.trim().replace(/\/+$/, '');
  if (base.endsWith('/v2/translate')) return base;
  return base.endsWith('/v2') ? `${base}/translate` : `${base}/v2/translate`;
}

/**
 * Builds a DeepL provider. An empty `config.url` picks the Free or Pro endpoint from the key; `config.model`, when
 * set, is passed as DeepL's `model_type` (e.g. `quality_optimized`). Requests go through `fetchImpl` only.
 */
export function createDeepLProvider(config: MtProviderConfig, fetchImpl: typeof fetch): MtProvider {
  const url = config.url.trim() === '' ? deeplBaseUrl(config.key) : config.url;
  const endpoint = deeplEndpoint(url);
  const where = { provider: 'deepl', url } as const;

  async function translateBatch(texts: readonly string[], request: MtRequest): Promise<string[]> {
    if (!config.key) throw new MtError('bad-key', 'no API key is set; DeepL needs one', where);
    const answer = await postJson({
      fetchImpl,
      ...where,
      endpoint,
      headers: { Authorization: `DeepL-Auth-Key ${config.key}` },
      body: {
        text: [...texts],
        source_lang: deeplLanguage(request.from, 'source'),
        target_lang: deeplLanguage(request.to, 'target'),
        // Keep DeepL from "correcting" punctuation and capitals: the back-translation should mirror the French.
        preserve_formatting: true,
        ...(config.model ? { model_type: config.model } : {}),
      },
      timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      signal: request.signal,
      secret: config.key,
    });
    if (answer.status < 200 || answer.status > 299) throw deeplError(answer, url, config.key);
    return readTranslations(answer, texts.length, url, config.key);
  }

  return {
    id: 'deepl',
    url,
    ...(config.model ? { model: config.model } : {}),
    limits: DEEPL_LIMITS,
    async translate(texts: readonly string[], request: MtRequest): Promise<string[]> {
      // Callers normally batch already; splitting here too keeps a direct call inside DeepL's limits.
      const results: string[] = [];
      for (const batch of splitIntoBatches(texts, (text) => text, DEEPL_LIMITS)) {
        results.push(...(await translateBatch(batch, request)));
      }
      return results;
    },
  };
}

function deeplLanguage(language: MtLanguage, side: 'source' | 'target'): string {
  if (language === 'fr') return 'FR';
  return side === 'target' ? DEEPL_ENGLISH_TARGET : 'EN';
}

function deeplError(answer: JsonAnswer, url: string, key: string | undefined): MtError {
  const serverMessage = readMessage(answer.json) ?? (answer.text.trim() || undefined);
  const where = { provider: 'deepl', url, status: answer.status } as const;
  const said = serverMessage ? redactSecret(serverMessage, key) : '';
  if (answer.status === 403 && /wrong endpoint/i.test(said)) {
    return new MtError('bad-key', `this key belongs to the other DeepL endpoint (HTTP 403: ${said})`, where);
  }
  if (answer.status === 413) {
    return new MtError(
      'bad-response',
      `the request is larger than DeepL accepts (HTTP 413${said ? `: ${said}` : ''})`,
      where,
    );
  }
  return errorFromStatus({ ...where, answer, serverMessage, secret: key });
}

function readMessage(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { message, detail } = json as { message?: unknown; detail?: unknown };
  if (typeof message !== 'string') return undefined;
  return typeof detail === 'string' && detail !== '' ? `${message} (${detail})` : message;
}

function readTranslations(answer: JsonAnswer, expected: number, url: string, key: string | undefined): string[] {
  const json = answer.json;
  const translations =
    typeof json === 'object' && json !== null && 'translations' in json
      ? (json as { translations: unknown }).translations
      : undefined;
  if (!Array.isArray(translations)) throw badResponse('deepl', url, 'the answer has no translations list', key);
  const texts = translations.map((entry: unknown) =>
    typeof entry === 'object' && entry !== null && typeof (entry as { text?: unknown }).text === 'string'
      ? (entry as { text: string }).text
      : undefined,
  );
  if (texts.some((text) => text === undefined)) {
    throw badResponse('deepl', url, 'a translation in the answer has no text', key);
  }
  if (texts.length !== expected) {
    throw badResponse('deepl', url, `sent ${expected} texts but got ${texts.length} translations back`, key);
  }
  return texts as string[];
}
