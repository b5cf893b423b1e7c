import http from 'node:http';
import https from 'node:https';
import {
  PermanentWebhookError,
  shapeOf,
  WebhookRefusedError,
  type WebhookAgents,
} from './webhook-address-filter.js';
import type { WebhookRequest } from './webhook-formats.js';

const TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;
/** Enough of a response body to show in the delivery log; the rest is not read. */
const MAX_RESPONSE_BYTES = 16 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface WebhookResponse {
  statusCode: number;
  /** The start of the response body, for the delivery log. */
  excerpt: string;
}

/** The agent's refusal of an address reads "DNS lookup 127.0.0.1(…) is not allowed. Because, …". */
const isAgentRefusal = (error: unknown) => error instanceof Error && / is not allowed\b/.test(error.message);

/**
 * POSTs one webhook request through the filtering agents. Redirects are followed by hand, at most three,
 * each hop checked again (scheme, credentials, and the agent on connect); 307/308 repeat the POST, the
 * others turn into a GET as browsers do. One deadline covers every hop.
 */
export async function sendWebhook(agents: WebhookAgents, request: WebhookRequest): Promise<WebhookResponse> {
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  let url = shapeOf(request.url);
  let method = 'POST';
  for (let hop = 0; ; hop += 1) {
    const response = await exchange(agents, url, method, request, signal).catch((error: unknown) => {
      if (isAgentRefusal(error))
        throw new WebhookRefusedError('webhook-url-private', (error as Error).message);
      if (signal.aborted) throw new Error(`timed out after ${TIMEOUT_MS / 1000} s`);
      throw error;
    });
    if (!REDIRECTS.has(response.statusCode) || !response.location) return response;
    // A loop or a long chain is a setting to fix, not a hiccup to wait out.
    if (hop === MAX_REDIRECTS) throw new PermanentWebhookError(`more than ${MAX_REDIRECTS} redirects`);
    url = shapeOf(new URL(response.location, url));
    if (response.statusCode !== 307 && response.statusCode !== 308) method = 'GET';
  }
}

function exchange(
  agents: WebhookAgents,
  url: URL,
  method: string,
  request: WebhookRequest,
  signal: AbortSignal,
): Promise<WebhookResponse & { location?: string }> {
  const withBody = method === 'POST';
  const headers = withBody
    ? { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) }
    : Object.fromEntries(Object.entries(request.headers).filter(([name]) => name !== 'content-type'));
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const outgoing = client.request(url, { method, headers, agent: agents.for(url), signal }, (incoming) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => {
        incoming.destroy();
        resolve({
          statusCode: incoming.statusCode ?? 0,
          excerpt: Buffer.concat(chunks).toString('utf8').slice(0, 500),
          location: incoming.headers.location,
        });
      };
      incoming.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_RESPONSE_BYTES) finish();
      });
      incoming.on('end', finish);
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(withBody ? request.body : undefined);
  });
}
