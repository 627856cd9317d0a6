import type { MtProviderId } from './mt-types.ts';

/**
 * Where API keys live, apart from settings and projects: a file with owner-only permissions for the CLI and the
 * browser host, Electron's safeStorage in the desktop shell. Values never travel back to the UI.
 */
export interface SecretStore {
  /** The secret stored under `name`, or undefined. */
  get(name: string): Promise<string | undefined>;
  /** Stores `value` under `name`; undefined deletes it. */
  set(name: string, value: string | undefined): Promise<void>;
}

/** The secret-store name of a provider's API key; each provider keeps its own, so switching does not lose one. */
export function mtKeySecretName(provider: MtProviderId): string {
  return `mt.${provider}.key`;
}

/** A store held in memory, for tests and hosts that must not persist keys. */
export function createMemorySecretStore(initial: Readonly<Record<string, string>> = {}): SecretStore {
  const secrets = new Map(Object.entries(initial));
  return {
    async get(name: string): Promise<string | undefined> {
      return secrets.get(name);
    },
    async set(name: string, value: string | undefined): Promise<void> {
      if (value === undefined) secrets.delete(name);
      else secrets.set(name, value);
    },
  };
}
