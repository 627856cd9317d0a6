// OpenAI-compatible Chat Completions API (OpenAI API v1, also served by Ollama, llama.cpp's server and vLLM):
// `POST {baseUrl}/chat/completions` with `{ model, messages, temperature, stream: false }` and an optional
// `Authorization: Bearer <key>`, answering `{ choices: [{ message: { content }, finish_reason }] }`. Errors come as
// `{ error: { message, type, code } }` (some local servers send `{ error: "…" }` or `{ message }`): 401 bad key,
// 404 unknown model, 429 either a rate limit or, with code/type `insufficient_quota` and its billing relatives,
// an exhausted quota that no retry will cure.
import { buildChatMessages, parseChatReply } from './chat-prompt.ts';
import { badResponse, errorFromStatus, type JsonAnswer, joinEndpoint, postJson } from './http-call.ts';
import { MtError, redactSecret } from './mt-error.ts';
import type { MtBatchLimits, MtProvider, MtProviderConfig, MtRequest } from './mt-types.ts';

/** Chat models answer slower and less reliably with long lists; small batches keep replies short and parseable. */
export const OPENAI_LIMITS: MtBatchLimits = { maxTexts: 20, maxBytes: 8 * 1024 };

/** OpenAI error codes that mean the money ran out: retrying does not help. */
const QUOTA_CODES = new Set([
  'insufficient_quota',
  'billing_hard_limit_reached',
  'credit_balance_exhausted',
  'organization_spend_limit_exceeded',
  'project_spend_limit_exceeded',
  'organization_usage_limit_exceeded',
]);

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Builds a provider for an OpenAI-compatible server at `config.url` (the base URL, e.g. `https://api.openai.com/v1`
 * or `http://127.0.0.1:11434/v1`) using `config.model`; the key is optional for local servers.
 */
export function createOpenAiProvider(config: MtProviderConfig, fetchImpl: typeof fetch): MtProvider {
  const endpoint = chatCompletionsEndpoint(config.url);
  const where = { provider: 'openai', url: config.url } as const;
  const model = config.model?.trim() ?? '';

  async function complete(texts: readonly string[], request: MtRequest): Promise<string[]> {
    const answer = await postJson({
      fetchImpl,
      ...where,
      endpoint,
      headers: config.key ? { Authorization: `Bearer ${config.key}` } : {},
      body: {
        model,
        messages: buildChatMessages(texts, request.from, request.to),
        // Deterministic output: the same French should give the same back-translation (and cache hit) every time.
        temperature: 0,
        stream: false,
      },
      timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      signal: request.signal,
      secret: config.key,
    });
    if (answer.status < 200 || answer.status > 299) throw openAiError(answer, config, model);
    const reply = readReply(answer, config);
    const translations = parseChatReply(reply, texts.length);
    if (translations) return translations;
    if (texts.length === 1) {
      throw badResponse(
        'openai',
        config.url,
        'the model answered with something that is not a translation',
        config.key,
      );
    }
    // The model lost count (or ran out of tokens): ask again in halves rather than guess which line is which.
    const middle = Math.ceil(texts.length / 2);
    return [...(await complete(texts.slice(0, middle), request)), ...(await complete(texts.slice(middle), request))];
  }

  return {
    id: 'openai',
    url: config.url,
    ...(model ? { model } : {}),
    limits: OPENAI_LIMITS,
    async translate(texts: readonly string[], request: MtRequest): Promise<string[]> {
      if (texts.length === 0) return [];
      if (config.url.trim() === '') throw new MtError('unreachable', 'no URL is set', where);
      if (!model)
        throw new MtError('bad-response', 'no model is set (e.g. gpt-4o-mini, or llama3.1 for Ollama)', where);
      return complete(texts, request);
    },
  };
}

/**
 * The chat completions endpoint under a base URL. A bare server address (no path) gets `/v1`, where OpenAI, Ollama,
 * llama.cpp and vLLM all serve the compatible API; a URL already ending in `/chat/completions` is kept.
 */
export function chatCompletionsEndpoint(url: string): string {
  const base = url.trim().replace(/\/+$/, '');
  try {
    if (new URL(base).pathname.replace(/\/+$/, '') === '') return `${base}/v1/chat/completions`;
  } catch {
    // Not a URL: the request will fail and say so; build the address as given.
  }
  return joinEndpoint(base, '/chat/completions');
}

function readReply(answer: JsonAnswer, config: MtProviderConfig): string {
  const json = answer.json as { choices?: unknown } | undefined;
  const choices = typeof json === 'object' && json !== null ? json.choices : undefined;
  const first = Array.isArray(choices) ? (choices[0] as { message?: { content?: unknown } } | undefined) : undefined;
  const content = first?.message?.content;
  if (typeof content !== 'string') {
    throw badResponse('openai', config.url, 'the answer has no choices[0].message.content', config.key);
  }
  return content;
}

function openAiError(answer: JsonAnswer, config: MtProviderConfig, model: string): MtError {
  const { message, code } = readError(answer.json);
  const serverMessage = message ?? (answer.text.trim() || undefined);
  const where = { provider: 'openai', url: config.url, status: answer.status } as const;
  const said = serverMessage ? `: ${redactSecret(serverMessage, config.key)}` : '';
  if (code !== undefined && QUOTA_CODES.has(code)) {
    return new MtError('quota', `the account's quota or credit is used up (HTTP ${answer.status}${said})`, where);
  }
  if (answer.status === 404) {
    return new MtError('bad-response', `model "${model}" or the endpoint was not found (HTTP 404${said})`, where);
  }
  return errorFromStatus({ ...where, answer, serverMessage, secret: config.key });
}

function readError(json: unknown): { message: string | undefined; code: string | undefined } {
  if (typeof json !== 'object' || json === null) return { message: undefined, code: undefined };
  const body = json as { error?: unknown; message?: unknown };
  if (typeof body.error === 'string') return { message: body.error, code: undefined };
  const error = (typeof body.error === 'object' && body.error !== null ? body.error : body) as {
    message?: unknown;
    code?: unknown;
    type?: unknown;
  };
  const message = typeof error.message === 'string' ? error.message : undefined;
  // OpenAI puts the quota marker in `code`, some servers only in `type`.
  const markers = [error.code, error.type].filter((value): value is string => typeof value === 'string');
  const code = markers.find((marker) => QUOTA_CODES.has(marker)) ?? markers[0];
  return { message, code };
}
