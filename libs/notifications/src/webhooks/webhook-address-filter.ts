import { lookup } from 'node:dns/promises';
import type { Agent } from 'node:http';
import type { Socket } from 'node:net';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

/** Cloud metadata endpoints (AWS, GCP, Azure, Alibaba Cloud share the first): refused even when private addresses are allowed. */
const METADATA_ADDRESSES = ['169.254.169.254', 'fd00:ec2::254', '100.100.100.200'];

/** Why a webhook URL is refused; also the field error code at creation. */
export type UrlRefusal =
  | 'webhook-url-invalid'
  | 'webhook-url-scheme'
  | 'webhook-url-credentials'
  | 'webhook-url-unresolvable'
  | 'webhook-url-private';

/** A failure that retrying cannot fix: the delivery fails at once. */
export class PermanentWebhookError extends Error {
  override name = 'PermanentWebhookError';
}

/** A target we will never send to. */
export class WebhookRefusedError extends PermanentWebhookError {
  override name = 'WebhookRefusedError';

  constructor(
    readonly refusal: UrlRefusal,
    detail: string,
  ) {
    super(`refused (${refusal}): ${detail}`);
  }
}

/**
 * The agents every webhook request goes through. They check each address a host resolves to when the
 * connection is made (so DNS rebinding after creation is caught too) and refuse every range that is not
 * public unicast: private, loopback, link-local, CGNAT, multicast, unspecified, IPv4-mapped IPv6 and the
 * rest of ipaddr.js's special ranges. The WHATWG URL parser has already turned 2130706433, 0177.0.0.1,
 * 0x7f000001 and 127.1 into 127.0.0.1 by then.
 */
export class WebhookAgents {
  readonly http: RequestFilteringHttpAgent;
  readonly https: RequestFilteringHttpsAgent;

  constructor(allowPrivateAddresses: boolean, allowAddresses: string[] = []) {
    const options = {
      allowPrivateIPAddress: allowPrivateAddresses,
      allowIPAddressList: allowAddresses,
      denyIPAddressList: METADATA_ADDRESSES,
      keepAlive: false,
    };
    this.http = new RequestFilteringHttpAgent(options);
    this.https = new RequestFilteringHttpsAgent(options);
  }

  for(url: URL): Agent {
    return url.protocol === 'https:' ? this.https : this.http;
  }

  /**
   * The agent's own verdict on one address, without connecting: for an address literal the agent decides
   * synchronously, and a socket destroyed before the next tick never starts to connect.
   */
  refusalOf(address: string): string | null {
    let refusal: string | null = null;
    const socket = this.http.createConnection({ host: address, port: 80 }, (error) => {
      if (error) refusal = error.message;
    }) as Socket;
    socket.on('error', () => undefined);
    socket.destroy();
    return refusal;
  }

  /**
   * The checks a URL must pass at creation, on every redirect hop and before each send: http(s) only, no
   * user:password@, and every address its host resolves to accepted by the agent.
   */
  async check(raw: string | URL): Promise<URL> {
    const url = shapeOf(raw);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    let addresses: { address: string }[];
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch (error) {
      throw new WebhookRefusedError('webhook-url-unresolvable', `${host}: ${(error as Error).message}`);
    }
    for (const { address } of addresses) {
      const refusal = this.refusalOf(address);
      if (refusal) throw new WebhookRefusedError('webhook-url-private', refusal);
    }
    return url;
  }
}

/** Scheme and credentials: what can be refused without resolving anything. */
export function shapeOf(raw: string | URL): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookRefusedError('webhook-url-invalid', String(raw).slice(0, 200));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new WebhookRefusedError('webhook-url-scheme', url.protocol);
  if (url.username || url.password)
    throw new WebhookRefusedError('webhook-url-credentials', 'user information in the URL');
  return url;
}
