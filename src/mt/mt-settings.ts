import type { MtSettings } from '../api/views.ts';
import { createProvider } from './create-provider.ts';
import type { MtProvider, MtProviderConfig } from './mt-types.ts';
import { mtKeySecretName, type SecretStore } from './secret-store.ts';

/** The MT settings a host stores with the user's settings: everything but the key, which stays in a SecretStore. */
export type StoredMtSettings = Omit<MtSettings, 'hasKey'>;

/** Settings used when the user has chosen nothing: no provider, so no text ever leaves the machine. */
export const DEFAULT_MT_SETTINGS: StoredMtSettings = { provider: 'none', url: '', model: '' };

/** The settings as the UI sees them: `hasKey` tells whether a key is stored, the key itself is never included. */
export async function describeMtSettings(settings: StoredMtSettings, secrets: SecretStore): Promise<MtSettings> {
  if (settings.provider === 'none') return { ...settings, hasKey: false };
  const key = await secrets.get(mtKeySecretName(settings.provider));
  return { provider: settings.provider, url: settings.url, model: settings.model, hasKey: key !== undefined };
}

/**
 * The provider config for `settings` with its key from `secrets`, or null when no provider is chosen (then nothing
 * is read and nothing is sent).
 */
export async function resolveMtConfig(
  settings: StoredMtSettings,
  secrets: SecretStore,
  timeoutMs?: number,
): Promise<MtProviderConfig | null> {
  if (settings.provider === 'none') return null;
  const key = await secrets.get(mtKeySecretName(settings.provider));
  return {
    provider: settings.provider,
    url: settings.url,
    ...(settings.model ? { model: settings.model } : {}),
    ...(key ? { key } : {}),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  };
}

/** The provider for `settings`, or null when none is chosen; building it sends nothing through `fetchImpl`. */
export async function providerFromSettings(
  settings: StoredMtSettings,
  secrets: SecretStore,
  fetchImpl?: typeof fetch,
): Promise<MtProvider | null> {
  const config = await resolveMtConfig(settings, secrets);
  return config ? createProvider(config, fetchImpl) : null;
}
