import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';

/** Size and position of the main window, restored at the next start. */
export interface WindowState {
  readonly bounds: Rectangle;
  readonly maximized: boolean;
}

const DEFAULT_STATE: WindowState = { bounds: { x: 80, y: 60, width: 1400, height: 900 }, maximized: false };

/** Reads the saved window state, or the default one. */
export function loadWindowState(path: string): WindowState {
  try {
    const state = JSON.parse(readFileSync(path, 'utf8')) as WindowState;
    const { width, height } = state.bounds;
    return width >= 400 && height >= 300 ? state : DEFAULT_STATE;
  } catch {
    return DEFAULT_STATE;
  }
}

/** Saves the window's bounds when it closes. */
export function trackWindowState(window: BrowserWindow, path: string): void {
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeFileSync(path, JSON.stringify(state));
    } catch {
      // Losing the window position is not worth an error dialog.
    }
  });
}
