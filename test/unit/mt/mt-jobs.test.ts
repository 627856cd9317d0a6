import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMemoryMtCache } from '../../../src/mt/memory-mt-cache.ts';
import { MtError } from '../../../src/mt/mt-error.ts';
import { createMtJobRegistry } from '../../../src/mt/mt-jobs.ts';
import type { MtProvider } from '../../../src/mt/mt-types.ts';

const segments = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `s${index}`, text: `T${index}` }));

/** One text per request; the request for `stallOn` never ends unless aborted. */
function provider(options: { stallOn?: string; failOn?: string } = {}): MtProvider {
  return {
    id: 'openai',
    url: 'http://127.0.0.1:1/v1',
    limits: { maxTexts: 1, maxBytes: 1000 },
    translate: (texts, request) => {
      if (texts[0] === options.failOn) {
        return Promise.reject(
          new MtError('quota', 'quota used up', { provider: 'openai', url: 'http://127.0.0.1:1/v1', status: 429 }),
        );
      }
      if (texts[0] === options.stallOn) {
        return new Promise((_, reject) =>
          request.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))),
        );
      }
      return Promise.resolve(texts.map((text) => `EN(${text})`));
    },
  };
}

describe('MT job registry', () => {
  test('runs a job to the end, applying every batch and counting progress', async () => {
    const jobs = createMtJobRegistry(() => 'job-1');
    const applied = new Map<string, string>();
    const first = jobs.start({
      provider: provider(),
      segments: segments(3),
      cache: createMemoryMtCache(),
      onResults: async (results) => {
        for (const [id, text] of results) applied.set(id, text);
      },
    });
    assert.deepEqual(first, { jobId: 'job-1', done: 0, total: 3, state: 'running' });
    const final = await jobs.finished('job-1');
    assert.deepEqual(final, { jobId: 'job-1', done: 3, total: 3, state: 'done' });
    assert.deepEqual(
      [...applied],
      [
        ['s0', 'EN(T0)'],
        ['s1', 'EN(T1)'],
        ['s2', 'EN(T2)'],
      ],
    );
    assert.deepEqual(jobs.state('job-1'), final);
  });

  test('cancelling keeps what was already retranslated and ends as cancelled', async () => {
    const jobs = createMtJobRegistry(() => 'job-2');
    const applied: string[] = [];
    jobs.start({
      provider: provider({ stallOn: 'T2' }),
      segments: segments(4),
      cache: createMemoryMtCache(),
      onResults: (results) => {
        applied.push(...results.keys());
      },
    });
    while ((jobs.state('job-2')?.done ?? 0) < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    jobs.cancel('job-2');
    const final = await jobs.finished('job-2');
    assert.equal(final?.state, 'cancelled');
    assert.equal(final?.done, 2);
    assert.deepEqual(applied, ['s0', 's1']);
  });

  test('a failure ends the job as failed with the provider message', async () => {
    const jobs = createMtJobRegistry(() => 'job-3');
    jobs.start({ provider: provider({ failOn: 'T1' }), segments: segments(3), cache: createMemoryMtCache() });
    const final = await jobs.finished('job-3');
    assert.equal(final?.state, 'failed');
    assert.equal(final?.done, 1);
    assert.match(final?.error ?? '', /^OpenAI-compatible server at http:\/\/127\.0\.0\.1:1\/v1: quota used up/);
  });

  test('knows nothing of unknown jobs', () => {
    const jobs = createMtJobRegistry();
    assert.equal(jobs.state('nope'), undefined);
    assert.equal(jobs.cancel('nope'), undefined);
    assert.equal(jobs.finished('nope'), undefined);
  });
});
