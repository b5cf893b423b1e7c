import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import {
  WebhookAgents,
  WebhookRefusedError,
} from '../../libs/notifications/src/webhooks/webhook-address-filter.js';
import { NotificationsConfig } from '#notifications';
import { sendWebhook } from '../../libs/notifications/src/webhooks/webhook-sender.js';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { createOrganization, signUp, type SignedInUser } from '../support/http.js';
import { eventually } from '../support/search.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

/**
 * With the test switch off, as in production: webhook targets in private, loopback, link-local, CGNAT,
 * multicast, unspecified and metadata ranges are refused in every notation, at creation (a field error)
 * and at delivery (a permanent failure), also after a redirect. The probes point at a listener on
 * 127.0.0.1 (or other blocked ranges); the listener must never hear a single request.
 */
let app: TestApp;
let receiver: WebhookReceiver;
let admin: { user: SignedInUser; org: string };

const api = () => request(app.baseUrl);

/** Every probe, as `[what it tries, url]`; `P` is the listener's port. */
function probes(P: number): [string, string][] {
  return [
    ['loopback', `http://127.0.0.1:${P}/`],
    ['loopback, other address', `http://127.127.127.127:${P}/`],
    ['loopback, trailing dot', `http://127.0.0.1.:${P}/`],
    ['decimal', `http://2130706433:${P}/`],
    ['octal', `http://0177.0.0.1:${P}/`],
    ['octal, one part', `http://017700000001:${P}/`],
    ['hex', `http://0x7f000001:${P}/`],
    ['hex, dotted', `http://0x7f.0x0.0x0.0x1:${P}/`],
    ['short', `http://127.1:${P}/`],
    ['short, three parts', `http://127.0.1:${P}/`],
    ['mixed notations', `http://0x7f.0.0.01:${P}/`],
    ['name: localhost', `http://localhost:${P}/`],
    ['name: LOCALHOST', `http://LOCALHOST:${P}/`],
    ['IPv6 loopback', `http://[::1]:${P}/`],
    ['IPv6 loopback, long', `http://[0:0:0:0:0:0:0:1]:${P}/`],
    ['IPv4-mapped', `http://[::ffff:127.0.0.1]:${P}/`],
    ['IPv4-mapped, hex', `http://[::ffff:7f00:1]:${P}/`],
    ['IPv4-mapped, long', `http://[0:0:0:0:0:ffff:127.0.0.1]:${P}/`],
    ['IPv4-compatible loopback', `http://[::7f00:1]:${P}/`],
    ['IPv4-compatible loopback, dotted', `http://[::127.0.0.1]:${P}/`],
    ['IPv4-compatible private', `http://[::a00:1]:${P}/`],
    ['IPv4-translated loopback', `http://[::ffff:0:7f00:1]:${P}/`],
    ['NAT64 of loopback', `http://[64:ff9b::127.0.0.1]:${P}/`],
    ['6to4 of loopback', `http://[2002:7f00:1::]:${P}/`],
    ['unspecified', `http://0.0.0.0:${P}/`],
    ['unspecified, short', `http://0:${P}/`],
    ['IPv6 unspecified', `http://[::]:${P}/`],
    ['private 10/8', `http://10.0.0.1:${P}/`],
    ['private 172.16/12', `http://172.16.0.1:${P}/`],
    ['private 192.168/16', `http://192.168.1.1:${P}/`],
    ['private, decimal', `http://3232235777:${P}/`],
    ['CGNAT', `http://100.64.0.1:${P}/`],
    ['link-local', `http://169.254.0.1:${P}/`],
    ['metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['metadata, decimal', 'http://2852039166/latest/meta-data/'],
    ['metadata, hex', 'http://0xa9fea9fe/latest/meta-data/'],
    ['metadata, IPv4-mapped', 'http://[::ffff:169.254.169.254]/latest/meta-data/'],
    ['metadata, IPv4-compatible', 'http://[::a9fe:a9fe]/latest/meta-data/'],
    ['metadata, NAT64', 'http://[64:ff9b::a9fe:a9fe]/latest/meta-data/'],
    ['metadata, 6to4', 'http://[2002:a9fe:a9fe::]/latest/meta-data/'],
    ['metadata, IPv6 (AWS)', 'http://[fd00:ec2::254]/latest/meta-data/'],
    ['metadata (Alibaba Cloud)', 'http://100.100.100.200/latest/meta-data/'],
    ['IPv6 link-local', `http://[fe80::1]:${P}/`],
    ['IPv6 unique local', `http://[fc00::1]:${P}/`],
    ['multicast', `http://224.0.0.1:${P}/`],
    ['IPv6 multicast', `http://[ff02::1]:${P}/`],
    ['broadcast', `http://255.255.255.255:${P}/`],
    ['reserved', `http://240.0.0.1:${P}/`],
    ['documentation range', `http://192.0.2.1:${P}/`],
    ['scheme: ftp', `ftp://127.0.0.1:${P}/`],
    ['scheme: file', 'file:///etc/passwd'],
    ['scheme: gopher', `gopher://127.0.0.1:${P}/_GET`],
    ['user information', `http://user:pass@127.0.0.1:${P}/`],
    ['user information hiding the host', `http://example.com@127.0.0.1:${P}/`],
    ['user information looking like a host', `http://127.0.0.1:${P}@example.com/`],
  ];
}

beforeAll(async () => {
  app = await startTestApp();
  expect(app.config.slice(NotificationsConfig).webhookAllowPrivateAddresses).toBe(false);
  receiver = await startWebhookReceiver();
  const user = await signUp(app);
  admin = { user, org: await createOrganization(app, user) };
});

afterAll(async () => {
  await app.close();
  await receiver.close();
});

describe('webhook SSRF probes', () => {
  it('has at least 40 of them', () => {
    expect(probes(receiver.port).length).toBeGreaterThanOrEqual(40);
  });

  it('refuses each one as a webhook URL with a field error', async () => {
    for (const [what, url] of probes(receiver.port)) {
      const response = await api()
        .post('/api/v1/webhooks')
        .auth(admin.user.token, { type: 'bearer' })
        .set('x-organization-id', admin.org)
        .send({ url });
      expect({ what, status: response.status }).toEqual({ what, status: 400 });
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          field: 'url',
          code: expect.stringMatching(/^webhook-url-(private|scheme|credentials)$/),
        }),
      ]);
    }
    const [{ n }] = await app.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM webhooks');
    expect(n).toBe(0);
    expect(receiver.received).toHaveLength(0);
  });

  it('fails each delivery for good, never reaching the listener, when the URL got past creation', async () => {
    // As if each had resolved to a public address when it was saved (DNS can change after the check).
    const all = probes(receiver.port);
    const ids: string[] = [];
    for (const [, url] of all) {
      const [row] = await app.dataSource.query<{ id: string }[]>(
        `INSERT INTO webhooks (organization_id, url, secret, events, created_by)
         VALUES ($1, $2, 'whsec_probe', '{match-found}', $3) RETURNING id`,
        [admin.org, url, admin.user.id],
      );
      ids.push(row!.id);
      await api()
        .post(`/api/v1/webhooks/${row!.id}/test`)
        .auth(admin.user.token, { type: 'bearer' })
        .set('x-organization-id', admin.org)
        .expect(202);
    }
    const rows = await eventually(async () => {
      const settled = await app.dataSource.query<
        { url: string; status: string; attempts: number; last_error: string }[]
      >(
        `SELECT w.url, d.status, d.attempts, d.last_error FROM webhook_deliveries d
           JOIN webhooks w ON w.id = d.webhook_id WHERE w.id = ANY($1::uuid[])`,
        [ids],
      );
      expect(settled.filter((d) => d.status === 'failed')).toHaveLength(all.length);
      return settled;
    }, 30_000);
    for (const row of rows) {
      expect({ url: row.url, attempts: row.attempts }).toEqual({ url: row.url, attempts: 1 });
      expect({ url: row.url, error: row.last_error }).toEqual({
        url: row.url,
        error: expect.stringMatching(/^refused \(webhook-url-(private|scheme|credentials)\)/),
      });
    }
    expect(receiver.received).toHaveLength(0);
  });
});

