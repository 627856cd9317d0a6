import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { safeStorage } from 'electron';
import type { SecretStore } from '../src/app/index.ts';

/**
 * MT keys encrypted with the operating system's key store (Keychain, DPAPI, libsecret/kwallet) through safeStorage.
 * On Linux without a real key store Electron falls back to a hard-coded password ("basic_text"); that is no
 * protection, so keys are refused there rather than stored under a false promise.
 */
export class SafeStorageSecrets implements SecretStore {
  constructor(private readonly path: string) {}

  /** The decrypted secret, or undefined. */
  async get(name: string): Promise<string | undefined> {
    const sealed = (await this.readAll())[name];
    if (sealed === undefined || !safeStorage.isEncryptionAvailable()) return undefined;
    return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
  }

  /** Encrypts and stores `value` (undefined removes it). */
  async set(name: string, value: string | undefined): Promise<void> {
    const all = await this.readAll();
    if (value === undefined) delete all[name];
    else {
      if (!safeStorage.isEncryptionAvailable() || safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
        throw new Error('This system has no secure key store, so the key was not saved. Set RELECTURE_MT_KEY instead.');
      }
      all[name] = safeStorage.encryptString(value).toString('base64');
    }
    const temporary = `${this.path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, JSON.stringify(all), { mode: 0o600 });
    await rename(temporary, this.path);
  }

  private async readAll(): Promise<Record<string, string>> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  }
}
