import type { Channel, RequestOf, ResultOf } from '../api/contract.ts';
import type { ApiErrorBody, ApiResponse } from '../api/http-protocol.ts';
import { isChannel, parseRequest } from '../api/request-schemas.ts';

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
    const { key, params } = error as Error & { key?: unknown; params?: unknown };
    return {
      message: error.message,
      ...(typeof key === 'string' ? { key } : {}),
      ...(params && typeof params === 'object' ? { params: params as ApiErrorBody['params'] } : {}),
    };
  }
  return { message: String(error) };
}
