import type { ContractHandlers } from '../../src/app/dispatch.ts';

/** Handlers for host and shell tests: the given ones answer, every other channel fails loudly. */
export function fakeHandlers(
  given: Partial<Record<keyof ContractHandlers, (request: never) => Promise<unknown>>>,
): ContractHandlers {
  return new Proxy({} as ContractHandlers, {
    get: (_target, channel: string) =>
      given[channel as keyof ContractHandlers] ??
      (async () => {
        throw new Error(`no fake handler for ${channel}`);
      }),
  });
}
