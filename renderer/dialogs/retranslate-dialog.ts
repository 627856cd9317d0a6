// Retranslate: choose the scope (this segment, the filtered segments, the whole document), then follow the core's
// background job with a progress bar until it ends or the user cancels it.
import type { RelectureApi } from '../../src/api/methods.ts';
import type { MtJobState } from '../../src/api/views.ts';
import { asApiError } from '../api/browser-api.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { errorMessage, t } from '../i18n/ui-i18n.ts';
import { createModal } from './modal.ts';
import { defaultScope, type RetranslationScope, type ScopeChoices, segmentIdsFor } from './retranslation-scope.ts';

/** What the dialog needs from the desk. */
export interface RetranslationContext extends ScopeChoices {
  /** Opens the retranslation service settings (when none is configured). */
  readonly openMtSettings: () => Promise<void>;
  /** Shows the project as the core now holds it; called when a job ends having retranslated something. */
  readonly reload: () => Promise<void>;
}

/** How often the job's progress is asked for. */
export const PROGRESS_INTERVAL_MS = 250;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Shows the Retranslate dialog and runs the chosen job through `api`, polling its progress, and has the desk reload
 * when it ends. Resolves with the job's last state once the dialog closes, or null when no job was started.
 */
export async function retranslateSegments(
  api: RelectureApi,
  context: RetranslationContext,
): Promise<MtJobState | null> {
  const content = el('div', { class: 'retranslate-content' });
  const message = el('p', { class: 'mt-result', id: 'retranslate-message', role: 'status', 'aria-live': 'polite' });
  const modal = createModal(t('retranslate.title'), 'retranslate-dialog', content, message);
  const close = el(
    'button',
    { type: 'button', id: 'retranslate-close', onclick: () => modal.close() },
    t('dialog.close'),
  );
  let job: MtJobState | null = null;
  let cancelling = false;

  const say = (text: string, kind: 'ok' | 'error' | 'busy' | '') => {
    message.className = `mt-result ${kind}`;
    replaceChildren(message, text);
  };
  const cancelJob = () => {
    if (job?.state !== 'running' || cancelling) return;
    cancelling = true;
    void api.cancelRetranslation({ jobId: job.jobId }).catch((error: unknown) => {
      cancelling = false;
      say(errorMessage(asApiError(error)), 'error');
    });
  };
  // Escape while a job runs cancels the job (the dialog stays to show where it stopped).
  modal.dialog.addEventListener('cancel', (event) => {
    if (job?.state !== 'running') return;
    event.preventDefault();
    cancelJob();
  });

  const showNoProvider = () => {
    const open = el(
      'button',
      {
        type: 'button',
        id: 'retranslate-open-settings',
        onclick: () => {
          void context
            .openMtSettings()
            .then(() => chooseScope())
            .catch((error: unknown) => say(errorMessage(asApiError(error)), 'error'));
        },
      },
      t('retranslate.openSettings'),
    );
    replaceChildren(content);
    say(t('retranslate.noProvider'), 'error');
    replaceChildren(modal.footer, open, close);
    open.focus();
  };

  const follow = async (started: MtJobState) => {
    job = started;
    const bar = el('progress', { id: 'retranslate-progress', max: Math.max(1, started.total), value: 0 });
    bar.setAttribute('aria-label', t('retranslate.progress'));
    const count = el('p', { class: 'retranslate-count', id: 'retranslate-count' });
    const cancel = el(
      'button',
      { type: 'button', id: 'retranslate-cancel', onclick: cancelJob },
      t('retranslate.cancel'),
    );
    replaceChildren(content, bar, count);
    replaceChildren(modal.footer, cancel);
    cancel.focus();
    say(t('retranslate.running'), 'busy');
    const show = (state: MtJobState) => {
      bar.max = Math.max(1, state.total);
      bar.value = state.done;
      bar.setAttribute('aria-valuetext', t('retranslate.count', { done: state.done, total: state.total }));
      count.textContent = t('retranslate.count', { done: state.done, total: state.total });
      content.dataset['state'] = state.state;
    };
    show(started);
    let state = started;
    while (state.state === 'running') {
      await sleep(PROGRESS_INTERVAL_MS);
      try {
        state = await api.retranslationProgress({ jobId: state.jobId });
      } catch (error) {
        // The job is out of reach (host restarted): stop asking, say why.
        say(errorMessage(asApiError(error)), 'error');
        break;
      }
      job = state;
      show(state);
    }
    // Even a cancelled or failed job may have stored some retranslations: the desk shows them behind the dialog.
    if (state.done > 0) {
      try {
        await context.reload();
      } catch (error) {
        say(errorMessage(asApiError(error)), 'error');
      }
    }
    const params = { done: state.done, count: state.total, error: state.error ?? '' };
    if (state.state === 'done') say(t('retranslate.done', params), 'ok');
    else if (state.state === 'cancelled') say(t('retranslate.cancelled', params), 'error');
    else if (state.state === 'failed') say(t('retranslate.failed', params), 'error');
    replaceChildren(modal.footer, close);
    close.focus();
  };

  const start = async (scope: RetranslationScope) => {
    const segmentIds = segmentIdsFor(scope, context);
    if (segmentIds === null) return say(t('retranslate.nothing'), 'error');
    let started: MtJobState;
    try {
      started = await api.retranslate({ segmentIds });
    } catch (error) {
      const failure = asApiError(error);
      if (failure.key?.endsWith('noMtProvider')) return showNoProvider();
      return say(t('retranslate.failed', { error: errorMessage(failure) }), 'error');
    }
    await follow(started);
  };

  const chooseScope = async () => {
    const settings = await api.getMtSettings({});
    if (settings.provider === 'none') return showNoProvider();
    const scope = defaultScope(context);
    const radio = (value: RetranslationScope, label: string, disabled: boolean) =>
      el(
        'label',
        { class: 'scope-option' },
        el('input', {
          type: 'radio',
          name: 'retranslate-scope',
          value,
          id: `retranslate-scope-${value}`,
          checked: value === scope && !disabled,
          disabled,
        }),
        label,
      );
    const form = el(
      'form',
      { class: 'retranslate-scope', id: 'retranslate-form' },
      el(
        'fieldset',
        {},
        el('legend', {}, t('retranslate.scope')),
        radio(
          'segment',
          context.active ? t('retranslate.segment', { number: context.active.number }) : t('retranslate.noSegment'),
          context.active === null,
        ),
        radio('shown', t('retranslate.shown', { count: context.shownIds.length }), context.shownIds.length === 0),
        radio('all', t('retranslate.all', { count: context.total }), context.total === 0),
      ),
      el('p', { class: 'mt-hint' }, t('retranslate.service', { service: t(`mt.${settings.provider}`) })),
    );
    const go = el(
      'button',
      { type: 'submit', form: 'retranslate-form', class: 'primary', id: 'retranslate-start' },
      t('retranslate.start'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      go.disabled = true;
      const chosen = new FormData(form).get('retranslate-scope');
      void start((chosen ?? 'all') as RetranslationScope).finally(() => {
        go.disabled = false;
      });
    });
    replaceChildren(content, form);
    say('', '');
    replaceChildren(modal.footer, go, close);
    go.focus();
  };

  const shown = modal.show();
  try {
    await chooseScope();
  } catch (error) {
    say(errorMessage(asApiError(error)), 'error');
    replaceChildren(modal.footer, close);
  }
  await shown;
  return job;
}
