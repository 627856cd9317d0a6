// A throwaway HTTP server on 127.0.0.1 that plays an MT service in tests: it records every request and answers with
// whatever the test's handler says. Tests reach it through `loopbackFetch`, which refuses any other host, so no
// test can talk to the outside world even by mistake.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly raw: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly body: unknown;
}

/** What the server answers: a status with a JSON (or text) body, or nothing at all (`hang`). */
export interface Reply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  readonly text?: string;
  /** Never answer: for timeouts and cancellations. */
  readonly hang?: boolean;
}

/** A running loopback server. */
export interface LoopbackServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 (port 0: any free one) that answers each request with `handler(request, index)`. */
export async function startLoopbackServer(
  handler: (request: RecordedRequest, index: number) => Reply | Promise<Reply>,
): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const request: RecordedRequest = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: incoming.headers,
        raw,
        body,
      };
      requests.push(request);
      Promise.resolve(handler(request, requests.length - 1)).then(
        (reply) => {
          if (reply.hang) return;
          const text = reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
          response.writeHead(reply.status ?? 200, {
            'Content-Type': reply.text === undefined ? 'application/json' : 'text/plain',
            ...reply.headers,
          });
          response.end(text);
        },
        (error: unknown) => {
          response.writeHead(599);
          response.end(String(error));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `fetch` that only reaches 127.0.0.1 and fails the test for any other address. */
export const loopbackFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.hostname !== '127.0.0.1') throw new Error(`test tried to reach ${url.host}; only 127.0.0.1 is allowed`);
  return fetch(input, init);
};

/**
 * A `fetch` for code paths that must send nothing: it records every call (which the test then asserts is none) and
 * throws, so even code that swallows the error cannot get an answer.
 */
export function forbiddenFetch(): { fetchImpl: typeof fetch; calls: string[] } {
  const calls: string[] = [];
  const fetchImpl: typeof fetch = (input) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push(url);
    throw new Error(`no network call was expected, but one went to ${url}`);
  };
  return { fetchImpl, calls };
}

/** A sleep that records the waits asked for and returns at once. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
  };
}
