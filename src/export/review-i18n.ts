import type { TFunction } from 'i18next';
import { createI18n } from '../i18n/create-i18n.ts';

/** A translator of `review` namespace keys, given or (by default) English. */
export function reviewTranslator(t?: TFunction): TFunction {
  return t ?? createI18n('en').getFixedT('en', 'review');
}

/** The language a translator writes (i18next's fixed translators carry it); English when it does not say. */
export function languageOf(t: TFunction): string {
  return (t as TFunction & { lng?: string }).lng ?? 'en';
}

/** Numbers and times written as readers of one language expect them. */
export interface LocaleFormats {
  /** `value` with the language's digit grouping and decimal sign, with exactly `fractionDigits` decimals if given. */
  readonly number: (value: number, fractionDigits?: number) => string;
  /** An ISO 8601 time as a date and time in the language (local time zone); the text itself if it is no time. */
  readonly dateTime: (iso: string) => string;
}

/** The number and date formats of `language` (a BCP 47 tag such as `fr` or `en`), through Intl. */
export function localeFormats(language: string): LocaleFormats {
  const plain = new Intl.NumberFormat(language);
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  return {
    number: (value, fractionDigits) =>
      fractionDigits === undefined
        ? plain.format(value)
        : new Intl.NumberFormat(language, {
            minimumFractionDigits: fractionDigits,
            maximumFractionDigits: fractionDigits,
          }).format(value),
    dateTime: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dates.format(date);
    },
  };
}
