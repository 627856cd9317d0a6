// The text of a flag as the hover and the problem list show it, in the UI language.
import type { Flag } from '../../src/model/flag.ts';
import { flagMessage, t } from '../i18n/ui-i18n.ts';
import { SEVERITY_SHAPES } from '../theme/palette.ts';

/** Builds a flag's hover text: severity word, category, explanation and the suggested fixes. */
export function describeFlag(flag: Flag): string {
  const lines = [
    `${SEVERITY_SHAPES[flag.severity]} ${t(`severity.${flag.severity}`)} · ${t(`category.${flag.category}`)} · ${t(`check.${flag.check}`, { defaultValue: flag.check })}`,
    flagMessage(flag.messageKey, flag.params),
  ];
  if (flag.suggestions.length > 0) {
    lines.push(
      `${t('editor.suggestions')} ${flag.suggestions.map((suggestion) => `« ${suggestion.text} »`).join(', ')}`,
    );
  }
  if (flag.reference) lines.push(`${t('editor.reference')} ${flag.reference}`);
  return lines.join('\n');
}
