import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { createHmac } from 'node:crypto';
import request from 'supertest';
import { JobName, QueueName } from '#queue';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { createDemand, publishDemand, type Party, type SignedInUser } from '../support/http.js';
import { moderatorOf, party, publishedPosting } from '../support/factories.js';
import { eventually } from '../support/search.js';
import { signatureIsValid, startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

/**
 * Organization webhooks end to end, against a real receiver on 127.0.0.1 (allowed here by
 * WEBHOOK_ALLOW_PRIVATE_ADDRESSES, as only the project's tests may): a match reaches it once, signed;
 * failures are retried or not as HTTP says; robot formats carry their own bodies and signatures.
 */
let app: TestApp;
let receiver: WebhookReceiver;
let moderator: SignedInUser;
let enterprise: Party;
let university: Party;
/** An organization with no postings: its receivers hear only the pings the failure tests send. */
let quiet: Party;

interface Delivery {
  id: string;
  nextAttemptAt: string | null;
  eventKind: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  requestBody: string | null;
}

const api = () => request(app.baseUrl);
const as = (party: Party) => ({
  Authorization: `Bearer ${party.user.token}`,
  'X-Organization-Id': party.org,
});

async function createWebhook(
  party: Party,
  body: Record<string, unknown>,
): Promise<{ id: string; secret: string }> {
  const response = await api().post('/api/v1/webhooks').set(as(party)).send(body).expect(201);
  return response.body as { id: string; secret: string };
}

async function deliveriesOf(party: Party, webhookId: string): Promise<Delivery[]> {
  const response = await api().get(`/api/v1/webhooks/${webhookId}/deliveries`).set(as(party)).expect(200);
  return (response.body as { items: Delivery[] }).items;
}

async function ping(party: Party, webhookId: string): Promise<string> {
  const response = await api().post(`/api/v1/webhooks/${webhookId}/test`).set(as(party)).expect(202);
  return (response.body as { id: string }).id;
}

async function settled(
  party: Party,
  webhookId: string,
  deliveryId: string,
  status: 'delivered' | 'failed',
): Promise<Delivery> {
  return eventually(async () => {
    const delivery = (await deliveriesOf(party, webhookId)).find((d) => d.id === deliveryId);
    expect(delivery?.status).toBe(status);
    return delivery!;
  }, 30_000);
}

const hitsOn = (path: string) => receiver.received.filter((hit) => hit.path === path);
/** The match notices on a path: the owner's receiver also hears of its postings' moderation (issue 16). */
const matchHitsOn = (path: string) =>
  hitsOn(path).filter((hit) => hit.headers['x-duijie-event'] === 'match-found');

beforeAll(async () => {
  app = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' } });
  receiver = await startWebhookReceiver();
  moderator = await moderatorOf(app);
  enterprise = await party(app, 'enterprise');
  quiet = await party(app, 'enterprise');
  university = await party(app, 'university');
});

afterAll(async () => {
  await app.close();
  await receiver.close();
});

describe('settings', () => {
  it('shows the secret once, on create, and a new one on rotate', async () => {
    const created = await createWebhook(enterprise, { url: receiver.url('/settings') });
    expect(created).toMatchObject({
      url: receiver.url('/settings'),
      format: 'generic',
      events: [
        'match-found',
        'subscription-hit',
        'message-received',
        'deal-changed',
        'task-due',
        'interest-received',
        'event-changed',
        'access-requested',
        'access-decided',
        'proposal-received',
        'proposal-decided',
        'moderation-decided',
        'report-submitted',
        'report-reviewed',
        'event-reminder',
      ],
      active: true,
      hasRobotSecret: false,
      organizationId: enterprise.org,
      createdBy: enterprise.user.id,
    });
    expect(created.secret).toMatch(/^whsec_/);
    const read = await api().get(`/api/v1/webhooks/${created.id}`).set(as(enterprise)).expect(200);
    expect(read.body).not.toHaveProperty('secret');
    const listed = await api().get('/api/v1/webhooks').set(as(enterprise)).expect(200);
    expect((listed.body as { id: string }[]).map((w) => w.id)).toEqual([created.id]);
    expect(listed.body).not.toContainEqual(expect.objectContaining({ secret: expect.anything() }));

    const rotated = await api()
      .post(`/api/v1/webhooks/${created.id}/rotate-secret`)
      .set(as(enterprise))
      .expect(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.secret);
    const deliveryId = await ping(enterprise, created.id);
    await settled(enterprise, created.id, deliveryId, 'delivered');
    const [hit] = hitsOn('/settings');
    expect(signatureIsValid(hit!, rotated.body.secret as string)).toBe(true);
    expect(signatureIsValid(hit!, created.secret)).toBe(false);
  });

  it('updates the URL, format, events and active flag, and deletes', async () => {
    const { id } = await createWebhook(enterprise, { url: receiver.url('/edit') });
    const updated = await api()
      .patch(`/api/v1/webhooks/${id}`)
      .set(as(enterprise))
      .send({ url: receiver.url('/edited'), format: 'wecom', events: ['match-found'], active: false })
      .expect(200);
    expect(updated.body).toMatchObject({
      url: receiver.url('/edited'),
      format: 'wecom',
      events: ['match-found'],
      active: false,
    });
    await api().delete(`/api/v1/webhooks/${id}`).set(as(enterprise)).expect(204);
    await api().get(`/api/v1/webhooks/${id}`).set(as(enterprise)).expect(404);
  });

  it('stays deleted when an edit or a new secret races the delete', async () => {
    for (let round = 0; round < 30; round += 1) {
      const { id } = await createWebhook(enterprise, { url: receiver.url('/race') });
      const change =
        round % 2 === 0
          ? api().patch(`/api/v1/webhooks/${id}`).set(as(enterprise)).send({ active: false })
          : api().post(`/api/v1/webhooks/${id}/rotate-secret`).set(as(enterprise));
      // The delete goes first: it reads the webhook before it deletes it, as the change does.
      const [deleted, changed] = await Promise.all([
        api().delete(`/api/v1/webhooks/${id}`).set(as(enterprise)),
        change,
      ]);
      expect(deleted.status).toBe(204);
      expect([200, 201, 404]).toContain(changed.status);
      await api().get(`/api/v1/webhooks/${id}`).set(as(enterprise)).expect(404);
    }
  });

  it('refuses bad input with field errors in Chinese or English and changes nothing', async () => {
    const count = async () =>
      (await app.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM webhooks'))[0]!.n;
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ url: 'ftp://example.com/hook' }, 'url', 'webhook-url-scheme'],
      [{ url: 'http://user:secret@example.com/hook' }, 'url', 'webhook-url-credentials'],
      [{ url: 'not a url' }, 'url', 'webhook-url-invalid'],
      // Refused even here, where the test switch lets private addresses through.
      [{ url: 'http://169.254.169.254/latest/meta-data/' }, 'url', 'webhook-url-private'],
      [{ url: receiver.url('/x'), format: 'slack' }, 'format', 'isIn'],
      [{ url: receiver.url('/x'), events: [] }, 'events', 'arrayMinSize'],
      [{ url: receiver.url('/x'), events: ['everything'] }, 'events', 'isIn'],
      [{ url: receiver.url('/x'), active: 'yes' }, 'active', 'isBoolean'],
      [{ url: receiver.url('/x'), secret: 'mine' }, 'secret', 'whitelistValidation'],
      [{}, 'url', 'isString'],
    ];
    for (const [body, field, code] of cases) {
      const response = await api().post('/api/v1/webhooks').set(as(enterprise)).send(body).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const errors = response.body.errors as { field: string; code: string; message: string }[];
      expect(errors).toContainEqual(expect.objectContaining({ field, code }));
    }
    const chinese = await api()
      .post('/api/v1/webhooks')
      .set(as(enterprise))
      .send({ url: 'http://127.0.0.1.nip.io.invalid/hook' })
      .expect(400);
    expect(chinese.body.errors[0]).toMatchObject({
      field: 'url',
      code: 'webhook-url-unresolvable',
      message: '无法解析该域名',
    });
    const english = await api()
      .post('/api/v1/webhooks')
      .set(as(enterprise))
      .set('accept-language', 'en')
      .send({ url: 'gopher://example.com/' })
      .expect(400);
    expect(english.body.errors[0]).toMatchObject({ message: 'must be an http or https address' });
    const { id } = await createWebhook(enterprise, { url: receiver.url('/bad-update') });
    await api()
      .patch(`/api/v1/webhooks/${id}`)
      .set(as(enterprise))
      .send({ url: 'file:///etc/passwd' })
      .expect(400);
    await api().patch(`/api/v1/webhooks/${id}`).set(as(enterprise)).send({ active: null }).expect(400);
    const unchanged = await api().get(`/api/v1/webhooks/${id}`).set(as(enterprise)).expect(200);
    expect(unchanged.body).toMatchObject({ url: receiver.url('/bad-update'), active: true });
    await api().delete(`/api/v1/webhooks/${id}`).set(as(enterprise)).expect(204);
    expect(await count()).toBe(before);
  });
});

