import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../../src/api/csp.ts';
import { type BrowserHost, startBrowserHost } from '../../../src/host/browser-host.ts';
import { fakeHandlers } from '../../helpers/fake-handlers.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP so the test controls the Host header, which fetch would not let it set. */
function send(
  port: number,
  options: { method?: string; path: string; host?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: options.host ?? `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser host', () => {
  let host: BrowserHost;
  const staticDir = mkdtempSync(join(tmpdir(), 'relecture-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Relecture</title>');
  writeFileSync(join(tmpdir(), 'relecture-secret.txt'), 'secret');
  const api = (token: string | undefined, host?: string) =>
    send(hostPort(), {
      method: 'POST',
      path: '/api/app:info',
      host,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: '{}',
    });
  const hostPort = () => host.port;

  before(async () => {
    host = await startBrowserHost({
      staticDir,
      handlers: fakeHandlers({ 'app:info': async () => ({ version: '9.9.9', shell: 'browser' }) }),
    });
  });
  after(() => host.close());

  test('listens on 127.0.0.1 and puts the token in the URL fragment only', () => {
    assert.match(host.url, /^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{40,}$/);
  });

  test('answers an API call that carries the token', async () => {
    const reply = await api(host.token);
    assert.equal(reply.status, 200);
    assert.deepEqual(JSON.parse(reply.body), { ok: true, result: { version: '9.9.9', shell: 'browser' } });
  });

  test('refuses an API call without the token', async () => {
    const reply = await api(undefined);
    assert.equal(reply.status, 401);
    assert.doesNotMatch(reply.body, /9\.9\.9/);
  });

  test('refuses an API call with a wrong token of the same length', async () => {
    const wrong = host.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    assert.equal((await api(wrong)).status, 401);
  });

  test('refuses a request whose Host header names another host, even with the token', async () => {
    const reply = await api(host.token, 'evil.example:80');
    assert.equal(reply.status, 421);
    const rebinding = await api(host.token, `attacker.test:${host.port}`);
    assert.equal(rebinding.status, 421);
  });

  test('refuses a request for a foreign host on the static side too', async () => {
    assert.equal((await send(host.port, { path: '/', host: 'evil.example' })).status, 421);
  });

  test('rejects an unknown channel and an invalid payload with an error body', async () => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${host.token}` };
    const unknown = await send(host.port, { method: 'POST', path: '/api/fs:readFile', headers, body: '{}' });
    assert.equal(unknown.status, 400);
    assert.match(JSON.parse(unknown.body).error.message, /Unknown channel/);
    const invalid = await send(host.port, { method: 'POST', path: '/api/app:info', headers, body: '{"x":1}' });
    assert.equal(invalid.status, 400);
    assert.match(JSON.parse(invalid.body).error.message, /Invalid request for app:info/);
  });

  test('serves the renderer with the content security policy', async () => {
    const reply = await send(host.port, { path: '/' });
    assert.equal(reply.status, 200);
    assert.equal(reply.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
    assert.match(reply.body, /<title>Relecture<\/title>/);
  });

  test('does not serve files outside its folder', async () => {
    for (const path of [
      '/../relecture-secret.txt',
      '/%2e%2e/relecture-secret.txt',
      '/..%2frelecture-secret.txt',
      '/.hidden',
    ]) {
      const reply = await send(host.port, { path });
      assert.equal(reply.status, 404, path);
      assert.doesNotMatch(reply.body, /secret/);
    }
  });
});
