// Optional bridge to Grammalecte, the open French grammar checker: its grammar and typography flags join ours
// when the user asks for them and a checker answers. Pure apart from `fetch` (present in Node and browsers):
// the command-line variant, which needs a process, lives with the CLI.
import type { Flag, MqmCategory, Suggestion } from '../../model/flag.ts';
import type { CheckSegment } from '../check.ts';
import { flagId } from '../flag-id.ts';

/** Check id of the flags Grammalecte contributes. */
export const GRAMMALECTE_CHECK = 'grammalecte';
/** Message key (namespace `flags`) of those flags; its only param besides `rule` is Grammalecte's `message`. */
export const GRAMMALECTE_MESSAGE_KEY = 'external.grammalecte';

/** Where grammalecte-server listens by default. */
export const GRAMMALECTE_DEFAULT_URL = 'http://127.0.0.1:8080';

/** Paragraphs sent per request, so a large document never makes one huge request. */
const SEGMENTS_PER_REQUEST = 200;

/** One grammar error as grammalecte-server (`/gc_text/fr`) and `grammalecte-cli.py -j` report it. */
interface GrammalecteError {
  readonly nStart: number;
  readonly nEnd: number;
  readonly sRuleId: string;
  readonly sType: string;
  readonly sMessage: string;
  readonly aSuggestions: readonly string[];
}

// Grammalecte's error types ("sType") by our MQM category; anything else counts as grammar.
const TYPOGRAPHY_TYPES = new Set(['typo', 'esp', 'nbsp', 'apos', 'tu', 'maj', 'date']);
const NUMBER_TYPES = new Set(['num']);
const STYLE_TYPES = new Set(['bs', 'pleo', 'redon1', 'redon2', 'style']);

/** Our MQM category for a Grammalecte error type: typo/esp → typography, num → number, bs/pleo → style. */
export function grammalecteCategory(type: string): MqmCategory {
  if (TYPOGRAPHY_TYPES.has(type)) return 'locale/typography';
  if (NUMBER_TYPES.has(type)) return 'locale/number';
  if (STYLE_TYPES.has(type)) return 'style/unidiomatic';
  return 'linguistic/grammar';
}

/**
 * The text Grammalecte is given for `segments`: one segment per line (paragraph), line breaks inside a segment
 * turned into spaces so offsets within each line are the segment's own.
 */
export function grammalecteText(segments: readonly CheckSegment[]): string {
  return segments.map((segment) => segment.target.replace(/[\r\n\u2028\u2029]/g, ' ')).join('\n');
}

function asError(value: unknown): GrammalecteError | null {
  if (typeof value !== 'object' || value === null) return null;
  const error = value as Record<string, unknown>;
  const { nStart, nEnd } = error;
  if (typeof nStart !== 'number' || typeof nEnd !== 'number' || !Number.isInteger(nStart) || nEnd < nStart) {
    return null;
  }
  const suggestions = Array.isArray(error['aSuggestions'])
    ? error['aSuggestions'].filter((item): item is string => typeof item === 'string')
    : [];
  return {
    nStart,
    nEnd,
    sRuleId: typeof error['sRuleId'] === 'string' ? error['sRuleId'] : 'unknown',
    sType: typeof error['sType'] === 'string' ? error['sType'] : '',
    sMessage: typeof error['sMessage'] === 'string' ? error['sMessage'] : '',
    aSuggestions: suggestions,
  };
}

/**
 * Maps a Grammalecte JSON answer for `grammalecteText(segments)` to flags, one array per segment: offsets go back
 * into each segment (paragraph N is segment N-1), severity minor, message passed as the `message` param. Odd or
 * out-of-range entries are skipped, never thrown on.
 */
export function grammalecteFlags(response: unknown, segments: readonly CheckSegment[]): Flag[][] {
  const flags: Flag[][] = segments.map(() => []);
  const data = typeof response === 'object' && response !== null ? (response as { data?: unknown }).data : null;
  if (!Array.isArray(data)) return flags;
  for (const paragraph of data) {
    if (typeof paragraph !== 'object' || paragraph === null) continue;
    const { iParagraph, lGrammarErrors } = paragraph as { iParagraph?: unknown; lGrammarErrors?: unknown };
    if (typeof iParagraph !== 'number' || !Array.isArray(lGrammarErrors)) continue;
    const segment = segments[iParagraph - 1];
    if (!segment) continue;
    const seen = new Map<string, number>();
    for (const raw of lGrammarErrors) {
      const error = asError(raw);
      if (!error || error.nEnd > segment.target.length) continue;
      const matched = segment.target.slice(error.nStart, error.nEnd);
      const counter = `${error.sRuleId}\u0000${matched}`;
      const occurrence = seen.get(counter) ?? 0;
      seen.set(counter, occurrence + 1);
      const suggestions: Suggestion[] = error.aSuggestions.map((text) => ({
        start: error.nStart,
        end: error.nEnd,
        text,
      }));
      flags[iParagraph - 1]!.push({
        id: flagId(GRAMMALECTE_CHECK, error.sRuleId, matched, occurrence),
        check: GRAMMALECTE_CHECK,
        category: grammalecteCategory(error.sType),
        severity: 'minor',
        start: error.nStart,
        end: error.nEnd,
        messageKey: GRAMMALECTE_MESSAGE_KEY,
        params: { message: error.sMessage, rule: error.sRuleId },
        suggestions,
        reference: 'Grammalecte',
      });
    }
  }
  for (const list of flags) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return flags;
}

/** Adds external flags to ours, segment by segment, keeping each segment's flags in text order. */
export function mergeFlags(ours: readonly (readonly Flag[])[], external: readonly (readonly Flag[])[]): Flag[][] {
  return ours.map((flags, index) =>
    [...flags, ...(external[index] ?? [])].sort((a, b) => a.start - b.start || a.end - b.end),
  );
}

/** True for a URL on this machine: the French is never sent anywhere else. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const { hostname, protocol } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
  } catch {
    return false;
  }
}

/** How to reach grammalecte-server: its base URL (loopback only), a time limit per request, and `fetch`. */
export interface GrammalecteServerOptions {
  readonly url?: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

/**
 * Checks `segments` with grammalecte-server (POST `{url}/gc_text/fr`, form field `text`), in batches. Resolves to
 * flags per segment, or null when no server answers properly (absent, not loopback, timeout, bad JSON): the
 * caller then simply goes without.
 */
export async function checkWithGrammalecteServer(
  segments: readonly CheckSegment[],
  options: GrammalecteServerOptions = {},
): Promise<Flag[][] | null> {
  const url = (options.url ?? GRAMMALECTE_DEFAULT_URL).replace(/\/+$/, '');
  if (!isLoopbackUrl(url)) return null;
  const send = options.fetch ?? globalThis.fetch;
  const flags: Flag[][] = [];
  try {
    for (let first = 0; first < segments.length; first += SEGMENTS_PER_REQUEST) {
      const batch = segments.slice(first, first + SEGMENTS_PER_REQUEST);
      const response = await send(`${url}/gc_text/fr`, {
        method: 'POST',
        body: new URLSearchParams({ text: grammalecteText(batch) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      if (!response.ok) return null;
      flags.push(...grammalecteFlags(await response.json(), batch));
    }
  } catch {
    return null;
  }
  return flags;
}
