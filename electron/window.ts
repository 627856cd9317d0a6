import { BrowserWindow, type BrowserWindowConstructorOptions, session, shell } from 'electron';
import {
  hardenWindowOptions,
  isAppUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
  type WindowOptionsLike,
} from './security-policy.ts';

/**
 * The one place windows are made. Caller options come first, security options last so they always win; navigation
 * away from the app, new windows, webviews and permission requests are all refused.
 */
export function createAppWindow(options: BrowserWindowConstructorOptions, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(
    hardenWindowOptions(options as WindowOptionsLike, preloadPath) as BrowserWindowConstructorOptions,
  );
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  return window;
}

/** Refuses every permission request and check for the default session (called once at start). */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionAllowed(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}

/** Opens a link in the system browser only when it parses as https; anything else is dropped. */
export function openExternalSafely(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}
