// The UI's i18next instance: built-in catalogues, plus the namespaces the core adds (the lexicon's explanations),
// switchable at run time; components re-render their labels when the language changes.
import type { i18n } from 'i18next';
import type { Catalogues } from '../../src/api/views.ts';
import { createI18n, type UiLanguage } from '../../src/i18n/create-i18n.ts';
import type { MessageParams } from '../../src/model/flag.ts';

let instance: i18n = createI18n('en');
const listeners = new Set<() => void>();

/** Translates a `ui` key (or `ns:key`) with `params` in the current UI language. */
export function t(key: string, params: Readonly<Record<string, unknown>> = {}): string {
  return instance.t(key, params as Record<string, unknown>) as string;
}

/** The current UI language. */
export function uiLanguage(): UiLanguage {
  return instance.language === 'fr' ? 'fr' : 'en';
}

/** Adds the core's run-time catalogues (language → namespace → keys) to the instance. */
export function addCatalogues(catalogues: Catalogues): void {
  for (const [language, namespaces] of Object.entries(catalogues)) {
    for (const [namespace, keys] of Object.entries(namespaces)) {
      instance.addResourceBundle(language, namespace, keys, true, true);
      if (!instance.options.ns || !(instance.options.ns as string[]).includes(namespace)) {
        instance.options.ns = [...((instance.options.ns as string[] | undefined) ?? []), namespace];
      }
    }
  }
}

/** Switches the UI language without a reload and tells every subscriber to re-render its strings. */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  if (instance.language === language) return;
  await instance.changeLanguage(language);
  document.documentElement.lang = language;
  for (const listener of listeners) listener();
}

/** Calls `listener` after each language change; returns the unsubscribe function. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A flag's message in the UI language (`flags:` first, then `lexicon:`, else the key), with its lexicon explanation. */
export function flagMessage(messageKey: string, params: MessageParams): string {
  const keys = messageKey.includes(':') ? [messageKey] : [`flags:${messageKey}`, `lexicon:${messageKey}`];
  const values: Record<string, unknown> = { ...params };
  // Lexicon flags name their entry; its explanation, in the UI language, comes from the core's `lexicon` namespace.
  if (typeof params['entry'] === 'string' && params['explanation'] === undefined) {
    values['explanation'] = instance.t(params['entry'], { ns: 'lexicon', keySeparator: false, defaultValue: '' });
  }
  return instance.t(keys, { ...values, defaultValue: messageKey }) as string;
}

/**
 * An error's text in the UI language: its key in the `review` or `ui` namespace when it has one, else its message.
 * A workflow refusal names its segment by the core's internal id ("s1"); given `segmentNumber`, which turns that id
 * into the number the user sees in the grid, it is worded with that number instead (`ui:refusal.*`).
 */
export function errorMessage(
  error: { readonly message: string; readonly key?: string | undefined; readonly params?: unknown },
  segmentNumber?: (segmentId: string) => number | undefined,
): string {
  if (!error.key) return error.message;
  const params = (typeof error.params === 'object' && error.params !== null ? error.params : {}) as Record<
    string,
    unknown
  >;
  const refusal = `ui:refusal.${error.key.replace(/^review:/, '')}`;
  const row = typeof params['segment'] === 'string' ? segmentNumber?.(params['segment']) : undefined;
  if (row !== undefined && !error.key.startsWith('ui:') && instance.exists(refusal)) {
    const status = typeof params['status'] === 'string' ? t(`status.${params['status']}`) : params['status'];
    // The row number as the grid's first column writes it (an identifier, so no thousands separator).
    return t(refusal, { ...params, row, status, defaultValue: error.message });
  }
  const keys = error.key.includes(':') ? [error.key] : [`review:${error.key}`, `ui:${error.key}`];
  return instance.t(keys, { ...params, defaultValue: error.message }) as string;
}

/** `value` written the way the UI language writes numbers (French: narrow no-break space between thousands). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(value);
}

/** Replaces the instance (tests, or a fresh start in another language). */
export function resetI18n(language: UiLanguage): void {
  instance = createI18n(language);
}
