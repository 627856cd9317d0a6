// The desk's shortcuts in one table, pure so the mapping is unit-tested and the shortcut sheet is generated from it.

/** Commands the keyboard (and the shell's menus) can trigger. */
export type DeskCommand =
  | 'confirm-next'
  | 'next-segment'
  | 'previous-segment'
  | 'next-flagged'
  | 'quick-fix'
  | 'undo'
  | 'redo'
  | 'save'
  | 'open'
  | 'find'
  | 'shortcuts'
  | 'next-problem'
  | 'previous-problem'
  | 'toggle-report'
  | 'settings'
  | 'export'
  | 'retranslate'
  | 'mt-settings';

/** A key press as the DOM reports it. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

/** One shortcut: its keys as shown on the sheet, and the command. */
export interface Shortcut {
  readonly keys: string;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  readonly key: string;
  readonly command: DeskCommand;
  /** Handled by Monaco itself while the editor has focus (undo inside the text, problem navigation). */
  readonly editorOwned?: boolean;
  /**
   * Also fires while an ordinary text field (comment, filter, search box) has focus: true only for desk-wide commands
   * that cannot take the typed text with them. Segment commands (approve and go on, undo…) never do, or Ctrl+Enter
   * in the comment box would approve the segment and move on with the comment unsent.
   */
  readonly fromTextFields?: boolean;
}

type Where = { readonly editorOwned?: boolean; readonly fromTextFields?: boolean };

function shortcut(keys: string, command: DeskCommand, where: Where = {}): Shortcut {
  const parts = keys.split('+');
  const key = parts[parts.length - 1]!;
  return {
    keys,
    ctrl: parts.includes('Ctrl'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key: key === 'Down' ? 'ArrowDown' : key === 'Up' ? 'ArrowUp' : key,
    command,
    editorOwned: where.editorOwned ?? false,
    fromTextFields: where.fromTextFields ?? false,
  };
}

const EDITOR_OWNED: Where = { editorOwned: true };
const DESK_WIDE: Where = { fromTextFields: true };

/** Every shortcut, in the order of the shortcut sheet. */
export const SHORTCUTS: readonly Shortcut[] = [
  shortcut('Ctrl+Enter', 'confirm-next'),
  shortcut('Alt+Down', 'next-segment'),
  shortcut('Alt+Up', 'previous-segment'),
  shortcut('Ctrl+Shift+Down', 'next-flagged'),
  shortcut('Ctrl+.', 'quick-fix', EDITOR_OWNED),
  shortcut('F8', 'next-problem', EDITOR_OWNED),
  shortcut('Shift+F8', 'previous-problem', EDITOR_OWNED),
  shortcut('Ctrl+Z', 'undo', EDITOR_OWNED),
  shortcut('Ctrl+Y', 'redo', EDITOR_OWNED),
  shortcut('Ctrl+S', 'save', DESK_WIDE),
  shortcut('Ctrl+O', 'open', DESK_WIDE),
  shortcut('Ctrl+F', 'find', DESK_WIDE),
  shortcut('Ctrl+R', 'toggle-report', DESK_WIDE),
  shortcut('Ctrl+E', 'export', DESK_WIDE),
  shortcut('Ctrl+,', 'settings', DESK_WIDE),
  // Ctrl+R is the report; with Shift it is free here (the Electron menu has no reload item).
  shortcut('Ctrl+Shift+R', 'retranslate', DESK_WIDE),
  shortcut('F1', 'shortcuts', DESK_WIDE),
];

function normaliseKey(key: string): string {
  return key.length === 1 ? key.toUpperCase() : key;
}

/** Where a key press happened: an ordinary text field (not the segment editor), or anywhere else on the desk. */
export type KeyTarget = 'text-field' | 'desk';

/**
 * The command a key press triggers, or null. Cmd counts as Ctrl so the desk works on a Mac keyboard too. In an
 * ordinary text field only desk-wide shortcuts count: the field keeps every other key for itself.
 */
export function commandForKey(press: KeyPress, target: KeyTarget = 'desk'): Shortcut | null {
  const found = matchShortcut(press);
  return found && target === 'text-field' && !found.fromTextFields ? null : found;
}

function matchShortcut(press: KeyPress): Shortcut | null {
  const ctrl = press.ctrlKey || press.metaKey;
  const key = normaliseKey(press.key);
  for (const entry of SHORTCUTS) {
    if (entry.ctrl !== ctrl || entry.alt !== press.altKey || normaliseKey(entry.key) !== key) continue;
    // Shift changes "." and "," on some layouts, so shift only has to match where the shortcut names it or letters.
    if (entry.shift !== press.shiftKey && (entry.shift || /^[A-Z]$|^Arrow|^F\d/.test(key))) continue;
    return entry;
  }
  return null;
}