describe('IPv6 forms of IPv4 addresses', () => {
  it('are judged as the IPv4 address they carry, also where private addresses are allowed', () => {
    const strict = new WebhookAgents(false);
    for (const address of ['::7f00:1', '::a00:1', '::a9fe:a9fe', '::ffff:0:a00:1', '64:ff9b::a00:1'])
      expect({ address, refused: strict.refusalOf(address) !== null }).toEqual({ address, refused: true });
    const lenient = new WebhookAgents(true);
    for (const address of ['::a9fe:a9fe', '::ffff:169.254.169.254', '64:ff9b::a9fe:a9fe', '2002:a9fe:a9fe::'])
      expect({ address, refused: lenient.refusalOf(address) !== null }).toEqual({ address, refused: true });
    expect(lenient.refusalOf('::ffff:127.0.0.1')).toBeNull();
    expect(strict.refusalOf('2400:3200::1')).toBeNull();
  });
});

describe('redirects', () => {
  let redirector: WebhookReceiver;

  beforeAll(async () => {
    // Another loopback address stands in for a public server: only it is let through.
    redirector = await startWebhookReceiver('127.0.0.2');
  });

  afterAll(async () => {
    await redirector.close();
  });

  const request = (path: string) => ({
    url: new URL(redirector.url(path)),
    headers: { 'content-type': 'application/json' },
    body: '{"ping":true}',
  });

  it('re-checks every hop: an allowed server cannot bounce a request to a blocked one', async () => {
    const agents = new WebhookAgents(false, ['127.0.0.2']);
    redirector.redirect('/to-loopback', receiver.url('/'));
    redirector.redirect('/to-localhost', `http://localhost:${receiver.port}/`);
    redirector.redirect('/to-decimal', `http://2130706433:${receiver.port}/`);
    redirector.redirect('/to-mapped', `http://[::ffff:127.0.0.1]:${receiver.port}/`);
    redirector.redirect('/to-compatible', `http://[::7f00:1]:${receiver.port}/`);
    redirector.redirect('/to-metadata', 'http://169.254.169.254/latest/meta-data/');
    redirector.redirect('/to-file', 'file:///etc/passwd');
    redirector.redirect('/to-credentials', `http://user:pass@127.0.0.2:${redirector.port}/ok`);
    redirector.redirect('/chain-1', redirector.url('/chain-2'));
    redirector.redirect('/chain-2', redirector.url('/to-loopback'));
    for (const path of [
      '/to-loopback',
      '/to-localhost',
      '/to-decimal',
      '/to-mapped',
      '/to-compatible',
      '/to-metadata',
      '/to-file',
      '/to-credentials',
      '/chain-1',
    ]) {
      await expect(sendWebhook(agents, request(path))).rejects.toBeInstanceOf(WebhookRefusedError);
    }
    expect(receiver.received).toHaveLength(0);
    expect(redirector.received.map((hit) => hit.path)).not.toContain('/ok');
  });

  it('reaches the allowed server itself, so the refusals above are the filter’s doing', async () => {
    const agents = new WebhookAgents(false, ['127.0.0.2']);
    const response = await sendWebhook(agents, request('/ok'));
    expect(response.statusCode).toBe(200);
    expect(redirector.received.at(-1)).toMatchObject({ method: 'POST', path: '/ok', body: '{"ping":true}' });
  });
});