describe('a match is found', () => {
  it('reaches the organization’s receiver once, signed, even when the notify job runs again', async () => {
    const { id, secret } = await createWebhook(university, { url: receiver.url('/matches') });
    // A webhook that wants other events only, and an inactive one, hear nothing.
    await createWebhook(university, { url: receiver.url('/not-matches'), events: ['message-received'] });
    await createWebhook(university, { url: receiver.url('/inactive'), active: false });
    const achievementId = (
      await publishedPosting(app, 'achievement', {
        owner: university,
        body: {
          title: '锂离子电池热失控早期预警技术',
          abstract:
            '基于特征气体传感与电化学阻抗在线监测，提前 10 分钟以上预警电池包热失控，已在储能电站示范运行。',
          fields: ['EV-BATTERY'],
          keywords: ['热失控', '电池管理系统'],
          trl: 7,
          priceWan: 80,
          regionCode: '320111',
        },
      })
    ).id;
    const demandId = await createDemand(app, enterprise.user, enterprise.org, {
      title: '动力电池热失控预警',
      description: '电动客车锂离子电池包需要提前预警热失控，降低起火风险，要求可集成到现有电池管理系统。',
      fields: ['EV-BATTERY'],
      keywords: ['热失控', '锂离子电池', '预警'],
      trlRequired: 6,
    });
    await publishDemand(app, enterprise.user, moderator, demandId);

    const [hit] = await eventually(async () => {
      expect(matchHitsOn('/matches')).toHaveLength(1);
      return matchHitsOn('/matches');
    }, 30_000);
    expect(hit!.method).toBe('POST');
    expect(hit!.headers['x-duijie-event']).toBe('match-found');
    expect(signatureIsValid(hit!, secret)).toBe(true);
    const body = JSON.parse(hit!.body) as { id: string; event: string; data: Record<string, unknown> };
    expect(hit!.headers['x-duijie-delivery']).toBe(body.id);
    const [match] = await app.dataSource.query<{ id: string }[]>(
      'SELECT id FROM matches WHERE source_id = $1 AND candidate_id = $2',
      [demandId, achievementId],
    );
    expect(body).toMatchObject({
      event: 'match-found',
      data: {
        title: { zh: '新的匹配：动力电池热失控预警', en: 'New match: 动力电池热失控预警' },
        link: `${app.baseUrl}/matches/${match!.id}`,
        facts: { matchId: match!.id, counterpartKind: 'demand', counterpartId: demandId },
      },
    });
    const [delivery] = await deliveriesOf(university, id);
    expect(delivery).toMatchObject({ id: body.id, status: 'delivered', attempts: 1, lastStatusCode: 200 });
    expect(delivery!.requestBody).toBe(hit!.body);

    const queue = app.worker!.get<Queue>(getQueueToken(QueueName.Notifications), { strict: false });
    await queue.add(JobName.NotifyMatch, { matchId: match!.id }, { jobId: 'webhook-rerun' });
    await eventually(async () => {
      const job = await queue.getJob('webhook-rerun');
      expect(await job!.getState()).toBe('completed');
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(matchHitsOn('/matches')).toHaveLength(1);
    expect(hitsOn('/not-matches')).toHaveLength(0);
    expect(hitsOn('/inactive')).toHaveLength(0);
  });
});

describe('failures', () => {
  it('retries a 500, delivers once on the next 200 and records both attempts', async () => {
    receiver.script('/flaky', [500, 200]);
    const { id } = await createWebhook(quiet, { url: receiver.url('/flaky') });
    const deliveryId = await ping(quiet, id);
    const delivery = await settled(quiet, id, deliveryId, 'delivered');
    expect(delivery).toMatchObject({ attempts: 2, lastStatusCode: 200, lastError: null });
    expect(hitsOn('/flaky')).toHaveLength(2);
  });

  it('gives up on a receiver that does not answer within 10 s, and retries it', async () => {
    receiver.script('/silent', [0, 200]);
    const { id } = await createWebhook(quiet, { url: receiver.url('/silent') });
    const deliveryId = await ping(quiet, id);
    const waiting = await eventually(async () => {
      const delivery = (await deliveriesOf(quiet, id)).find((d) => d.id === deliveryId);
      expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastError: 'timed out after 10 s' });
      return delivery!;
    }, 20_000);
    expect(waiting.nextAttemptAt).not.toBeNull();
    await settled(quiet, id, deliveryId, 'delivered');
    expect(hitsOn('/silent')).toHaveLength(2);
  }, 40_000);

  it('does not retry a 400, and sends a failed delivery again on request', async () => {
    receiver.script('/rejecting', [400, 200]);
    const { id } = await createWebhook(quiet, { url: receiver.url('/rejecting') });
    const deliveryId = await ping(quiet, id);
    const failed = await settled(quiet, id, deliveryId, 'failed');
    expect(failed).toMatchObject({ attempts: 1, lastStatusCode: 400, lastError: 'HTTP 400: {"status":400}' });
    // The first retry would come after 2 s; none comes.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(hitsOn('/rejecting')).toHaveLength(1);

    await api().post(`/api/v1/webhooks/${id}/deliveries/${deliveryId}/retry`).set(as(quiet)).expect(202);
    const delivered = await settled(quiet, id, deliveryId, 'delivered');
    expect(delivered).toMatchObject({ attempts: 2, lastStatusCode: 200 });
    expect(hitsOn('/rejecting')).toHaveLength(2);
    const again = await api()
      .post(`/api/v1/webhooks/${id}/deliveries/${deliveryId}/retry`)
      .set(as(quiet))
      .expect(409);
    expect(again.body.type).toMatch(/webhook-delivery-not-failed$/);
  });

  it('follows a redirect to the same receiver, re-POSTing the body', async () => {
    receiver.redirect('/moved', receiver.url('/new-home'));
    const { id } = await createWebhook(quiet, { url: receiver.url('/moved') });
    const deliveryId = await ping(quiet, id);
    await settled(quiet, id, deliveryId, 'delivered');
    expect(hitsOn('/new-home')).toHaveLength(1);
    expect(hitsOn('/new-home')[0]!.body).toBe(hitsOn('/moved')[0]!.body);
  });

  it('gives up after three redirects, for good: a loop is a setting to fix', async () => {
    receiver.redirect('/loop', receiver.url('/loop'));
    const { id } = await createWebhook(quiet, { url: receiver.url('/loop') });
    const deliveryId = await ping(quiet, id);
    const delivery = await settled(quiet, id, deliveryId, 'failed');
    expect(delivery).toMatchObject({ attempts: 1, lastError: 'more than 3 redirects' });
    expect(hitsOn('/loop')).toHaveLength(4);
  });
});

