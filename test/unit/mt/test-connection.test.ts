import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createProvider } from '../../../src/mt/create-provider.ts';
import { CONNECTION_PROBE, testConnection } from '../../../src/mt/test-connection.ts';
import { type LoopbackServer, loopbackFetch, startLoopbackServer } from './loopback-server.ts';

const KEY = 'conn-key-0e6b55aa';

const servers: LoopbackServer[] = [];
after(async () => {
  await Promise.all(servers.map((started) => started.close()));
});

async function deeplAnswering(reply: Parameters<typeof startLoopbackServer>[0]) {
  const server = await startLoopbackServer(reply);
  servers.push(server);
  return { server, provider: createProvider({ provider: 'deepl', url: server.url, key: KEY }, loopbackFetch) };
}

describe('testConnection', () => {
  test('translates one short text and shows the answer', async () => {
    const { server, provider } = await deeplAnswering(() => ({
      json: { translations: [{ detected_source_language: 'FR', text: 'Hello.' }] },
    }));
    const report = await testConnection(provider);
    assert.equal(report.ok, true);
    assert.match(report.message, /^DeepL at http:\/\/127\.0\.0\.1:\d+ works: .*Hello\./);
    assert.deepEqual((server.requests[0]!.body as { text: string[] }).text, [CONNECTION_PROBE]);
  });

  test('says the key was refused, without showing it', async () => {
    const { provider } = await deeplAnswering(() => ({ status: 403, json: { message: `Forbidden key ${KEY}` } }));
    const report = await testConnection(provider);
    assert.equal(report.ok, false);
    assert.match(report.message, /API key was refused.*Check the API key/);
    assert.equal(report.message.includes(KEY), false);
  });

  test('says the quota is used up', async () => {
    const { provider } = await deeplAnswering(() => ({ status: 456, json: { message: 'Quota Exceeded' } }));
    const report = await testConnection(provider);
    assert.equal(report.ok, false);
    assert.match(report.message, /quota/i);
  });

  test('says the service cannot be reached', async () => {
    const closed = await startLoopbackServer(() => ({}));
    await closed.close();
    const provider = createProvider({ provider: 'libretranslate', url: closed.url }, loopbackFetch);
    const report = await testConnection(provider);
    assert.equal(report.ok, false);
    assert.match(report.message, /^LibreTranslate at http:\/\/127\.0\.0\.1:\d+: cannot connect .*Check the URL/);
  });

  test('says the server did not answer in time', async () => {
    const server = await startLoopbackServer(() => ({ hang: true }));
    servers.push(server);
    const provider = createProvider({ provider: 'openai', url: server.url, model: 'm', timeoutMs: 100 }, loopbackFetch);
    const report = await testConnection(provider);
    assert.equal(report.ok, false);
    assert.match(report.message, /no answer within/);
  });
});
