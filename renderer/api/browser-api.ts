// The browser host's `window.relecture`: the same named verbs as the Electron preload, carried as
// `POST /api/<channel>` with the per-launch token, so the UI cannot tell which shell it runs in.
import { API_PATH_PREFIX, type ApiResponse, TOKEN_FRAGMENT_KEY } from '../../src/api/http-protocol.ts';
import { API_METHODS, type ApiMethod, type RelectureApi, type ShellCommand } from '../../src/api/methods.ts';

/** An API failure: the host's message, plus the i18n key and parameters when the core gave one. */
export class ApiError extends Error {
  readonly key: string | undefined;
  readonly params: Readonly<Record<string, string | number>> | undefined;
  constructor(message: string, key?: string, params?: Readonly<Record<string, string | number>>) {
    super(message);
    this.name = 'ApiError';
    this.key = key;
    this.params = params;
  }
}

const TOKEN_STORAGE_KEY = 'relecture.token';

/** Where the token may come from: the page's location, history and session storage (the DOM's, or fakes in tests). */
export interface TokenSources {
  readonly location: { readonly hash: string; readonly pathname: string; readonly search: string };
  readonly history: { replaceState(data: unknown, unused: string, url: string): void };
  readonly storage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

/**
 * Reads the token from the `#token=…` fragment (then keeps it in session storage and strips it from the address bar,
 * so it is not bookmarked or shared yet a reload still works), or from session storage; null when there is none.
 */
export function takeToken(sources: TokenSources): string | null {
  const fragment = new URLSearchParams(sources.location.hash.replace(/^#/, ''));
  const fromUrl = fragment.get(TOKEN_FRAGMENT_KEY);
  if (fromUrl) {
    sources.storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    sources.history.replaceState(null, '', sources.location.pathname + sources.location.search);
    return fromUrl;
  }
  return sources.storage.getItem(TOKEN_STORAGE_KEY);
}

type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
}>;

/** Builds a `RelectureApi` over HTTP from API_METHODS: every verb posts its request to its channel with the token. */
export function createBrowserApi(token: string, fetchImpl: Fetch, baseUrl = ''): RelectureApi {
  const call = async (channel: string, request: unknown): Promise<unknown> => {
    let response: Awaited<ReturnType<Fetch>>;
    try {
      response = await fetchImpl(`${baseUrl}${API_PATH_PREFIX}${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(request ?? {}),
      });
    } catch (error) {
      throw new ApiError(error instanceof Error ? error.message : String(error), 'error.unreachable');
    }
    let body: ApiResponse<unknown>;
    try {
      body = (await response.json()) as ApiResponse<unknown>;
    } catch {
      throw new ApiError(`HTTP ${response.status}`, 'error.http', { status: response.status });
    }
    if (!body.ok) throw new ApiError(body.error.message, body.error.key, body.error.params);
    return body.result;
  };
  const api: Record<string, unknown> = {};
  for (const [method, channel] of Object.entries(API_METHODS) as [ApiMethod, string][]) {
    api[method] = (request: unknown) => call(channel, request);
  }
  // The browser has no menus; nothing ever sends a shell command.
  api['onCommand'] = (_listener: (command: ShellCommand) => void) => () => {};
  return api as RelectureApi;
}

/** Wraps an Error from either shell as an ApiError (Electron's rejections carry `key`/`params` as own properties). */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof Error) {
    const extra = error as Error & { key?: unknown; params?: unknown };
    return new ApiError(
      error.message,
      typeof extra.key === 'string' ? extra.key : undefined,
      typeof extra.params === 'object' && extra.params !== null
        ? (extra.params as Record<string, string | number>)
        : undefined,
    );
  }
  return new ApiError(String(error));
}
