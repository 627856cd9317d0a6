// The filter bar above the grid: status, severity, check, free text or regular expression, risk-first order and
// "hide approved". An invalid regular expression is reported next to the box and hides nothing.
import { SEVERITIES } from '../../src/model/flag.ts';
import { SEGMENT_STATUSES } from '../../src/model/segment.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { onLanguageChange, t } from '../i18n/ui-i18n.ts';
import type { DeskState } from '../state/desk-state.ts';
import { regexReasonKey } from './regex-error.ts';
import { compileTextQuery, type SegmentFilter } from './segment-filter.ts';

/** The check ids present in the review's flags, sorted. */
export function checksInUse(segments: readonly { readonly flags: readonly { readonly check: string }[] }[]): string[] {
  const ids = new Set<string>();
  for (const segment of segments) for (const flag of segment.flags) ids.add(flag.check);
  return [...ids].sort();
}

/** The filter controls. */
export class FilterBar {
  readonly element: HTMLElement;
  private readonly text: HTMLInputElement;
  private readonly error = el('span', { class: 'error', role: 'alert', id: 'filter-error' });
  private readonly count = el('span', { class: 'count', role: 'status', 'aria-live': 'polite' });
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly state: DeskState,
    private readonly onDone: () => void,
  ) {
    this.text = el('input', { type: 'search', id: 'filter-text', 'aria-describedby': 'filter-error' });
    this.text.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.ctrlKey || event.altKey || event.metaKey) return;
      // Enter applies the filter at once and hands over to the editor, so search-then-fix needs no mouse.
      event.preventDefault();
      clearTimeout(this.timer);
      this.update({ text: this.text.value });
      this.onDone();
    });
    this.text.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.update({ text: this.text.value }), 120);
    });
    this.element = el('div', { class: 'filter-bar', role: 'search' });
    state.on('project', () => this.render());
    state.on('filter', () => this.renderCount());
    onLanguageChange(() => this.render());
    this.render();
  }

  /** Puts the cursor in the text box (Ctrl+F). */
  focus(): void {
    this.text.focus();
    this.text.select();
  }

  private update(change: Partial<SegmentFilter>): void {
    const next = { ...this.state.filter, ...change };
    this.state.setFilter(next);
    this.renderError();
  }

  // Worked out from the filter on every render, so the message follows a change of interface language.
  private renderError(): void {
    const { text, regex } = this.state.filter;
    const query = compileTextQuery(text, regex);
    const reasonKey = query.ok ? null : regexReasonKey(query.reason);
    this.error.textContent = query.ok
      ? ''
      : t('filter.invalidRegex', { error: reasonKey ? t(reasonKey) : query.reason });
    this.text.setAttribute('aria-invalid', query.ok ? 'false' : 'true');
  }

  private render(): void {
    const filter = this.state.filter;
    const select = (
      id: string,
      label: string,
      value: string,
      options: readonly (readonly [string, string])[],
      key: keyof SegmentFilter,
    ) => {
      const node = el('select', { id, 'aria-label': label });
      for (const [optionValue, optionLabel] of options)
        node.append(el('option', { value: optionValue, selected: optionValue === value }, optionLabel));
      node.addEventListener('change', () => this.update({ [key]: node.value } as Partial<SegmentFilter>));
      return node;
    };
    const toggle = (
      id: string,
      label: string,
      checked: boolean,
      key: 'regex' | 'riskFirst' | 'hideApproved',
      title?: string,
    ) => {
      const box = el('input', { type: 'checkbox', id, checked });
      box.addEventListener('change', () => this.update({ [key]: box.checked }));
      return el('label', { class: 'toggle', for: id, title }, box, ` ${label}`);
    };
    this.text.placeholder = t('filter.text');
    this.text.setAttribute('aria-label', t('filter.text'));
    this.element.setAttribute('aria-label', t('filter.label'));
    replaceChildren(
      this.element,
      select(
        'filter-status',
        t('filter.status'),
        filter.status,
        [['', t('filter.anyStatus')], ...SEGMENT_STATUSES.map((status) => [status, t(`status.${status}`)] as const)],
        'status',
      ),
      select(
        'filter-severity',
        t('filter.severity'),
        filter.severity,
        [
          ['', t('filter.anySeverity')],
          ...[...SEVERITIES].reverse().map((severity) => [severity, t(`severity.${severity}`)] as const),
        ],
        'severity',
      ),
      select(
        'filter-check',
        t('filter.check'),
        filter.check,
        [
          ['', t('filter.anyCheck')],
          ...checksInUse(this.state.segments).map(
            (check) => [check, t(`check.${check}`, { defaultValue: check })] as const,
          ),
        ],
        'check',
      ),
      this.text,
      select(
        'filter-language',
        t('filter.language'),
        filter.language,
        [
          ['both', t('filter.both')],
          ['en', t('filter.english')],
          ['fr', t('filter.french')],
        ],
        'language',
      ),
      // The label is short to keep the bar on one line in French; the tooltip says it in full.
      toggle('filter-regex', t('filter.regex'), filter.regex, 'regex', t('filter.regexTitle')),
      toggle('filter-risk', t('filter.riskFirst'), filter.riskFirst, 'riskFirst'),
      toggle('filter-hide-approved', t('filter.hideApproved'), filter.hideApproved, 'hideApproved'),
      this.error,
      this.count,
    );
    this.renderError();
    this.renderCount();
  }

  private renderCount(): void {
    this.count.textContent = t('filter.count', { shown: this.state.order.length, count: this.state.segments.length });
  }
}
