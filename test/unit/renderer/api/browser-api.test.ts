import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiError, createBrowserApi, takeToken } from '../../../../renderer/api/browser-api.ts';
import { API_METHODS } from '../../../../src/api/methods.ts';

function fakeFetch(body: unknown, seen: { url: string; init: { headers: Record<string, string>; body: string } }[]) {
  return async (url: string, init: { method: string; headers: Record<string, string>; body: string }) => {
    seen.push({ url, init });
    return { ok: true, status: 200, json: async () => body };
  };
}

describe('createBrowserApi', () => {
  test('exposes every verb of the contract and posts it to its channel with the bearer token', async () => {
    const seen: { url: string; init: { headers: Record<string, string>; body: string } }[] = [];
    const api = createBrowserApi('secret', fakeFetch({ ok: true, result: [] }, seen));
    for (const method of Object.keys(API_METHODS))
      assert.equal(typeof (api as Record<string, unknown>)[method], 'function', method);
    await api.checkText({ segmentId: 's1', text: 'grèves' });
    assert.equal(seen[0]?.url, '/api/qa:check');
    assert.equal(seen[0]?.init.headers['Authorization'], 'Bearer secret');
    assert.deepEqual(JSON.parse(seen[0]!.init.body), { segmentId: 's1', text: 'grèves' });
  });

  test('throws an error carrying the key and parameters of a refusal', async () => {
    const api = createBrowserApi(
      't',
      fakeFetch(
        { ok: false, error: { message: 'Only editors approve', key: 'notEditor', params: { role: 'translator' } } },
        [],
      ),
    );
    await assert.rejects(
      api.approveSegment({ segmentId: 's1' }),
      (error: unknown) =>
        error instanceof ApiError &&
        error.key === 'notEditor' &&
        error.params?.['role'] === 'translator' &&
        error.message === 'Only editors approve',
    );
  });

  test('reports an unreachable host as an error with a key, not a crash', async () => {
    const api = createBrowserApi('t', async () => {
      throw new TypeError('Failed to fetch');
    });
    await assert.rejects(
      api.appInfo({}),
      (error: unknown) => error instanceof ApiError && error.key === 'error.unreachable',
    );
  });
});

describe('takeToken', () => {
  test('takes the token from the fragment, keeps it for reloads and removes it from the address bar', () => {
    const stored = new Map<string, string>();
    const replaced: string[] = [];
    const token = takeToken({
      location: { hash: '#token=abc123', pathname: '/', search: '?x=1' },
      history: { replaceState: (_data, _unused, url) => replaced.push(url) },
      storage: { getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => stored.set(key, value) },
    });
    assert.equal(token, 'abc123');
    assert.deepEqual(replaced, ['/?x=1']);
    const again = takeToken({
      location: { hash: '', pathname: '/', search: '' },
      history: { replaceState: () => assert.fail('nothing to strip') },
      storage: { getItem: (key) => stored.get(key) ?? null, setItem: () => {} },
    });
    assert.equal(again, 'abc123');
  });

  test('answers null when there is no token anywhere', () => {
    assert.equal(
      takeToken({
        location: { hash: '', pathname: '/', search: '' },
        history: { replaceState: () => {} },
        storage: { getItem: () => null, setItem: () => {} },
      }),
      null,
    );
  });
});
