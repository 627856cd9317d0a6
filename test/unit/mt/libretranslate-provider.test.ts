import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createProvider } from '../../../src/mt/create-provider.ts';
import { createMemoryMtCache } from '../../../src/mt/memory-mt-cache.ts';
import { MtCancelledError, MtError } from '../../../src/mt/mt-error.ts';
import { retranslateSegments } from '../../../src/mt/retranslate-segments.ts';
import {
  type LoopbackServer,
  loopbackFetch,
  type RecordedRequest,
  recordingSleep,
  startLoopbackServer,
} from './loopback-server.ts';

const KEY = 'lt-key-5f1c9a2e';

/** Answers like LibreTranslate: each text of `q` comes back tagged so the test sees order and count. */
function translateLike(request: RecordedRequest) {
  const body = request.body as { q: string[] };
  return { json: { translatedText: body.q.map((text) => `EN(${text})`) } };
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

function provider(url: string, options: { key?: string; timeoutMs?: number } = {}) {
  return createProvider({ provider: 'libretranslate', url, ...options }, loopbackFetch);
}

describe('LibreTranslate provider', () => {
  test('posts q as a list with source, target, format text and api_key to /translate and reads translatedText', async () => {
    const lt = await server(translateLike);
    const result = await provider(`${lt.url}/`, { key: KEY }).translate(['Des grèves frappent.', 'Bonjour.'], {
      from: 'fr',
      to: 'en',
    });
    assert.deepEqual(result, ['EN(Des grèves frappent.)', 'EN(Bonjour.)']);
    const [request] = lt.requests;
    assert.equal(request?.method, 'POST');
    assert.equal(request?.path, '/translate');
    assert.match(String(request?.headers['content-type']), /^application\/json/);
    assert.deepEqual(request?.body, {
      q: ['Des grèves frappent.', 'Bonjour.'],
      source: 'fr',
      target: 'en',
      format: 'text',
      api_key: KEY,
    });
  });

  test('leaves api_key out when no key is configured', async () => {
    const lt = await server(translateLike);
    await provider(lt.url).translate(['Bonjour.'], { from: 'fr', to: 'en' });
    assert.equal('api_key' in ((lt.requests[0]?.body ?? {}) as object), false);
  });

  test('reports an invalid API key (403 with an error body) as bad-key, naming the provider and URL but not the key', async () => {
    const lt = await server(() => ({ status: 403, json: { error: `Invalid API key ${KEY}` } }));
    const error = await provider(lt.url, { key: KEY })
      .translate(['Bonjour.'], { from: 'fr', to: 'en' })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    assert.ok(error instanceof MtError);
    assert.equal(error.kind, 'bad-key');
    assert.equal(error.retryable, false);
    assert.match(error.message, /^LibreTranslate at http:\/\/127\.0\.0\.1:\d+: .*Invalid API key/);
    assert.equal(error.message.includes(KEY), false);
  });

  test('reports a server that requires a key (400 "get an API key") as bad-key', async () => {
    const lt = await server(() => ({
      status: 400,
      json: { error: 'Please contact the server operator to get an API key' },
    }));
    await assert.rejects(provider(lt.url).translate(['Bonjour.'], { from: 'fr', to: 'en' }), { kind: 'bad-key' });
  });

  test('reports a 429 for the daily request limit as quota, which no retry cures', async () => {
    const lt = await server(() => ({ status: 429, json: { error: 'Slowdown: 100 per 1 day' } }));
    const { sleep, waits } = recordingSleep();
    await assert.rejects(
      retranslateSegments(provider(lt.url, { key: KEY }), [{ id: 's1', text: 'Bonjour.' }], {
        from: 'fr',
        to: 'en',
        cache: createMemoryMtCache(),
        sleep,
      }),
      { kind: 'quota', message: /daily request limit.*100 per 1 day/ },
    );
    assert.equal(lt.requests.length, 1);
    assert.deepEqual(waits, []);
  });

  test('waits the Retry-After of a 429 "Slowdown" answer, then succeeds on the retry', async () => {
    const lt = await server((request, index) =>
      index === 0
        ? { status: 429, headers: { 'Retry-After': '3' }, json: { error: 'Slowdown: 10 per 1 minute' } }
        : translateLike(request),
    );
    const { sleep, waits } = recordingSleep();
    const result = await retranslateSegments(provider(lt.url), [{ id: 's1', text: 'Bonjour.' }], {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
      sleep,
    });
    assert.equal(result.get('s1'), 'EN(Bonjour.)');
    assert.equal(lt.requests.length, 2);
    assert.deepEqual(waits, [3000]);
  });

  test('retries a 500 "Cannot translate text" answer and gives up after maxRetries', async () => {
    const lt = await server(() => ({ status: 500, json: { error: 'Cannot translate text: boom' } }));
    const { sleep } = recordingSleep();
    const error = await retranslateSegments(provider(lt.url), [{ id: 's1', text: 'Bonjour.' }], {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
      sleep,
      maxRetries: 2,
    }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof MtError);
    assert.equal(error.status, 500);
    assert.match(error.message, /Cannot translate text: boom/);
    assert.equal(lt.requests.length, 3);
  });

  test('times out when the server never answers', async () => {
    const lt = await server(() => ({ hang: true }));
    const started = Date.now();
    await assert.rejects(provider(lt.url, { timeoutMs: 200 }).translate(['Bonjour.'], { from: 'fr', to: 'en' }), {
      kind: 'timeout',
      message: /no answer within 0\.2 s/,
    });
    assert.ok(Date.now() - started < 2000);
  });

  test('rejects promptly with MtCancelledError when the job is cancelled mid-request', async () => {
    const lt = await server(() => ({ hang: true }));
    const controller = new AbortController();
    const job = retranslateSegments(provider(lt.url), [{ id: 's1', text: 'Bonjour.' }], {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const error = await job.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof MtCancelledError);
    assert.equal(error.name, 'AbortError');
    assert.equal(error.kind, 'cancelled');
    assert.ok(Date.now() - started < 1000);
  });

  test('reports a closed port as unreachable', async () => {
    const lt = await startLoopbackServer(translateLike);
    const url = lt.url;
    await lt.close();
    await assert.rejects(provider(url).translate(['Bonjour.'], { from: 'fr', to: 'en' }), { kind: 'unreachable' });
  });

  test('splits 60 segments into requests of at most 25 texts', async () => {
    const lt = await server(translateLike);
    const segments = Array.from({ length: 60 }, (_, index) => ({ id: `s${index}`, text: `Phrase ${index}.` }));
    const result = await retranslateSegments(provider(lt.url), segments, {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
    });
    assert.deepEqual(
      lt.requests.map((request) => (request.body as { q: string[] }).q.length),
      [25, 25, 10],
    );
    assert.equal(result.get('s59'), 'EN(Phrase 59.)');
  });

  test('rejects an answer with fewer translations than texts as a bad response', async () => {
    const lt = await server(() => ({ json: { translatedText: ['only one'] } }));
    await assert.rejects(provider(lt.url).translate(['Un.', 'Deux.'], { from: 'fr', to: 'en' }), {
      kind: 'bad-response',
      message: /sent 2 texts but got 1/,
    });
  });
});
