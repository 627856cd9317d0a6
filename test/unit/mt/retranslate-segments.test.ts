import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createProvider } from '../../../src/mt/create-provider.ts';
import { createMemoryMtCache } from '../../../src/mt/memory-mt-cache.ts';
import { openMtCache } from '../../../src/mt/mt-cache.ts';
import { MtCancelledError, MtError } from '../../../src/mt/mt-error.ts';
import type { MtProvider, MtRequest } from '../../../src/mt/mt-types.ts';
import { MAX_RETRY_DELAY_MS, retranslateSegments, retryDelay } from '../../../src/mt/retranslate-segments.ts';
import { loopbackFetch, type RecordedRequest, recordingSleep, startLoopbackServer } from './loopback-server.ts';

/** A provider that translates by tagging, records each call, and fails the first calls as told. */
function fakeProvider(failures: MtError[] = [], limits = { maxTexts: 3, maxBytes: 10_000 }) {
  const calls: string[][] = [];
  const provider: MtProvider = {
    id: 'libretranslate',
    url: 'http://127.0.0.1:1',
    limits,
    async translate(texts: readonly string[], _request: MtRequest): Promise<string[]> {
      calls.push([...texts]);
      const failure = failures.shift();
      if (failure) throw failure;
      return texts.map((text) => `EN(${text})`);
    },
  };
  return { provider, calls };
}

const where = { provider: 'libretranslate', url: 'http://127.0.0.1:1' } as const;
const segments = (...texts: string[]) => texts.map((text, index) => ({ id: `s${index + 1}`, text }));

