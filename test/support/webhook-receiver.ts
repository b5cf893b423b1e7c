import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  /** An address of this receiver, e.g. `receiver.url('/ok')`. */
  url(path: string): string;
  port: number;
  /** Every request that reached the receiver, in order. */
  received: ReceivedRequest[];
  /**
   * Answers the next requests to `path` with these statuses in turn, then the last one for ever (default
   * 200). Status 0 never answers: the request hangs until the sender gives up.
   */
  script(path: string, statuses: number[]): void;
  /** Answers every request to `path` with a redirect to `location`. */
  redirect(path: string, location: string): void;
  close(): Promise<void>;
}

/** A real HTTP server on a loopback address that records every request it gets: the webhook's far end. */
export async function startWebhookReceiver(host = '127.0.0.1'): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = [];
  const scripts = new Map<string, number[]>();
  const redirects = new Map<string, string>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://receiver');
      received.push({
        method: request.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const location = redirects.get(url.pathname);
      if (location) {
        response.writeHead(307, { location }).end();
        return;
      }
      const statuses = scripts.get(url.pathname) ?? [200];
      const status = statuses.length > 1 ? statuses.shift()! : statuses[0]!;
      if (status === 0) return;
      response.writeHead(status, { 'content-type': 'application/json' }).end(`{"status":${status}}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://${host}:${port}${path}`,
    port,
    received,
    script: (path, statuses) => scripts.set(path, [...statuses]),
    redirect: (path, location) => redirects.set(path, location),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The receiver's own check of a generic delivery, exactly as docs/WEBHOOKS.md tells integrators. */
export function signatureIsValid(hit: ReceivedRequest, secret: string): boolean {
  const timestamp = hit.headers['x-duijie-timestamp'] as string;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${hit.body}`).digest('hex');
  return hit.headers['x-duijie-signature'] === `sha256=${expected}`;
}
