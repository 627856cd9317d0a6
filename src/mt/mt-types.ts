/** Machine-translation services the workbench can call. */
export type MtProviderId = 'libretranslate' | 'deepl' | 'openai';

/** Languages a retranslation goes between: French MT back to English, or English to French. */
export type MtLanguage = 'fr' | 'en';

/** One call's direction and the signal that cancels it. */
export interface MtRequest {
  readonly from: MtLanguage;
  readonly to: MtLanguage;
  readonly signal?: AbortSignal;
}

/** How much one request may carry; the batch runner splits segments to fit. */
export interface MtBatchLimits {
  /** Most texts in one request. */
  readonly maxTexts: number;
  /** Most UTF-8 bytes of text in one request (the JSON envelope adds a little on top). */
  readonly maxBytes: number;
}

/** A configured MT service that turns a list of texts into their translations, one for one, in order. */
export interface MtProvider {
  readonly id: MtProviderId;
  /** Service address as configured (part of the cache key; never holds the key). */
  readonly url?: string;
  /** Model or variant, when the service has one (part of the cache key). */
  readonly model?: string;
  /** Request size limits documented by the service. */
  readonly limits?: MtBatchLimits;
  /** Translates `texts`; resolves to exactly `texts.length` translations or rejects with an `MtError`. */
  translate(texts: readonly string[], request: MtRequest): Promise<string[]>;
}

/** What is needed to build a provider. The key comes from the secret store or the environment, never a project. */
export interface MtProviderConfig {
  readonly provider: MtProviderId;
  readonly url: string;
  readonly model?: string;
  readonly key?: string;
  /** Per-request timeout; 30 s when absent (60 s for chat models, which are slower). */
  readonly timeoutMs?: number;
}

/** Every provider id, for option parsing and settings validation. */
export const MT_PROVIDER_IDS: readonly MtProviderId[] = ['libretranslate', 'deepl', 'openai'];

/** Human names of the providers, for messages. */
export const MT_PROVIDER_NAMES: Readonly<Record<MtProviderId, string>> = {
  libretranslate: 'LibreTranslate',
  deepl: 'DeepL',
  openai: 'OpenAI-compatible server',
};
