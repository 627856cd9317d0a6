// The tool bar: file and review commands, the UI language switch and help; labels follow the UI language.
import { el, replaceChildren } from '../dom/el.ts';
import { onLanguageChange, t, uiLanguage } from '../i18n/ui-i18n.ts';
import type { DeskCommand } from '../keyboard/keymap.ts';
import type { DeskState } from '../state/desk-state.ts';

/** The bar at the top; `run` executes a command, `setLanguage` switches the UI language. */
export class Toolbar {
  readonly element: HTMLElement;

  constructor(
    private readonly state: DeskState,
    private readonly run: (command: DeskCommand) => void,
    private readonly setLanguage: (language: 'en' | 'fr') => void,
  ) {
    this.element = el('header', { class: 'toolbar', role: 'toolbar' });
    onLanguageChange(() => this.render());
    state.on('project', () => this.render());
    state.on('settings', () => this.render());
    this.render();
  }

  private render(): void {
    // The tooltip may say more than a label kept short to fit the bar in French.
    const button = (command: DeskCommand, key: string, shortcut?: string, titleKey = key) =>
      el(
        'button',
        {
          type: 'button',
          'data-command': command,
          title: shortcut ? `${t(titleKey)} (${shortcut})` : t(titleKey),
          onclick: () => this.run(command),
        },
        t(key),
      );
    const language = uiLanguage();
    const languageButton = (code: 'en' | 'fr', label: string) =>
      el(
        'button',
        {
          type: 'button',
          class: 'lang',
          lang: code,
          'data-language': code,
          'aria-pressed': language === code ? 'true' : 'false',
          onclick: () => this.setLanguage(code),
        },
        label,
      );
    const settings = this.state.settings;
    const user = settings ? `${settings.userName} · ${t(`role.${settings.role}`)}` : '';
    // Cut with "…" when the window is narrow, so the title keeps it whole.
    const who = el('span', { class: 'who', title: user }, user);
    this.element.setAttribute('aria-label', t('toolbar.label'));
    replaceChildren(
      this.element,
      el('span', { class: 'brand' }, 'Relecture'),
      el(
        'span',
        { class: 'project-name', title: this.state.project?.projectPath ?? '' },
        this.state.project?.name ?? '',
      ),
      button('open', 'toolbar.open', 'Ctrl+O'),
      button('save', 'toolbar.save', 'Ctrl+S'),
      button('export', 'toolbar.export', 'Ctrl+E'),
      button('toggle-report', 'toolbar.report', 'Ctrl+R'),
      button('settings', 'toolbar.settings', 'Ctrl+,'),
      button('retranslate', 'toolbar.retranslate', 'Ctrl+Shift+R'),
      button('mt-settings', 'toolbar.mtSettings', undefined, 'toolbar.mtSettingsTitle'),
      el('span', { class: 'spacer' }),
      settings ? who : null,
      el(
        'span',
        { class: 'lang-switch', role: 'group', 'aria-label': t('toolbar.language') },
        languageButton('en', 'EN'),
        languageButton('fr', 'FR'),
      ),
      button('shortcuts', 'toolbar.help', 'F1'),
    );
  }
}
