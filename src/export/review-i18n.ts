import type { TFunction } from 'i18next';
import { createI18n } from '../i18n/create-i18n.ts';

/** A translator of `review` namespace keys, given or (by default) English. */
export function reviewTranslator(t?: TFunction): TFunction {
  return t ?? createI18n('en').getFixedT('en', 'review');
}
