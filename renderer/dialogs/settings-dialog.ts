// Settings: user name, role, UI language, typography preset, MQM penalties and pass threshold.
import type { Settings } from '../../src/api/views.ts';
import { SEVERITIES, type Severity } from '../../src/model/flag.ts';
import { el } from '../dom/el.ts';
import { t } from '../i18n/ui-i18n.ts';
import { createModal } from './modal.ts';

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

function select(name: string, value: string, options: readonly (readonly [string, string])[]): HTMLSelectElement {
  const node = el('select', { name });
  for (const [optionValue, label] of options)
    node.append(el('option', { value: optionValue, selected: optionValue === value }, label));
  return node;
}

/** Shows the settings; resolves with the changes to save, or null when cancelled. */
export async function editSettings(current: Settings): Promise<Partial<Settings> | null> {
  const userName = el('input', { type: 'text', value: current.userName, autocomplete: 'name' });
  const role = select('role', current.role, [
    ['translator', t('role.translator')],
    ['editor', t('role.editor')],
  ]);
  const language = select('uiLanguage', current.uiLanguage, [
    ['en', 'English'],
    ['fr', 'Français'],
  ]);
  const typography = select('typography', current.typography, [
    ['nbsp', t('settings.nbsp')],
    ['narrow-nbsp', t('settings.narrowNbsp')],
  ]);
  const penalties = Object.fromEntries(
    SEVERITIES.map((severity) => [
      severity,
      // Required: a blank number must stop Save (the form's own check says so), not be dropped silently.
      el('input', { type: 'number', min: 0, step: 1, required: true, value: current.penalties[severity] }),
    ]),
  ) as Record<Severity, HTMLInputElement>;
  const threshold = el('input', {
    type: 'number',
    min: 0,
    max: 100,
    step: 0.5,
    required: true,
    value: current.passThreshold,
  });
  const modal = createModal(
    t('settings.title'),
    'settings-dialog',
    field('settings-user', t('settings.userName'), userName),
    field('settings-role', t('settings.role'), role),
    field('settings-language', t('settings.language'), language),
    field('settings-typography', t('settings.typography'), typography),
    el(
      'fieldset',
      {},
      el('legend', {}, t('settings.penalties')),
      ...SEVERITIES.map((severity) =>
        field(`settings-penalty-${severity}`, t(`severity.${severity}`), penalties[severity]),
      ),
    ),
    field('settings-threshold', t('settings.threshold'), threshold),
  );
  // One form around fields and buttons, Save first in it: Enter in a field saves (implicit submission).
  const form = el('form', { method: 'dialog', class: 'settings-form' });
  const buttons = el(
    'div',
    { class: 'modal-footer' },
    el('button', { type: 'submit', value: 'ok', class: 'primary', id: 'settings-save' }, t('dialog.save')),
    el('button', { type: 'submit', value: 'cancel', formnovalidate: true }, t('dialog.cancel')),
  );
  modal.body.replaceWith(form);
  form.append(modal.body, buttons);
  modal.footer.remove();
  const shown = modal.show();
  userName.focus();
  if ((await shown) !== 'ok') return null;
  const number = (input: HTMLInputElement, fallback: number) =>
    Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : fallback;
  return {
    userName: userName.value.trim() || current.userName,
    role: role.value as Settings['role'],
    uiLanguage: language.value as Settings['uiLanguage'],
    typography: typography.value as Settings['typography'],
    penalties: {
      minor: number(penalties.minor, current.penalties.minor),
      major: number(penalties.major, current.penalties.major),
      critical: number(penalties.critical, current.penalties.critical),
    },
    passThreshold: number(threshold, current.passThreshold),
  };
}
