import type { TFunction } from 'i18next';
import type { Channel, RequestOf, ResultOf } from '../api/contract.ts';
import type { ApiErrorBody, ApiResponse } from '../api/http-protocol.ts';
import { isChannel, parseRequest } from '../api/request-schemas.ts';
import { createI18n } from '../i18n/create-i18n.ts';

let english: TFunction | undefined;
const englishT = (): TFunction => (english ??= createI18n('en').t);

/** One async handler per contract channel: what both shells call after validating the request. */
export type ContractHandlers = { readonly [C in Channel]: (request: RequestOf<C>) => Promise<ResultOf<C>> };

/**
 * Validates `payload` for `channel` and runs its handler. Never throws: every failure becomes an error body the UI
 * can show (with an i18n key when the core gave one), so one bad call cannot take a shell down.
 */
export async function dispatch(
  handlers: ContractHandlers,
  channel: string,
  payload: unknown,
): Promise<ApiResponse<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { message: `Unknown channel: ${channel.slice(0, 100)}` } };
  try {
    const request = parseRequest(channel, payload);
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    return { ok: true, result: await handler(request) };
  } catch (error) {
    return { ok: false, error: toErrorBody(error) };
  }
}

/** Turns anything thrown by the core into a plain error body; keeps `key`/`params` of translatable errors. */
export function toErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof Error) {
    const { params } = error as Error & { params?: unknown };
    let { key } = error as Error & { key?: unknown };
    let message = error.message;
    // Workflow refusals carry a bare key of the `review` namespace: namespace it, and word the plain message in
    // English for logs and for a UI that cannot translate it.
    if (error.name === 'ReviewRuleError' && typeof key === 'string' && !key.includes(':')) {
      key = `review:${key}`;
      message = englishT()(key as string, { ...(params as object), defaultValue: message }) as string;
    }
    return {
      message,
      ...(typeof key === 'string' ? { key } : {}),
      ...(params && typeof params === 'object' ? { params: params as ApiErrorBody['params'] } : {}),
    };
  }
  return { message: String(error) };
}
