// Finds the API: the Electron preload's `window.relecture`, else the browser host over HTTP.
import type { RelectureApi } from '../../src/api/methods.ts';
import { createBrowserApi, takeToken } from './browser-api.ts';

declare global {
  interface Window {
    relecture?: RelectureApi;
  }
}

/** Returns the shell's API, or null when the page was opened without a shell or a token (nothing to talk to). */
export function connectApi(): RelectureApi | null {
  if (window.relecture) return window.relecture;
  if (window.location.protocol === 'file:') return null;
  const token = takeToken({ location: window.location, history: window.history, storage: window.sessionStorage });
  if (!token) return null;
  const api = createBrowserApi(token, (url, init) => window.fetch(url, init));
  // Exposed so end-to-end specs (and the devtools) can call the same verbs the UI uses.
  Object.defineProperty(window, 'relecture', { value: api, writable: false, configurable: false });
  return api;
}
