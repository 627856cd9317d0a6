import i18next, { type i18n, type Resource } from 'i18next';
import enFlags from './locales/en/flags.json' with { type: 'json' };
import enReview from './locales/en/review.json' with { type: 'json' };
import enUi from './locales/en/ui.json' with { type: 'json' };
import frFlags from './locales/fr/flags.json' with { type: 'json' };
import frReview from './locales/fr/review.json' with { type: 'json' };
import frUi from './locales/fr/ui.json' with { type: 'json' };

/** Languages the UI and the CLI speak. */
export type UiLanguage = 'en' | 'fr';

/** Message catalogues by language and namespace: `ui` (screens), `flags` (check messages), `review` (workflow). */
export const RESOURCES: Resource = {
  en: { ui: enUi, flags: enFlags, review: enReview },
  fr: { ui: frUi, flags: frFlags, review: frReview },
};

/**
 * Creates an independent i18next instance in `language`, with the built-in catalogues plus `extra` namespaces
 * (for example the lexicon's explanations). Synchronous: resources are bundled, nothing is fetched.
 */
export function createI18n(language: UiLanguage, extra: Resource = {}): i18n {
  const instance = i18next.createInstance();
  const resources: Resource = structuredClone(RESOURCES);
  for (const [lang, namespaces] of Object.entries(extra)) {
    resources[lang] = { ...(resources[lang] ?? {}), ...namespaces };
  }
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources,
    ns: Object.keys(resources.en ?? {}),
    defaultNS: 'ui',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