describe('robot formats', () => {
  const robotHit = async (format: string, path: string, robotSecret?: string) => {
    const { id } = await createWebhook(enterprise, {
      url: receiver.url(`${path}?key=abc`),
      format,
      robotSecret,
    });
    const deliveryId = await ping(enterprise, id);
    await settled(enterprise, id, deliveryId, 'delivered');
    return hitsOn(path)[0]!;
  };

  it('sends WeCom group robots a markdown message in Chinese', async () => {
    const hit = await robotHit('wecom', '/wecom');
    expect(hit.query.get('key')).toBe('abc');
    const body = JSON.parse(hit.body) as { msgtype: string; markdown: { content: string } };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.content).toMatch(/^\*\*对接平台 Webhook 测试\*\*\n\n这是一条测试消息/);
  });

  it('signs DingTalk requests with timestamp and sign query parameters', async () => {
    const hit = await robotHit('dingtalk', '/dingtalk', 'SECrobot');
    const timestamp = hit.query.get('timestamp')!;
    expect(Math.abs(Number(timestamp) - Date.now())).toBeLessThan(60_000);
    const expected = createHmac('sha256', 'SECrobot').update(`${timestamp}\nSECrobot`).digest('base64');
    expect(hit.query.get('sign')).toBe(expected);
    expect(JSON.parse(hit.body)).toMatchObject({
      msgtype: 'markdown',
      markdown: { title: '对接平台 Webhook 测试' },
    });
  });

  it('signs Feishu requests with timestamp and sign in the body', async () => {
    const hit = await robotHit('feishu', '/feishu', 'feishu-robot');
    const body = JSON.parse(hit.body) as { timestamp: string; sign: string; msg_type: string };
    const expected = createHmac('sha256', `${body.timestamp}\nfeishu-robot`).update('').digest('base64');
    expect(body).toMatchObject({ msg_type: 'interactive', sign: expected });
    expect(Math.abs(Number(body.timestamp) * 1000 - Date.now())).toBeLessThan(60_000);
  });
});
