// Entry point: finds the API (Electron preload or browser host) and starts the desk, or explains why it cannot.
import './styles.css';
import { asApiError } from './api/browser-api.ts';
import { connectApi } from './api/connect.ts';
import { DeskApp } from './app.ts';
import { el } from './dom/el.ts';
import { errorMessage, t } from './i18n/ui-i18n.ts';

function showFailure(root: HTMLElement, detail: string): void {
  root.replaceChildren(
    el(
      'div',
      { class: 'failure', role: 'alert' },
      el('h1', {}, t('startup.title')),
      el('p', {}, detail),
      el('p', { class: 'muted' }, t('startup.hint')),
    ),
  );
}

const root = document.getElementById('app')!;
const api = connectApi();
if (!api) {
  showFailure(root, t('startup.noApi'));
} else {
  new DeskApp(api).start(root).catch((error: unknown) => {
    console.error(error);
    showFailure(root, errorMessage(asApiError(error)));
  });
}
