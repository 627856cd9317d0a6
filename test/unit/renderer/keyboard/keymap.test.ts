import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commandForKey, type KeyPress, SHORTCUTS } from '../../../../renderer/keyboard/keymap.ts';

function press(key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...modifiers };
}

describe('commandForKey', () => {
  test('maps Ctrl+Enter to confirm-and-next and Alt+arrows to segment moves', () => {
    assert.equal(commandForKey(press('Enter', { ctrlKey: true }))?.command, 'confirm-next');
    assert.equal(commandForKey(press('ArrowDown', { altKey: true }))?.command, 'next-segment');
    assert.equal(commandForKey(press('ArrowUp', { altKey: true }))?.command, 'previous-segment');
    assert.equal(commandForKey(press('ArrowDown', { ctrlKey: true, shiftKey: true }))?.command, 'next-flagged');
  });

  test('does not mistake Ctrl+Down or Alt+Shift+Down for a segment move', () => {
    assert.equal(commandForKey(press('ArrowDown', { ctrlKey: true })), null);
    assert.equal(commandForKey(press('ArrowDown', { altKey: true, shiftKey: true })), null);
  });

  test('accepts lower- and upper-case letters and Cmd as Ctrl', () => {
    assert.equal(commandForKey(press('s', { ctrlKey: true }))?.command, 'save');
    assert.equal(commandForKey(press('S', { metaKey: true }))?.command, 'save');
    assert.equal(commandForKey(press('o', { ctrlKey: true }))?.command, 'open');
    assert.equal(commandForKey(press('f', { ctrlKey: true }))?.command, 'find');
  });

  test('leaves plain typing alone', () => {
    for (const key of ['a', 'é', 'Enter', ' ', 'ArrowDown', 'Backspace'])
      assert.equal(commandForKey(press(key)), null, key);
    assert.equal(commandForKey(press('s', { altKey: true })), null);
  });

  test('lets Monaco keep undo, quick fix and problem navigation while it has focus', () => {
    assert.equal(commandForKey(press('z', { ctrlKey: true }))?.editorOwned, true);
    assert.equal(commandForKey(press('.', { ctrlKey: true }))?.command, 'quick-fix');
    assert.equal(commandForKey(press('F8'))?.command, 'next-problem');
    assert.equal(commandForKey(press('F8', { shiftKey: true }))?.command, 'previous-problem');
    assert.equal(commandForKey(press('Enter', { ctrlKey: true }))?.editorOwned, false);
  });

  test('leaves Ctrl+Enter, Alt+arrows and undo to a comment box or search field (Ctrl+Enter there approved the segment)', () => {
    for (const [key, modifiers] of [
      ['Enter', { ctrlKey: true }],
      ['ArrowDown', { altKey: true }],
      ['ArrowUp', { altKey: true }],
      ['ArrowDown', { ctrlKey: true, shiftKey: true }],
      ['z', { ctrlKey: true }],
      ['.', { ctrlKey: true }],
      ['F8', {}],
    ] as const) {
      assert.equal(commandForKey(press(key, modifiers), 'text-field'), null, key);
    }
  });

  test('keeps desk-wide shortcuts (save, open, find, report, help) working from a text field', () => {
    assert.equal(commandForKey(press('s', { ctrlKey: true }), 'text-field')?.command, 'save');
    assert.equal(commandForKey(press('f', { ctrlKey: true }), 'text-field')?.command, 'find');
    assert.equal(commandForKey(press('r', { ctrlKey: true }), 'text-field')?.command, 'toggle-report');
    assert.equal(commandForKey(press('F1'), 'text-field')?.command, 'shortcuts');
  });

  test('gives every shortcut a distinct key combination', () => {
    const combos = SHORTCUTS.map(
      (shortcut) => `${shortcut.ctrl}${shortcut.shift}${shortcut.alt}${shortcut.key.toUpperCase()}`,
    );
    assert.equal(new Set(combos).size, combos.length);
    for (const shortcut of SHORTCUTS) {
      const found = commandForKey(
        press(shortcut.key, { ctrlKey: shortcut.ctrl, shiftKey: shortcut.shift, altKey: shortcut.alt }),
      );
      assert.equal(found?.command, shortcut.command, shortcut.keys);
    }
  });
});
