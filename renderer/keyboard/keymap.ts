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
}

function shortcut(keys: string, command: DeskCommand, editorOwned = false): Shortcut {
  const parts = keys.split('+');
  const key = parts[parts.length - 1]!;
  return {
    keys,
    ctrl: parts.includes('Ctrl'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key: key === 'Down' ? 'ArrowDown' : key === 'Up' ? 'ArrowUp' : key,
    command,
    editorOwned,
  };
}

/** Every shortcut, in the order of the shortcut sheet. */
export const SHORTCUTS: readonly Shortcut[] = [
  shortcut('Ctrl+Enter', 'confirm-next'),
  shortcut('Alt+Down', 'next-segment'),
  shortcut('Alt+Up', 'previous-segment'),
  shortcut('Ctrl+Shift+Down', 'next-flagged'),
  shortcut('Ctrl+.', 'quick-fix', true),
  shortcut('F8', 'next-problem', true),
  shortcut('Shift+F8', 'previous-problem', true),
  shortcut('Ctrl+Z', 'undo', true),
  shortcut('Ctrl+Y', 'redo', true),
  shortcut('Ctrl+S', 'save'),
  shortcut('Ctrl+O', 'open'),
  shortcut('Ctrl+F', 'find'),
  shortcut('Ctrl+R', 'toggle-report'),
  shortcut('Ctrl+E', 'export'),
  shortcut('Ctrl+,', 'settings'),
  // Ctrl+R is the report; with Shift it is free here (the Electron menu has no reload item).
  shortcut('Ctrl+Shift+R', 'retranslate'),
  shortcut('F1', 'shortcuts'),
];

function normaliseKey(key: string): string {
  return key.length === 1 ? key.toUpperCase() : key;
}

/** The command a key press triggers, or null. Cmd counts as Ctrl so the desk works on a Mac keyboard too. */
export function commandForKey(press: KeyPress): Shortcut | null {
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
