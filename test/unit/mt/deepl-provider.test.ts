import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createProvider } from '../../../src/mt/create-provider.ts';
import { DEEPL_LIMITS, deeplBaseUrl, deeplEndpoint } from '../../../src/mt/deepl-provider.ts';
import { createMemoryMtCache } from '../../../src/mt/memory-mt-cache.ts';
import { MtCancelledError, MtError } from '../../../src/mt/mt-error.ts';
import { retranslateSegments } from '../../../src/mt/retranslate-segments.ts';
import {
  forbiddenFetch,
  type LoopbackServer,
  loopbackFetch,
  type RecordedRequest,
  recordingSleep,
  startLoopbackServer,
} from './loopback-server.ts';

const KEY = '279a2e9d-83b3-c416-7e2d-f721593e42a0:fx';

/** Answers like DeepL v2: one `{ detected_source_language, text }` per text. */
function translateLike(request: RecordedRequest) {
  const body = request.body as { text: string[] };
  return { json: { translations: body.text.map((text) => ({ detected_source_language: 'FR', text: `EN(${text})` })) } };
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

function provider(url: string, options: { key?: string; timeoutMs?: number; model?: string } = { key: KEY }) {
  return createProvider({ provider: 'deepl', url, ...options }, loopbackFetch);
}

async function failure(promise: Promise<unknown>): Promise<MtError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof MtError, `expected an MtError, got ${String(error)}`);
  return error;
}

