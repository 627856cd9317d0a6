// Asks an editor why a segment is rejected; the reason is required and goes into the segment's history.
import { el } from '../dom/el.ts';
import { t } from '../i18n/ui-i18n.ts';
import { createModal } from './modal.ts';

/** Shows the rejection dialog; resolves with the reason, or null when cancelled. */
export async function askRejectReason(): Promise<string | null> {
  const input = el('textarea', { id: 'reject-reason', rows: 3, required: true, 'aria-label': t('reject.reason') });
  const modal = createModal(
    t('reject.title'),
    'reject-dialog',
    el('label', { for: 'reject-reason' }, t('reject.reason')),
    input,
  );
  const form = el('form', { method: 'dialog' });
  form.append(
    el('button', { type: 'submit', value: 'cancel', formnovalidate: true }, t('dialog.cancel')),
    el('button', { type: 'submit', value: 'ok', class: 'primary' }, t('review.reject')),
  );
  modal.footer.append(form);
  form.addEventListener('submit', (event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === 'ok' && input.value.trim() === '') {
      event.preventDefault();
      input.focus();
    }
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && input.value.trim() !== '') modal.close('ok');
  });
  const shown = modal.show();
  input.focus();
  const result = await shown;
  return result === 'ok' ? input.value.trim() : null;
}
