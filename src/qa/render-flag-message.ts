import type { TFunction } from 'i18next';
import type { Flag } from '../model/flag.ts';

/**
 * The flag's message in the language of `t` (an i18next instance made by createI18n with lexiconResources()):
 * the `flags` catalogue entry filled with the flag's params, plus the lexicon explanation for lexicon flags.
 */
export function renderFlagMessage(flag: Flag, t: TFunction): string {
  const entry = flag.params['entry'];
  const explanation = typeof entry === 'string' ? t(entry, { ns: 'lexicon', defaultValue: '' }) : '';
  return t(flag.messageKey, { ns: 'flags', ...flag.params, explanation });
}
