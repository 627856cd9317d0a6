import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PATH_PREFIX, TOKEN_FRAGMENT_KEY } from '../api/http-protocol.ts';
import { type ContractHandlers, dispatch } from '../app/dispatch.ts';
import { serveStatic } from './serve-static.ts';

/** Largest API request body accepted: an imported file travels as base64 inside it. */
const MAX_BODY_BYTES = 512 * 1024 * 1024;

/** What `startBrowserHost` needs: the core's handlers and the built renderer's folder. */
export interface BrowserHostOptions {
  readonly handlers: ContractHandlers;
  readonly staticDir: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
}

/** A running host; `url` carries the per-launch token in its fragment, so it never reaches a server log. */
export interface BrowserHost {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/**
 * Serves the renderer and the contract over HTTP on 127.0.0.1 only. Every API call needs the per-launch token as a
 * bearer header, and every request's Host header must name this loopback host and port, so neither another web page
 * (DNS rebinding, cross-site requests) nor another machine can reach the user's files.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = randomBytes(32).toString('base64url');
  const expectedAuth = Buffer.from(`Bearer ${token}`);
  let allowedHosts: ReadonlySet<string> = new Set();

  const server: Server = createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { message: String(error) } });
      else response.destroy();
    });
  });

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) {
      sendText(response, 421, 'Misdirected request: this host only answers on its loopback address.');
      return;
    }
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname.startsWith(API_PATH_PREFIX)) {
      await handleApi(request, response, decodeURIComponent(pathname.slice(API_PATH_PREFIX.length)));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed');
      return;
    }
    await serveStatic(options.staticDir, pathname, request, response);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    const auth = Buffer.from(request.headers.authorization ?? '');
    if (auth.length !== expectedAuth.length || !timingSafeEqual(auth, expectedAuth)) {
      sendJson(response, 401, { ok: false, error: { message: 'Missing or wrong token.' } });
      return;
    }
    if (request.method !== 'POST') {
      sendJson(response, 405, { ok: false, error: { message: 'API calls are POST requests.' } });
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(response, 415, { ok: false, error: { message: 'API calls send JSON.' } });
      return;
    }
    const body = await readBody(request, MAX_BODY_BYTES);
    if (body === null) {
      sendJson(response, 413, { ok: false, error: { message: 'Request too large.' } });
      return;
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      sendJson(response, 400, { ok: false, error: { message: 'Request body is not JSON.' } });
      return;
    }
    const result = await dispatch(options.handlers, channel, payload);
    sendJson(response, result.ok ? 200 : 400, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/#${TOKEN_FRAGMENT_KEY}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(text);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  response.end(text);
}
