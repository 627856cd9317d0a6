import { describeUrl, isCancellation, MtError } from './mt-error.ts';
import { MT_PROVIDER_NAMES, type MtProvider } from './mt-types.ts';

/** What the "Test connection" button shows. */
export interface ConnectionReport {
  readonly ok: boolean;
  readonly message: string;
}

/** The short French text sent to check a connection: a few characters, so a paid service bills next to nothing. */
export const CONNECTION_PROBE = 'Bonjour.';

const HINTS: Readonly<Record<MtError['kind'], string>> = {
  unreachable: 'Check the URL and that the service is running.',
  'bad-key': 'Check the API key in the settings.',
  quota: 'The account has no quota left: wait for the next period or raise the limit with the provider.',
  'rate-limited': 'The service is busy or limiting requests; try again in a moment.',
  timeout: 'The service did not answer in time; it may be overloaded or the URL may point elsewhere.',
  'bad-response': 'The service answered, but not as expected: check the URL, the provider type and the model.',
  cancelled: 'The test was cancelled.',
};

/**
 * Translates one short French text with `provider` and reports, in words fit for the settings dialog, whether it
 * worked and if not why (unreachable, bad key, quota…). Never rejects; never includes the key.
 */
export async function testConnection(provider: MtProvider, signal?: AbortSignal): Promise<ConnectionReport> {
  const name = MT_PROVIDER_NAMES[provider.id];
  const where = provider.url ? ` at ${describeUrl(provider.url)}` : '';
  try {
    const [english] = await provider.translate([CONNECTION_PROBE], {
      from: 'fr',
      to: 'en',
      ...(signal ? { signal } : {}),
    });
    return { ok: true, message: `${name}${where} works: “${CONNECTION_PROBE}” → “${english ?? ''}”.` };
  } catch (error) {
    if (error instanceof MtError)
      return { ok: false, message: `${error.message.replace(/[.?!]$/, '')}. ${HINTS[error.kind]}` };
    if (isCancellation(error)) return { ok: false, message: HINTS.cancelled };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${name}${where} failed unexpectedly: ${detail}` };
  }
}
