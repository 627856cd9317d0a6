import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { errorFromStatus, joinEndpoint, parseRetryAfter } from '../../../src/mt/http-call.ts';

function answer(status: number, headers: Record<string, string> = {}) {
  return { status, headers: new Headers(headers), text: '', json: undefined };
}

describe('HTTP helpers for MT calls', () => {
  test('read Retry-After in seconds or as an HTTP date', () => {
    assert.equal(parseRetryAfter('7'), 7000);
    assert.equal(parseRetryAfter(' 1.5 '), 1500);
    const now = Date.parse('2026-12-04T12:00:00Z');
    assert.equal(parseRetryAfter('Fri, 04 Dec 2026 12:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Fri, 04 Dec 2026 11:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(null), undefined);
  });

  test('map statuses to kinds, retrying only 429, 529 and 5xx', () => {
    const kinds = [401, 403, 404, 413, 429, 456, 500, 503, 529].map((status) => {
      const error = errorFromStatus({
        provider: 'deepl',
        url: 'http://127.0.0.1:1',
        answer: answer(status),
        serverMessage: undefined,
      });
      return `${status}:${error.kind}${error.retryable ? '+retry' : ''}`;
    });
    assert.deepEqual(kinds, [
      '401:bad-key',
      '403:bad-key',
      '404:bad-response',
      '413:bad-response',
      '429:rate-limited+retry',
      '456:quota',
      '500:unreachable+retry',
      '503:unreachable+retry',
      '529:rate-limited+retry',
    ]);
  });

  test('carry the Retry-After of a 429 and keep the key out of the server message', () => {
    const error = errorFromStatus({
      provider: 'openai',
      url: 'http://127.0.0.1:1/v1',
      answer: answer(429, { 'Retry-After': '4' }),
      serverMessage: 'slow down, key k-123',
      secret: 'k-123',
    });
    assert.equal(error.retryAfterMs, 4000);
    assert.match(error.message, /slow down, key \*\*\*/);
  });

  test('join a base URL and a path once', () => {
    assert.equal(joinEndpoint('http://h:1/', '/translate'), 'http://h:1/translate');
    assert.equal(joinEndpoint('http://h:1/translate', '/translate'), 'http://h:1/translate');
  });
});
