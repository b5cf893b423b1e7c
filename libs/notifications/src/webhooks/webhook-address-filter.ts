import { lookup as lookupCallback, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import type { Agent } from 'node:http';
import { Socket, type TcpNetConnectOpts } from 'node:net';
import type { Duplex } from 'node:stream';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { embeddedIPv4 } from './embedded-ipv4.js';

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
 * 0x7f000001 and 127.1 into 127.0.0.1 by then. An IPv6 address that carries an IPv4 one (`::a9fe:a9fe`,
 * `::ffff:…`, NAT64, 6to4) is also judged as that IPv4 address: the agent alone sees `::7f00:1` as
 * public unicast, and with private addresses allowed it would let `::ffff:169.254.169.254` through.
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
    this.http = this.judgingEmbeddedIPv4(new RequestFilteringHttpAgent(options));
    this.https = this.judgingEmbeddedIPv4(new RequestFilteringHttpsAgent(options));
  }

  for(url: URL): Agent {
    return url.protocol === 'https:' ? this.https : this.http;
  }

  /**
   * The agent's own verdict on one address, without connecting: for an address literal the agent decides
   * synchronously, and a socket destroyed before the next tick never starts to connect.
   */
  refusalOf(address: string): string | null {
    const ipv4 = embeddedIPv4(address);
    const ownRefusal = ipv4 ? this.refusalOf(ipv4) : null;
    if (ownRefusal) return `${address} carries ${ipv4}: ${ownRefusal}`;
    let refusal: string | null = null;
    const socket = this.http.createConnection({ host: address, port: 80 }, (error) => {
      if (error) refusal = error.message;
    }) as Socket;
    socket.on('error', () => undefined);
    socket.destroy();
    return refusal;
  }

  /**
   * Wraps the agent's connect so an address literal, and every address a host name resolves to at
   * connect time, is refused when the IPv4 address it carries would be. The agent's own checks run after.
   */
  private judgingEmbeddedIPv4<T extends RequestFilteringHttpAgent | RequestFilteringHttpsAgent>(agent: T): T {
    const connect = agent.createConnection.bind(agent);
    agent.createConnection = (
      options: TcpNetConnectOpts,
      listener?: (error: Error | null, socket: Duplex) => void,
    ) => {
      const refusal = options.host ? this.embeddedRefusal(options.host) : null;
      if (refusal) {
        const socket = new Socket();
        if (listener) listener(refusal, socket);
        else socket.destroy(refusal);
        return socket;
      }
      return connect({ ...options, lookup: this.lookupJudgingEmbedded(options.lookup) }, listener);
    };
    return agent;
  }

  private lookupJudgingEmbedded(inner: TcpNetConnectOpts['lookup']): TcpNetConnectOpts['lookup'] {
    const resolve = (inner ?? lookupCallback) as (
      hostname: string,
      options: LookupOptions,
      callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
    ) => void;
    return ((hostname: string, options: LookupOptions, callback: (...args: unknown[]) => void) => {
      resolve(hostname, options, (error, address, family) => {
        if (error) return callback(error);
        const addresses = typeof address === 'string' ? [address] : address.map((a) => a.address);
        const refusal = addresses.map((a) => this.embeddedRefusal(a)).find(Boolean);
        if (refusal) return callback(refusal);
        callback(null, address, family);
      });
    }) as TcpNetConnectOpts['lookup'];
  }

  /** Worded like the agent's own refusals, which the sender recognises. */
  private embeddedRefusal(address: string): Error | null {
    const ipv4 = embeddedIPv4(address);
    const refusal = ipv4 ? this.refusalOf(ipv4) : null;
    return refusal ? new Error(`${address} is not allowed. Because it carries ${ipv4}: ${refusal}`) : null;
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