const folders: string[] = [];
after(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('retranslateSegments', () => {
  test('maps every segment id to its retranslation, in batches no bigger than the provider allows', async () => {
    const { provider, calls } = fakeProvider();
    const result = await retranslateSegments(provider, segments('Un.', 'Deux.', 'Trois.', 'Quatre.'), {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
      batchSize: 10,
    });
    assert.deepEqual(
      [...result],
      [
        ['s1', 'EN(Un.)'],
        ['s2', 'EN(Deux.)'],
        ['s3', 'EN(Trois.)'],
        ['s4', 'EN(Quatre.)'],
      ],
    );
    assert.deepEqual(calls, [['Un.', 'Deux.', 'Trois.'], ['Quatre.']]);
  });

  test('honours a batch size smaller than the provider limit', async () => {
    const { provider, calls } = fakeProvider();
    await retranslateSegments(provider, segments('A', 'B', 'C'), {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
      batchSize: 1,
    });
    assert.equal(calls.length, 3);
  });

  test('sends identical texts once and empty texts not at all', async () => {
    const { provider, calls } = fakeProvider();
    const result = await retranslateSegments(provider, segments('Bonjour.', '  ', 'Bonjour.', ''), {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
    });
    assert.deepEqual(calls, [['Bonjour.']]);
    assert.equal(result.get('s1'), 'EN(Bonjour.)');
    assert.equal(result.get('s3'), 'EN(Bonjour.)');
    assert.equal(result.get('s2'), '');
    assert.equal(result.get('s4'), '');
  });

  test('hands over cached retranslations first, then each batch as it arrives', async () => {
    const { provider } = fakeProvider([], { maxTexts: 2, maxBytes: 10_000 });
    const cache = createMemoryMtCache();
    await cache.put([
      {
        key: { provider: 'libretranslate', url: 'http://127.0.0.1:1', model: '', from: 'fr', to: 'en', text: 'C' },
        translation: 'cached C',
      },
    ]);
    const deliveries: string[] = [];
    await retranslateSegments(provider, segments('A', 'B', 'C', 'D'), {
      from: 'fr',
      to: 'en',
      cache,
      onResults: (results) => deliveries.push([...results].map(([id, text]) => `${id}=${text}`).join(' ')),
    });
    assert.deepEqual(deliveries, ['s3=cached C', 's1=EN(A) s2=EN(B)', 's4=EN(D)']);
  });

  test('reports progress from the cached count up to the total', async () => {
    const { provider } = fakeProvider();
    const cache = createMemoryMtCache();
    await cache.put([
      {
        key: { provider: 'libretranslate', url: 'http://127.0.0.1:1', model: '', from: 'fr', to: 'en', text: 'A' },
        translation: 'cached A',
      },
    ]);
    const progress: string[] = [];
    const result = await retranslateSegments(provider, segments('A', 'B', 'C', 'D', 'E'), {
      from: 'fr',
      to: 'en',
      cache,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    assert.deepEqual(progress, ['1/5', '4/5', '5/5']);
    assert.equal(result.get('s1'), 'cached A');
  });

  test('a second run over the same texts makes no request at all (file cache, loopback server)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'relecture-mt-run-'));
    folders.push(folder);
    const path = join(folder, 'cache.jsonl');
    const lt = await startLoopbackServer((request: RecordedRequest) => ({
      json: { translatedText: (request.body as { q: string[] }).q.map((text) => `EN(${text})`) },
    }));
    try {
      const provider = createProvider({ provider: 'libretranslate', url: lt.url }, loopbackFetch);
      const input = segments('Des grèves frappent.', 'Bonjour.', 'Au revoir.');
      const first = await retranslateSegments(provider, input, {
        from: 'fr',
        to: 'en',
        cache: await openMtCache(path),
      });
      assert.equal(lt.requests.length, 1);
      // A fresh open, as when the project is opened again another day.
      const second = await retranslateSegments(provider, input, {
        from: 'fr',
        to: 'en',
        cache: await openMtCache(path),
      });
      assert.equal(lt.requests.length, 1);
      assert.deepEqual([...second], [...first]);
      // Another direction is another translation: it is requested.
      await retranslateSegments(provider, input, { from: 'en', to: 'fr', cache: await openMtCache(path) });
      assert.equal(lt.requests.length, 2);
    } finally {
      await lt.close();
    }
  });

  test('retries rate limits and server errors with growing jittered waits, then succeeds', async () => {
    const failures = [
      new MtError('rate-limited', 'slow down', { ...where, status: 429, retryable: true }),
      new MtError('unreachable', 'server failed', { ...where, status: 502, retryable: true }),
      new MtError('unreachable', 'server failed', { ...where, status: 503, retryable: true }),
    ];
    const { provider, calls } = fakeProvider(failures);
    const { sleep, waits } = recordingSleep();
    const result = await retranslateSegments(provider, segments('A'), {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
      sleep,
      random: () => 0,
    });
    assert.equal(result.get('s1'), 'EN(A)');
    assert.equal(calls.length, 4);
    assert.deepEqual(waits, [500, 1000, 2000]);
  });

  test('never retries a bad key or an exhausted quota', async () => {
    for (const kind of ['bad-key', 'quota'] as const) {
      const { provider, calls } = fakeProvider([new MtError(kind, 'no', { ...where, status: 403 })]);
      const { sleep, waits } = recordingSleep();
      await assert.rejects(
        retranslateSegments(provider, segments('A'), { from: 'fr', to: 'en', cache: createMemoryMtCache(), sleep }),
        { kind },
      );
      assert.equal(calls.length, 1);
      assert.deepEqual(waits, []);
    }
  });

  test('keeps batches that succeeded in the cache when a later batch fails', async () => {
    const cache = createMemoryMtCache();
    const failing: MtProvider = {
      id: 'deepl',
      url: 'http://127.0.0.1:1',
      limits: { maxTexts: 1, maxBytes: 1000 },
      async translate(texts) {
        if (texts[0] === 'B') throw new MtError('quota', 'used up', { provider: 'deepl', url: 'x', status: 456 });
        return texts.map((text) => `EN(${text})`);
      },
    };
    await assert.rejects(retranslateSegments(failing, segments('A', 'B'), { from: 'fr', to: 'en', cache }), {
      kind: 'quota',
    });
    assert.equal(cache.size, 1);
  });

  test('cancelling during a backoff wait rejects at once with MtCancelledError', async () => {
    const { provider, calls } = fakeProvider([
      new MtError('rate-limited', 'slow down', { ...where, status: 429, retryable: true, retryAfterMs: 30_000 }),
    ]);
    const controller = new AbortController();
    const job = retranslateSegments(provider, segments('A'), {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    await assert.rejects(job, (error: unknown) => error instanceof MtCancelledError && error.name === 'AbortError');
    assert.ok(Date.now() - started < 1000);
    assert.equal(calls.length, 1);
  });

  test('cancels promptly even when the provider ignores the signal', async () => {
    const stubborn: MtProvider = {
      id: 'openai',
      translate: () => new Promise<string[]>(() => undefined),
    };
    const controller = new AbortController();
    const job = retranslateSegments(stubborn, segments('A'), {
      from: 'fr',
      to: 'en',
      cache: createMemoryMtCache(),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(job, MtCancelledError);
  });

  test('an already aborted signal sends nothing', async () => {
    const { provider, calls } = fakeProvider();
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(
      retranslateSegments(provider, segments('A'), {
        from: 'fr',
        to: 'en',
        cache: createMemoryMtCache(),
        signal: controller.signal,
      }),
      MtCancelledError,
    );
    assert.equal(calls.length, 0);
  });

  test('rejects a provider that returns the wrong number of translations', async () => {
    const sloppy: MtProvider = { id: 'openai', translate: async () => ['only one'] };
    await assert.rejects(
      retranslateSegments(sloppy, segments('A', 'B'), { from: 'fr', to: 'en', cache: createMemoryMtCache() }),
      { kind: 'bad-response' },
    );
  });
});

describe('retryDelay', () => {
  test('uses Retry-After when the service gives one, capped', () => {
    assert.equal(
      retryDelay(0, 2500, () => 0.9),
      2500,
    );
    assert.equal(
      retryDelay(3, 10 * 60_000, () => 0.9),
      MAX_RETRY_DELAY_MS,
    );
  });

  test('doubles the ceiling per attempt and jitters within its upper half', () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const low = retryDelay(attempt, undefined, () => 0);
      const high = retryDelay(attempt, undefined, () => 0.999);
      assert.equal(low, 500 * 2 ** attempt);
      assert.ok(high > low && high <= 1000 * 2 ** attempt);
    }
    assert.ok(retryDelay(20, undefined, () => 0.999) <= MAX_RETRY_DELAY_MS / 2);
  });
});