describe('DeepL provider', () => {
  test('posts text, source_lang FR and target_lang EN-GB to /v2/translate with a DeepL-Auth-Key header', async () => {
    const deepl = await server(translateLike);
    const result = await provider(deepl.url).translate(['Des grèves frappent.', 'Bonjour.'], { from: 'fr', to: 'en' });
    assert.deepEqual(result, ['EN(Des grèves frappent.)', 'EN(Bonjour.)']);
    const [request] = deepl.requests;
    assert.equal(request?.method, 'POST');
    assert.equal(request?.path, '/v2/translate');
    assert.equal(request?.headers.authorization, `DeepL-Auth-Key ${KEY}`);
    assert.match(String(request?.headers['content-type']), /^application\/json/);
    assert.deepEqual(request?.body, {
      text: ['Des grèves frappent.', 'Bonjour.'],
      source_lang: 'FR',
      target_lang: 'EN-GB',
      preserve_formatting: true,
    });
    assert.equal(request?.raw.includes(KEY), false, 'the key travels in the header only, never in the body');
  });

  test('translates English to French with source_lang EN and target_lang FR, and passes the model as model_type', async () => {
    const deepl = await server(translateLike);
    await provider(`${deepl.url}/v2`, { key: KEY, model: 'quality_optimized' }).translate(['Strikes.'], {
      from: 'en',
      to: 'fr',
    });
    assert.equal(deepl.requests[0]?.path, '/v2/translate');
    assert.deepEqual(deepl.requests[0]?.body, {
      text: ['Strikes.'],
      source_lang: 'EN',
      target_lang: 'FR',
      preserve_formatting: true,
      model_type: 'quality_optimized',
    });
  });

  test('picks the Free endpoint for keys ending in :fx and Pro for the others', () => {
    assert.equal(deeplBaseUrl('abc:fx'), 'https://api-free.deepl.com');
    assert.equal(deeplBaseUrl('abc'), 'https://api.deepl.com');
    const { fetchImpl, calls } = forbiddenFetch();
    const free = createProvider({ provider: 'deepl', url: '', key: 'abc:fx' }, fetchImpl);
    assert.equal(free.url, 'https://api-free.deepl.com');
    assert.deepEqual(calls, []);
  });

  test('accepts the base URL with or without /v2 or /v2/translate', () => {
    for (const url of [
      'https://api.deepl.com',
      'https://api.deepl.com/',
      'https://api.deepl.com/v2',
      'https://api.deepl.com/v2/translate/',
    ]) {
      assert.equal(deeplEndpoint(url), 'https://api.deepl.com/v2/translate', url);
    }
  });

  test('refuses to send anything without a key', async () => {
    const { fetchImpl, calls } = forbiddenFetch();
    const keyless = createProvider({ provider: 'deepl', url: 'http://127.0.0.1:9' }, fetchImpl);
    await assert.rejects(keyless.translate(['Bonjour.'], { from: 'fr', to: 'en' }), { kind: 'bad-key' });
    assert.deepEqual(calls, []);
  });

  test('reports 403 as bad-key without repeating the key the server echoed', async () => {
    const deepl = await server(() => ({ status: 403, json: { message: `Authorization failure for ${KEY}` } }));
    const error = await failure(provider(deepl.url).translate(['Bonjour.'], { from: 'fr', to: 'en' }));
    assert.equal(error.kind, 'bad-key');
    assert.match(error.message, /^DeepL at http:\/\/127\.0\.0\.1:\d+: .*HTTP 403/);
    assert.equal(error.message.includes(KEY), false);
    assert.equal(error.message.includes('f721593e42a0'), false);
  });

  test('explains a "Wrong endpoint" 403 as a key meant for the other endpoint', async () => {
    const deepl = await server(() => ({ status: 403, json: { message: 'Wrong endpoint. Use https://api.deepl.com' } }));
    const error = await failure(provider(deepl.url).translate(['Bonjour.'], { from: 'fr', to: 'en' }));
    assert.equal(error.kind, 'bad-key');
    assert.match(error.message, /other DeepL endpoint.*Wrong endpoint/);
  });

  test('reports 456 as quota and never retries it', async () => {
    const deepl = await server(() => ({ status: 456, json: { message: 'Quota Exceeded' } }));
    const { sleep, waits } = recordingSleep();
    const error = await failure(
      retranslateSegments(provider(deepl.url), [{ id: 's1', text: 'Bonjour.' }], {
        from: 'fr',
        to: 'en',
        cache: createMemoryMtCache(),
        sleep,
      }),
    );
    assert.equal(error.kind, 'quota');
    assert.match(error.message, /Quota Exceeded/);
    assert.equal(deepl.requests.length, 1);
    assert.deepEqual(waits, []);
  });

  test('waits the Retry-After of a 429, then succeeds', async () => {
    const deepl = await server((request, index) =>
      index === 0
        ? { status: 429, headers: { 'Retry-After': '2' }, json: { message: 'Too many requests' } }
        : translateLike(request),
    );
    const { sleep, waits } = recordingSleep();
    const result = await retranslateSegments(provider(deepl.url), [{ id: 's1', text: 'Bonjour.' }], {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
      sleep,
    });
    assert.equal(result.get('s1'), 'EN(Bonjour.)');
    assert.deepEqual(waits, [2000]);
    assert.equal(deepl.requests.length, 2);
  });

  test('retries 529 "too many requests, high load" and 503 with backoff', async () => {
    const deepl = await server((request, index) =>
      index === 0
        ? { status: 529, json: { message: 'Too many requests, DeepL servers are currently experiencing high load' } }
        : index === 1
          ? { status: 503, text: 'Service Unavailable' }
          : translateLike(request),
    );
    const { sleep, waits } = recordingSleep();
    const result = await retranslateSegments(provider(deepl.url), [{ id: 's1', text: 'Bonjour.' }], {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
      sleep,
      random: () => 0.5,
    });
    assert.equal(result.get('s1'), 'EN(Bonjour.)');
    assert.equal(waits.length, 2);
    assert.ok(waits[1]! > waits[0]!, `backoff grows: ${waits.join(', ')}`);
  });

  test('splits 120 segments into requests of 50, 50 and 20 texts', async () => {
    const deepl = await server(translateLike);
    const segments = Array.from({ length: 120 }, (_, index) => ({ id: `s${index}`, text: `Phrase ${index}.` }));
    const result = await retranslateSegments(provider(deepl.url), segments, {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
    });
    assert.deepEqual(
      deepl.requests.map((request) => (request.body as { text: string[] }).text.length),
      [50, 50, 20],
    );
    assert.equal(result.size, 120);
    assert.equal(result.get('s119'), 'EN(Phrase 119.)');
  });

  test('keeps every request body under 128 KiB by splitting long texts across requests', async () => {
    const deepl = await server(translateLike);
    const long = (n: number) => `${'é'.repeat(20_000)} ${n}`; // about 40 KB of UTF-8 each
    const segments = Array.from({ length: 8 }, (_, index) => ({ id: `s${index}`, text: long(index) }));
    await retranslateSegments(provider(deepl.url), segments, { from: 'fr', to: 'en', cache: createMemoryMtCache() });
    assert.ok(deepl.requests.length >= 3);
    for (const request of deepl.requests) assert.ok(Buffer.byteLength(request.raw) <= 128 * 1024);
    assert.equal(
      deepl.requests.reduce((sum, request) => sum + (request.body as { text: string[] }).text.length, 0),
      8,
    );
    assert.ok(DEEPL_LIMITS.maxBytes < 128 * 1024);
  });

  test('splits a direct call of more than 50 texts too', async () => {
    const deepl = await server(translateLike);
    const texts = Array.from({ length: 75 }, (_, index) => `T${index}`);
    const result = await provider(deepl.url).translate(texts, { from: 'fr', to: 'en' });
    assert.equal(result.length, 75);
    assert.equal(result[74], 'EN(T74)');
    assert.deepEqual(
      deepl.requests.map((request) => (request.body as { text: string[] }).text.length),
      [50, 25],
    );
  });

  test('times out when DeepL does not answer in time', async () => {
    const deepl = await server(() => ({ hang: true }));
    await assert.rejects(
      provider(deepl.url, { key: KEY, timeoutMs: 200 }).translate(['Bonjour.'], { from: 'fr', to: 'en' }),
      { kind: 'timeout', message: /DeepL at .*no answer within 0\.2 s/ },
    );
  });

  test('rejects promptly with an AbortError-like MtCancelledError on cancel', async () => {
    const deepl = await server(() => ({ hang: true }));
    const controller = new AbortController();
    const call = provider(deepl.url).translate(['Bonjour.'], { from: 'fr', to: 'en', signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    const error = await call.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof MtCancelledError);
    assert.equal(error.name, 'AbortError');
    assert.ok(Date.now() - started < 1000);
  });
});
