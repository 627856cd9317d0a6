// One way to show a modal: a native <dialog>, which traps focus, closes on Escape and returns focus where it was.
import { type Child, el } from '../dom/el.ts';

/** A modal's parts: the <dialog> and its body, to fill and show. */
export interface Modal {
  readonly dialog: HTMLDialogElement;
  readonly body: HTMLElement;
  readonly footer: HTMLElement;
  /** Shows the modal; resolves with the dialog's returnValue when it closes. */
  show(): Promise<string>;
  close(value?: string): void;
}

let counter = 0;

/** Creates a modal with `title` (its accessible name) and `children` in its body; removed from the page on close. */
export function createModal(title: string, className: string, ...children: Child[]): Modal {
  const id = `modal-title-${++counter}`;
  const body = el('div', { class: 'modal-body' }, ...children);
  const footer = el('div', { class: 'modal-footer' });
  const dialog = el(
    'dialog',
    { class: `modal ${className}`, 'aria-labelledby': id },
    el('h2', { id }, title),
    body,
    footer,
  );
  return {
    dialog,
    body,
    footer,
    show() {
      document.body.append(dialog);
      dialog.showModal();
      return new Promise((resolve) => {
        dialog.addEventListener(
          'close',
          () => {
            dialog.remove();
            resolve(dialog.returnValue);
          },
          { once: true },
        );
      });
    },
    close(value = '') {
      dialog.close(value);
    },
  };
}
