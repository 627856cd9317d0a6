// The retranslation service settings: provider, address, model and API key, with a connection test. The key goes to
// the core's secret store and never comes back: the dialog only learns whether one is stored.
import type { RelectureApi } from '../../src/api/methods.ts';
import type { MtSettings } from '../../src/api/views.ts';
import { asApiError } from '../api/browser-api.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { errorMessage, t } from '../i18n/ui-i18n.ts';
import { createModal } from './modal.ts';

/** The providers, in the order the menu lists them. */
export const MT_PROVIDERS: readonly MtSettings['provider'][] = ['none', 'libretranslate', 'deepl', 'openai'];

// Addresses shown as placeholders: where each service usually answers (LibreTranslate's default port is 5000).
const URL_EXAMPLES: Readonly<Record<MtSettings['provider'], string>> = {
  none: '',
  libretranslate: 'http://127.0.0.1:5000',
  deepl: 'https://api-free.deepl.com',
  openai: 'https://api.openai.com/v1',
};

function field(id: string, label: string, control: HTMLElement, ...notes: HTMLElement[]): HTMLElement {
  control.id = id;
  const described = notes.map((note) => note.id).filter((noteId) => noteId !== '');
  if (described.length > 0) control.setAttribute('aria-describedby', described.join(' '));
  return el('div', { class: 'field' }, el('label', { for: id }, label), control, ...notes);
}

/**
 * Shows the retranslation service settings, loaded through `api`; Save stores them, Test connection stores them and
 * asks the service to translate a word. Resolves with the settings in force when the dialog closes.
 */
export async function editMtSettings(api: RelectureApi): Promise<MtSettings> {
  let current = await api.getMtSettings({});
  const provider = el('select', { name: 'provider' });
  for (const name of MT_PROVIDERS)
    provider.append(el('option', { value: name, selected: name === current.provider }, t(`mt.${name}`)));
  const url = el('input', { type: 'url', name: 'url', value: current.url, autocomplete: 'off', spellcheck: 'false' });
  const model = el('input', { type: 'text', name: 'model', value: current.model, autocomplete: 'off' });
  // A password box so the key is not shown while typed; it is never filled from the store.
  const key = el('input', { type: 'password', name: 'key', value: '', autocomplete: 'off' });
  const keyState = el('p', { class: 'mt-hint', id: 'mt-key-state' });
  const forget = el('button', { type: 'button', id: 'mt-forget-key' }, t('mt.forgetKey'));
  const modelHint = el('p', { class: 'mt-hint', id: 'mt-model-hint' }, t('mt.modelHint'));
  const result = el('p', { class: 'mt-result', id: 'mt-test-result', role: 'status', 'aria-live': 'polite' });
  const test = el('button', { type: 'button', id: 'mt-test' }, t('mt.test'));

  const chosen = () => provider.value as MtSettings['provider'];
  const refresh = () => {
    const offline = chosen() === 'none';
    for (const control of [url, model, key, test]) control.disabled = offline;
    url.placeholder = URL_EXAMPLES[chosen()];
    // The stored key belongs to the stored provider: another choice starts without one.
    const hasKey = current.hasKey && chosen() === current.provider;
    keyState.textContent = offline ? '' : hasKey ? t('mt.keyStored') : t('mt.keyNone');
    forget.hidden = !hasKey;
  };
  const request = () => ({
    provider: chosen(),
    url: url.value,
    model: model.value,
    // Empty leaves the stored key as it is.
    ...(key.value !== '' ? { key: key.value } : {}),
  });
  const say = (text: string, kind: 'ok' | 'error' | 'busy') => {
    result.className = `mt-result ${kind}`;
    replaceChildren(result, text);
  };
  const guard = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      say(errorMessage(asApiError(error)), 'error');
    }
  };

  provider.addEventListener('change', () => {
    refresh();
    replaceChildren(result);
  });
  test.addEventListener('click', () => {
    void guard(async () => {
      test.disabled = true;
      say(t('mt.testing'), 'busy');
      try {
        current = await api.setMtSettings(request());
        key.value = '';
        refresh();
        const answer = await api.testMtConnection({});
        say(t(answer.ok ? 'mt.testOk' : 'mt.testFailed', { message: answer.message }), answer.ok ? 'ok' : 'error');
      } finally {
        test.disabled = chosen() === 'none';
      }
    });
  });
  forget.addEventListener('click', () => {
    void guard(async () => {
      current = await api.setMtSettings({
        provider: current.provider,
        url: current.url,
        model: current.model,
        key: '',
      });
      refresh();
      say(t('mt.keyForgotten'), 'ok');
      key.focus();
    });
  });

  const modal = createModal(
    t('mt.title'),
    'mt-settings-dialog',
    el('p', { class: 'mt-hint' }, t('mt.intro')),
    field('mt-provider', t('mt.provider'), provider),
    field('mt-url', t('mt.url'), url),
    field('mt-model', t('mt.model'), model, modelHint),
    field('mt-key', t('mt.key'), key, keyState),
    el('div', { class: 'mt-actions' }, test, forget),
    el('p', { class: 'mt-hint' }, t('mt.testSaves')),
    result,
  );
  // As in the settings dialog: one form, Save first so Enter in a field saves.
  const form = el('form', { method: 'dialog', class: 'settings-form' });
  const buttons = el(
    'div',
    { class: 'modal-footer' },
    el('button', { type: 'submit', value: 'ok', class: 'primary', id: 'mt-save' }, t('dialog.save')),
    el('button', { type: 'submit', value: 'cancel', formnovalidate: true }, t('dialog.cancel')),
  );
  modal.body.replaceWith(form);
  form.append(modal.body, buttons);
  modal.footer.remove();
  refresh();
  const shown = modal.show();
  provider.focus();
  if ((await shown) !== 'ok') return current;
  try {
    return await api.setMtSettings(request());
  } finally {
    key.value = '';
  }
}
