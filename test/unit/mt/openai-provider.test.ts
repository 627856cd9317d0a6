import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createProvider } from '../../../src/mt/create-provider.ts';
import { createMemoryMtCache } from '../../../src/mt/memory-mt-cache.ts';
import { MtCancelledError, MtError } from '../../../src/mt/mt-error.ts';
import { chatCompletionsEndpoint } from '../../../src/mt/openai-provider.ts';
import { retranslateSegments } from '../../../src/mt/retranslate-segments.ts';
import {
  forbiddenFetch,
  type LoopbackServer,
  loopbackFetch,
  type RecordedRequest,
  recordingSleep,
  startLoopbackServer,
} from './loopback-server.ts';

const KEY = 'sk-test-4b8e1d0c9a7f';

interface ChatBody {
  readonly model: string;
  readonly messages: readonly { role: string; content: string }[];
  readonly temperature: number;
  readonly stream: boolean;
}

/** The numbered segments the provider sent, read back from the user message. */
function sentSegments(request: RecordedRequest): Record<string, string> {
  const body = request.body as ChatBody;
  const user = body.messages.find((message) => message.role === 'user');
  return JSON.parse(user?.content ?? '{}') as Record<string, string>;
}

/** A chat completion whose content is `content`. */
function completion(content: string) {
  return {
    json: {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    },
  };
}

/** Answers like a well-behaved model: the same numbers as keys, each value tagged. */
function translateLike(request: RecordedRequest) {
  const translated = Object.fromEntries(Object.entries(sentSegments(request)).map(([n, text]) => [n, `EN(${text})`]));
  return completion(JSON.stringify(translated));
}

const servers: LoopbackServer[] = [];
async function server(handler: Parameters<typeof startLoopbackServer>[0]): Promise<LoopbackServer> {
  const started = await startLoopbackServer(handler);
  servers.push(started);
  return started;
}
after(async () => {
  await Promise.all(servers.map((started) => started.close()));
});

function provider(url: string, options: { key?: string; timeoutMs?: number; model?: string } = {}) {
  return createProvider({ provider: 'openai', url, model: 'gpt-4o-mini', ...options }, loopbackFetch);
}

async function failure(promise: Promise<unknown>): Promise<MtError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof MtError, `expected an MtError, got ${String(error)}`);
  return error;
}

