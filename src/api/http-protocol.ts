// How the browser host carries the contract over HTTP, shared by the host and the renderer's shim.

/** Path prefix of API calls: `POST /api/<channel>` with the request as JSON body. */
export const API_PATH_PREFIX = '/api/';

/** Name of the URL fragment parameter that hands the per-launch token to the page. */
export const TOKEN_FRAGMENT_KEY = 'token';

/** What every API response body is: the result, or an error the UI can show (and translate when it has a key). */
export type ApiResponse<T> =
  | { readonly ok: true; readonly result: T }
  | { readonly ok: false; readonly error: ApiErrorBody };

/** An error crossing the boundary: plain text, plus an i18n key and parameters when the core has one. */
export interface ApiErrorBody {
  readonly message: string;
  readonly key?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}
