import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createProvider } from '../../../src/mt/create-provider.ts';
import {
  DEFAULT_MT_SETTINGS,
  describeMtSettings,
  providerFromSettings,
  resolveMtConfig,
} from '../../../src/mt/mt-settings.ts';
import { createMemorySecretStore, mtKeySecretName, type SecretStore } from '../../../src/mt/secret-store.ts';
import { forbiddenFetch } from './loopback-server.ts';

const KEY = 'secret-7d3a91:fx';

/** A secret store that fails the test when read: for paths that must not even look for a key. */
function untouchableSecrets(): SecretStore {
  return {
    get: async () => assert.fail('the secret store was read'),
    set: async () => assert.fail('the secret store was written'),
  };
}

describe('MT settings', () => {
  test('with no provider configured, nothing is built, no key is read and no fetch is made', async () => {
    const { fetchImpl, calls } = forbiddenFetch();
    assert.equal(DEFAULT_MT_SETTINGS.provider, 'none');
    assert.equal(await providerFromSettings(DEFAULT_MT_SETTINGS, untouchableSecrets(), fetchImpl), null);
    assert.equal(await resolveMtConfig(DEFAULT_MT_SETTINGS, untouchableSecrets()), null);
    assert.deepEqual(await describeMtSettings(DEFAULT_MT_SETTINGS, untouchableSecrets()), {
      provider: 'none',
      url: '',
      model: '',
      hasKey: false,
    });
    assert.deepEqual(calls, []);
  });

  test('building a configured provider sends nothing until something is translated', async () => {
    const { fetchImpl, calls } = forbiddenFetch();
    for (const provider of ['libretranslate', 'deepl', 'openai'] as const) {
      createProvider({ provider, url: 'http://127.0.0.1:9', model: 'm', key: KEY }, fetchImpl);
    }
    const secrets = createMemorySecretStore({ [mtKeySecretName('deepl')]: KEY });
    const built = await providerFromSettings({ provider: 'deepl', url: '', model: '' }, secrets, fetchImpl);
    assert.equal(built?.id, 'deepl');
    assert.deepEqual(calls, []);
  });

  test('the settings the UI sees say whether a key is stored but never hold it', async () => {
    const secrets = createMemorySecretStore({ [mtKeySecretName('deepl')]: KEY });
    const view = await describeMtSettings({ provider: 'deepl', url: 'https://api-free.deepl.com', model: '' }, secrets);
    assert.equal(view.hasKey, true);
    assert.equal(JSON.stringify(view).includes(KEY), false);
    const other = await describeMtSettings(
      { provider: 'openai', url: 'http://127.0.0.1:11434/v1', model: 'x' },
      secrets,
    );
    assert.equal(other.hasKey, false);
  });

  test('each provider keeps its own key', async () => {
    const secrets = createMemorySecretStore({ [mtKeySecretName('openai')]: 'sk-openai' });
    const openai = await resolveMtConfig({ provider: 'openai', url: 'http://127.0.0.1:1/v1', model: 'm' }, secrets);
    const deepl = await resolveMtConfig({ provider: 'deepl', url: '', model: '' }, secrets);
    assert.equal(openai?.key, 'sk-openai');
    assert.equal(deepl?.key, undefined);
  });
});