describe('OpenAI-compatible provider', () => {
  test('posts model, numbered segments and temperature 0 to {base}/chat/completions with a Bearer key', async () => {
    const api = await server(translateLike);
    const result = await provider(`${api.url}/v1`, { key: KEY }).translate(['Des grèves frappent.', 'Bonjour.'], {
      from: 'fr',
      to: 'en',
    });
    assert.deepEqual(result, ['EN(Des grèves frappent.)', 'EN(Bonjour.)']);
    const [request] = api.requests;
    assert.equal(request?.method, 'POST');
    assert.equal(request?.path, '/v1/chat/completions');
    assert.equal(request?.headers.authorization, `Bearer ${KEY}`);
    const body = request?.body as ChatBody;
    assert.equal(body.model, 'gpt-4o-mini');
    assert.equal(body.temperature, 0);
    assert.equal(body.stream, false);
    assert.equal(body.messages[0]?.role, 'system');
    assert.match(body.messages[0]?.content ?? '', /literal/);
    assert.deepEqual(sentSegments(request!), { '1': 'Des grèves frappent.', '2': 'Bonjour.' });
  });

  test('sends no Authorization header to a keyless local server (Ollama, llama.cpp, vLLM)', async () => {
    const api = await server(translateLike);
    await provider(`${api.url}/v1`, { model: 'llama3.1' }).translate(['Bonjour.'], { from: 'fr', to: 'en' });
    assert.equal(api.requests[0]?.headers.authorization, undefined);
    assert.equal((api.requests[0]!.body as ChatBody).model, 'llama3.1');
  });

  test('adds /v1 to a bare server address and keeps a full endpoint as it is', () => {
    assert.equal(chatCompletionsEndpoint('http://127.0.0.1:11434'), 'http://127.0.0.1:11434/v1/chat/completions');
    assert.equal(chatCompletionsEndpoint('http://127.0.0.1:11434/'), 'http://127.0.0.1:11434/v1/chat/completions');
    assert.equal(chatCompletionsEndpoint('https://api.openai.com/v1'), 'https://api.openai.com/v1/chat/completions');
    assert.equal(
      chatCompletionsEndpoint('http://127.0.0.1:8000/v1/chat/completions/'),
      'http://127.0.0.1:8000/v1/chat/completions',
    );
  });

  test('reads a reply wrapped in a <think> block and a code fence', async () => {
    const api = await server(() =>
      completion('<think>The user wants literal output.</think>\n```json\n{"1": "Strikes hit.", "2": "Hello."}\n```'),
    );
    const result = await provider(api.url).translate(['Des grèves frappent.', 'Bonjour.'], { from: 'fr', to: 'en' });
    assert.deepEqual(result, ['Strikes hit.', 'Hello.']);
  });

  test('asks again in halves when the model returns the wrong number of segments', async () => {
    const api = await server((request) => {
      const sent = sentSegments(request);
      if (Object.keys(sent).length === 4) return completion('{"1": "A", "2": "B", "3": "C"}');
      return translateLike(request);
    });
    const result = await provider(api.url).translate(['Un.', 'Deux.', 'Trois.', 'Quatre.'], { from: 'fr', to: 'en' });
    assert.deepEqual(result, ['EN(Un.)', 'EN(Deux.)', 'EN(Trois.)', 'EN(Quatre.)']);
    assert.deepEqual(
      api.requests.map((request) => Object.keys(sentSegments(request)).length),
      [4, 2, 2],
    );
  });

  test('reports a reply that is no translation at all as a bad response', async () => {
    const api = await server(() => completion(''));
    await assert.rejects(provider(api.url).translate(['Bonjour.'], { from: 'fr', to: 'en' }), { kind: 'bad-response' });
  });

  test('reports 401 invalid_api_key as bad-key and keeps the key out of the message', async () => {
    const api = await server(() => ({
      status: 401,
      json: {
        error: {
          message: `Incorrect API key provided: ${KEY}.`,
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      },
    }));
    const error = await failure(provider(api.url, { key: KEY }).translate(['Bonjour.'], { from: 'fr', to: 'en' }));
    assert.equal(error.kind, 'bad-key');
    assert.match(error.message, /^OpenAI-compatible server at http:\/\/127\.0\.0\.1:\d+: .*Incorrect API key provided/);
    assert.equal(error.message.includes(KEY), false);
  });

  test('reports 429 insufficient_quota as quota and does not retry it', async () => {
    const api = await server(() => ({
      status: 429,
      json: {
        error: {
          message: 'You exceeded your current quota, please check your plan and billing details.',
          type: 'insufficient_quota',
          param: null,
          code: 'insufficient_quota',
        },
      },
    }));
    const { sleep, waits } = recordingSleep();
    const error = await failure(
      retranslateSegments(provider(api.url, { key: KEY }), [{ id: 's1', text: 'Bonjour.' }], {
        from: 'fr',
        to: 'en',
        cache: createMemoryMtCache(),
        sleep,
      }),
    );
    assert.equal(error.kind, 'quota');
    assert.equal(api.requests.length, 1);
    assert.deepEqual(waits, []);
  });

  test('retries a 429 rate limit after its Retry-After and then succeeds', async () => {
    const api = await server((request, index) =>
      index === 0
        ? {
            status: 429,
            headers: { 'Retry-After': '1' },
            json: {
              error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' },
            },
          }
        : translateLike(request),
    );
    const { sleep, waits } = recordingSleep();
    const result = await retranslateSegments(provider(api.url), [{ id: 's1', text: 'Bonjour.' }], {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
      sleep,
    });
    assert.equal(result.get('s1'), 'EN(Bonjour.)');
    assert.deepEqual(waits, [1000]);
  });

  test('names the model when the server does not know it (404)', async () => {
    const api = await server(() => ({
      status: 404,
      json: { error: 'model "llama9" not found, try pulling it first' },
    }));
    await assert.rejects(provider(api.url, { model: 'llama9' }).translate(['Bonjour.'], { from: 'fr', to: 'en' }), {
      kind: 'bad-response',
      message: /model "llama9".*not found/,
    });
  });

  test('sends nothing when no model is set', async () => {
    const { fetchImpl, calls } = forbiddenFetch();
    const modelless = createProvider({ provider: 'openai', url: 'http://127.0.0.1:9/v1' }, fetchImpl);
    await assert.rejects(modelless.translate(['Bonjour.'], { from: 'fr', to: 'en' }), { message: /no model is set/ });
    assert.deepEqual(calls, []);
  });

  test('splits 45 segments into requests of at most 20', async () => {
    const api = await server(translateLike);
    const segments = Array.from({ length: 45 }, (_, index) => ({ id: `s${index}`, text: `Phrase ${index}.` }));
    const result = await retranslateSegments(provider(api.url), segments, {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
    });
    assert.deepEqual(
      api.requests.map((request) => Object.keys(sentSegments(request)).length),
      [20, 20, 5],
    );
    assert.equal(result.get('s44'), 'EN(Phrase 44.)');
  });

  test('times out when the model takes too long', async () => {
    const api = await server(() => ({ hang: true }));
    await assert.rejects(provider(api.url, { timeoutMs: 200 }).translate(['Bonjour.'], { from: 'fr', to: 'en' }), {
      kind: 'timeout',
    });
  });

  test('cancels promptly while the model is still answering', async () => {
    const api = await server(() => ({ hang: true }));
    const controller = new AbortController();
    const job = retranslateSegments(provider(api.url), [{ id: 's1', text: 'Bonjour.' }], {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    const error = await job.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof MtCancelledError);
    assert.ok(Date.now() - started < 1000);
  });
});
