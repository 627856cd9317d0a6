// What the status bar's message area shows, and when a message has had its day: an error stays until the same kind
// of operation succeeds (a failed open is not cleared by approving a segment, but is by the next open that works).
import type { DeskCommand } from '../keyboard/keymap.ts';

/** The kinds of operation whose outcome the status bar reports. */
export type Operation = 'open' | 'save' | 'review' | 'check' | 'export' | 'settings' | 'retranslate' | 'other';

/** A message: its text (worked out again when the UI language changes), how it reads, and what it is about. */
export interface StatusMessage {
  readonly text: () => string;
  readonly kind: 'info' | 'warning' | 'error';
  readonly operation: Operation;
}

/**
 * The message to keep once `operation` has succeeded: one about that same operation is stale and goes; opening a
 * review replaces the whole context, so it clears any message; anything else stays.
 */
export function afterSuccess(current: StatusMessage | null, operation: Operation): StatusMessage | null {
  if (current === null) return null;
  return operation === 'open' || current.operation === operation ? null : current;
}

/** The operation a desk command performs, so that its failure is reported as, and cleared by, that operation. */
export function operationOf(command: DeskCommand): Operation {
  switch (command) {
    case 'open':
      return 'open';
    case 'save':
      return 'save';
    case 'confirm-next':
    case 'undo':
    case 'redo':
      return 'review';
    case 'toggle-report':
    case 'export':
      return 'export';
    case 'settings':
    case 'mt-settings':
      return 'settings';
    case 'retranslate':
      return 'retranslate';
    default:
      return 'other';
  }
}
