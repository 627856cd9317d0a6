import { createDeepLProvider } from './deepl-provider.ts';
import { createLibreTranslateProvider } from './libretranslate-provider.ts';
import type { MtProvider, MtProviderConfig } from './mt-types.ts';
import { createOpenAiProvider } from './openai-provider.ts';

/**
 * Builds the provider `config` names. Every request goes through `fetchImpl` (the global fetch by default), which
 * is how tests and the no-network guarantee see all traffic. Building a provider sends nothing.
 */
export function createProvider(config: MtProviderConfig, fetchImpl: typeof fetch = globalThis.fetch): MtProvider {
  switch (config.provider) {
    case 'libretranslate':
      return createLibreTranslateProvider(config, fetchImpl);
    case 'deepl':
      return createDeepLProvider(config, fetchImpl);
    case 'openai':
      return createOpenAiProvider(config, fetchImpl);
    default:
      throw new Error(`unknown MT provider: ${String((config as { provider: unknown }).provider)}`);
  }
}
