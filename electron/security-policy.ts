// Security decisions of the shell, kept free of `electron` imports so tests can check them in plain Node.

/** Origin the UI is served from, through the privileged `app:` scheme. */
export const APP_ORIGIN = 'app://relecture';

/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Web preferences every window gets, whatever the caller asked for (Electron security checklist items 2–4, 6, 8). */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/** Window options a caller may set, with its web preferences. */
export interface WindowOptionsLike {
  readonly webPreferences?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/** Spreads the caller's options first, then forces the secure web preferences over them. */
export function hardenWindowOptions<T extends WindowOptionsLike>(
  options: T,
  preloadPath: string,
): T & { webPreferences: ReturnType<typeof secureWebPreferences> } {
  return { ...options, webPreferences: { ...(options.webPreferences ?? {}), ...secureWebPreferences(preloadPath) } };
}

/** True for URLs inside the app itself; everything else is refused as a navigation target. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'relecture';
  } catch {
    return false;
  }
}

/** True only for well-formed https URLs: the one kind of link handed to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' && parsed.hostname.length > 0 && parsed.username === '' && parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** Permissions the renderer may be granted: none (no camera, notifications, geolocation, clipboard-read…). */
export function isPermissionAllowed(_permission: string): boolean {
  return false;
}
