import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { NOTIFICATION_KINDS } from '#notifications';
import { EventType, JobName, OutboxReconciler, outboxJobId, QueueName } from '#queue';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { createDemand, publishDemand, signUp, type SignedInUser } from '../support/http.js';
import { moderatorOf, party } from '../support/factories.js';
import { forgetEverythingInRedis } from '../support/reliability.js';
import { completedJobResult } from '../support/jobs.js';
import { eventually } from '../support/search.js';
import { signatureIsValid, startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

/**
 * Saved-search subscriptions: owner-only CRUD with a search's facet validation, and percolation on
 * publish: a matching posting tells each subscriber once, by their preferences (in-app, instant email or
 * the daily digest) and through the webhooks of the organization the search was saved for; a
 * confidential one only by its teaser, a paused or non-matching subscription nothing.
 */
let app: TestApp;
let moderator: SignedInUser;
let owner: SignedInUser;
let ownerOrg: string;
let subscriber: SignedInUser;
let subscriberOrg: string;
let stranger: SignedInUser;
let receiver: WebhookReceiver;

interface Subscription {
  id: string;
  name: string;
  q: string;
  kind?: string;
  regionCode?: string;
  trlMin?: number;
  active: boolean;
  organizationId: string | null;
}

interface NotificationItem {
  kind: string;
  subjectType: string;
  subjectId: string;
  title: string;
  body: string;
  link: string;
}

const api = () => request(app.baseUrl);
const auth = (user: SignedInUser) => ({ Authorization: `Bearer ${user.token}` });

async function subscribe(user: SignedInUser, body: Record<string, unknown>): Promise<Subscription> {
  const response = await api().post('/api/v1/subscriptions').set(auth(user)).send(body).expect(201);
  return response.body as Subscription;
}

async function listOf(user: SignedInUser): Promise<Subscription[]> {
  return (await api().get('/api/v1/subscriptions').set(auth(user)).expect(200)).body as Subscription[];
}

/** The mails that name a demand, but its owner's moderation result (issue 16). */
const subscriberMails = (demand: string) =>
  app.mailbox.messages.filter((mail) => mail.text.includes(demand) && !mail.subject.includes('已发布'));

/** Every notice but the owners' moderation results (issue 16), which publishing the fixtures brings. */
async function notificationsOf(user: SignedInUser): Promise<NotificationItem[]> {
  const response = await api().get('/api/v1/notifications').set(auth(user)).expect(200);
  return (response.body as { items: NotificationItem[] }).items.filter(
    (item) => item.kind !== 'moderation-decided',
  );
}

const hitEmailsTo = (email: string) =>
  app.mailbox.messages.filter((mail) => mail.to === email && mail.subject.startsWith('订阅更新'));

/** The result of the match-subscriptions job the demand's publish started, once it has completed. */
async function percolationOf(demandId: string): Promise<unknown> {
  const queue = app.worker!.get<Queue>(getQueueToken(QueueName.Subscriptions), { strict: false });
  const event = await eventually(async () => {
    const [published] = await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM outbox_events WHERE type = $1 AND payload->>'demandId' = $2`,
      [EventType.DemandPublished, demandId],
    );
    expect(published).toBeDefined();
    return published!;
  });
  return completedJobResult(queue, outboxJobId(JobName.MatchSubscriptions, event.id));
}

beforeAll(async () => {
  // The subscriber organization's webhook listens on loopback, which only the project's tests may allow.
  app = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' } });
  receiver = await startWebhookReceiver();
  moderator = await moderatorOf(app);
  ({ user: owner, org: ownerOrg } = await party(app, 'enterprise'));
  ({ user: subscriber, org: subscriberOrg } = await party(app, 'university'));
  stranger = await signUp(app);
});

afterAll(async () => {
  await app.close();
  await receiver.close();
});

describe('saving a search', () => {
  it('stores the query and facets for the caller, recording the organization they act for', async () => {
    const response = await api()
      .post('/api/v1/subscriptions')
      .set(auth(subscriber))
      .set('x-organization-id', subscriberOrg)
      .send({ name: '江苏储能', q: '储能', kind: 'demand', regionCode: '320000', trlMin: 5 })
      .expect(201);
    expect(response.body).toMatchObject({
      name: '江苏储能',
      q: '储能',
      kind: 'demand',
      regionCode: '320000',
      trlMin: 5,
      active: true,
      organizationId: subscriberOrg,
    });
    expect((await listOf(subscriber)).map((s) => s.id)).toEqual([response.body.id]);
    await api().delete(`/api/v1/subscriptions/${response.body.id}`).set(auth(subscriber)).expect(204);
  });

  it('rejects malformed input with field errors and stores nothing', async () => {
    const response = await api()
      .post('/api/v1/subscriptions')
      .set(auth(subscriber))
      .send({ q: '储能', regionCode: '999999', trlMin: 12, sort: 'newest' })
      .expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const fields = new Set((response.body.errors as { field: string }[]).map((e) => e.field));
    expect([...fields].sort()).toEqual(['name', 'regionCode', 'sort', 'trlMin']);
    expect(await listOf(subscriber)).toEqual([]);
  });

  it('validates facet values against the taxonomy and the kinds exactly as search does, in zh-CN and en', async () => {
    const body = {
      name: '坏的订阅',
      q: '，。！',
      kind: 'demand',
      category: 'not-a-category',
      field: 'NOT-A-FIELD',
      trlMin: 8,
      trlMax: 3,
    };
    const zh = await api().post('/api/v1/subscriptions').set(auth(subscriber)).send(body).expect(400);
    const errors = zh.body.errors as { field: string; code: string; message: string }[];
    expect(errors.map((e) => [e.field, e.code]).sort()).toEqual([
      ['category', 'isIn'],
      ['field', 'isTechField'],
      ['q', 'searchable'],
      ['trlMax', 'range'],
    ]);
    expect(errors.find((e) => e.field === 'q')!.message).toBe('请输入至少一个可搜索的词');
    const en = await api()
      .post('/api/v1/subscriptions')
      .set(auth(subscriber))
      .set('accept-language', 'en')
      .send(body)
      .expect(400);
    expect(
      (en.body.errors as { field: string; message: string }[]).find((e) => e.field === 'q')!.message,
    ).toBe('needs at least one searchable word');
    // The same facets are refused by search itself.
    await api()
      .get('/api/v1/search')
      .query({ q: '储能', kind: 'demand', category: 'not-a-category' })
      .expect(400);
    expect(await listOf(subscriber)).toEqual([]);
  });

  it('allows 50 subscriptions per user, then answers 409', async () => {
    const heavy = await signUp(app);
    await app.dataSource.query(
      `INSERT INTO subscriptions (user_id, name, query) SELECT $1, 'n' || i, '储能' FROM generate_series(1, 50) i`,
      [heavy.id],
    );
    const response = await api()
      .post('/api/v1/subscriptions')
      .set(auth(heavy))
      .set('accept-language', 'en')
      .send({ name: 'one too many', q: '储能' })
      .expect(409);
    expect(response.body.detail).toBe('At most 50 saved searches per user');
    expect(await listOf(heavy)).toHaveLength(50);
    // They would match the publishes below.
    await app.dataSource.query(`DELETE FROM subscriptions WHERE user_id = $1`, [heavy.id]);
  });

  it('refuses anonymous callers', async () => {
    await api().get('/api/v1/subscriptions').expect(401);
    await api().post('/api/v1/subscriptions').send({ name: 'x', q: '储能' }).expect(401);
  });
});

describe('a subscription belongs to its user alone', () => {
  let mine: Subscription;

  beforeAll(async () => {
    mine = await subscribe(subscriber, { name: '氢能', q: '氢能', kind: 'demand', regionCode: '320000' });
  });

  afterAll(async () => {
    await api().delete(`/api/v1/subscriptions/${mine.id}`).set(auth(subscriber)).expect(204);
  });

  it('is invisible to another user and to a platform moderator, who cannot change or delete it', async () => {
    for (const user of [stranger, moderator]) {
      expect(await listOf(user)).toEqual([]);
      await api().get(`/api/v1/subscriptions/${mine.id}`).set(auth(user)).expect(404);
      await api()
        .patch(`/api/v1/subscriptions/${mine.id}`)
        .set(auth(user))
        .send({ active: false })
        .expect(404);
      await api().delete(`/api/v1/subscriptions/${mine.id}`).set(auth(user)).expect(404);
    }
    const again = await api().get(`/api/v1/subscriptions/${mine.id}`).set(auth(subscriber)).expect(200);
    expect(again.body).toMatchObject({ name: '氢能', active: true });
  });

  it('is paused, resumed and edited by its owner; null removes a facet; bad edits change nothing', async () => {
    const paused = await api()
      .patch(`/api/v1/subscriptions/${mine.id}`)
      .set(auth(subscriber))
      .send({ active: false, regionCode: null, name: '氢能（全国）' })
      .expect(200);
    expect(paused.body).toMatchObject({ active: false, name: '氢能（全国）', kind: 'demand' });
    expect(paused.body).not.toHaveProperty('regionCode');
    const refused = await api()
      .patch(`/api/v1/subscriptions/${mine.id}`)
      .set(auth(subscriber))
      .send({ kind: 'expert', category: 'chokepoint', q: null })
      .expect(400);
    expect((refused.body.errors as { field: string }[]).map((e) => e.field)).toEqual(['q']);
    await api()
      .patch(`/api/v1/subscriptions/${mine.id}`)
      .set(auth(subscriber))
      .send({ kind: 'expert', category: 'chokepoint' })
      .expect(400);
    const resumed = await api()
      .patch(`/api/v1/subscriptions/${mine.id}`)
      .set(auth(subscriber))
      .send({ active: true })
      .expect(200);
    expect(resumed.body).toMatchObject({ active: true, name: '氢能（全国）', kind: 'demand', q: '氢能' });
  });
});

describe('a subscription edited while it is deleted', () => {
  it('stays deleted: an edit that loses the race answers 404 and never stores it again', async () => {
    // The browser's "pause, then delete" sends both at once when the first answer is slow; an edit that
    // read the row before the delete must not write it back.
    for (let round = 0; round < 20; round += 1) {
      const doomed = await subscribe(subscriber, { name: `竞态${round}`, q: '氢能' });
      const [edited, deleted] = await Promise.all([
        api().patch(`/api/v1/subscriptions/${doomed.id}`).set(auth(subscriber)).send({ active: false }),
        api().delete(`/api/v1/subscriptions/${doomed.id}`).set(auth(subscriber)),
      ]);
      expect(deleted.status).toBe(204);
      expect([200, 404]).toContain(edited.status);
      await api().get(`/api/v1/subscriptions/${doomed.id}`).set(auth(subscriber)).expect(404);
    }
  });
});

describe('a posting is published', () => {
  let hot: Subscription;
  let sodium: Subscription;
  let pausedUser: SignedInUser;
  let sodiumUser: SignedInUser;
  let digestUser: SignedInUser;
  let webhookSecret: string;

  beforeAll(async () => {
    // The subscriber wants hits by instant email; by default they come in the daily digest.
    await api()
      .put('/api/v1/me/notification-preferences')
      .set(auth(subscriber))
      .send({ kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, inApp: 'instant', email: 'instant' })) })
      .expect(200);
    const webhook = await api()
      .post('/api/v1/webhooks')
      .set(auth(subscriber))
      .set('x-organization-id', subscriberOrg)
      .send({ url: receiver.url('/hits'), events: ['subscription-hit'] })
      .expect(201);
    webhookSecret = webhook.body.secret as string;
    hot = await api()
      .post('/api/v1/subscriptions')
      .set(auth(subscriber))
      .set('x-organization-id', subscriberOrg)
      .send({ name: '江苏热失控', q: '热失控 预警', regionCode: '320000' })
      .expect(201)
      .then((response) => response.body as Subscription);
    digestUser = await signUp(app);
    await subscribe(digestUser, { name: '热失控摘要', q: '热失控', kind: 'demand', regionCode: '320000' });
    sodiumUser = await signUp(app);
    sodium = await subscribe(sodiumUser, { name: '钠电', q: '钠离子', kind: 'demand' });
    pausedUser = await signUp(app);
    const paused = await subscribe(pausedUser, { name: '暂停的', q: '热失控' });
    await api()
      .patch(`/api/v1/subscriptions/${paused.id}`)
      .set(auth(pausedUser))
      .send({ active: false })
      .expect(200);
  });

  it('tells each matching subscriber once by their preferences and their organization’s signed webhook, a non-matching one nothing', async () => {
    const elsewhere = await createDemand(app, owner, ownerOrg, {
      title: '储能电站热失控预警系统',
      regionCode: '440305',
    });
    await publishDemand(app, owner, moderator, elsewhere);
    expect(await percolationOf(elsewhere)).toEqual({ outcome: 'matched', hits: 0 });

    const matching = await createDemand(app, owner, ownerOrg, {
      title: '动力电池热失控早期预警',
      description: '电动客车电池包需要提前预警热失控，可集成到现有电池管理系统。',
      regionCode: '320115',
    });
    await publishDemand(app, owner, moderator, matching);
    expect(await percolationOf(matching)).toEqual({ outcome: 'matched', hits: 2 });
    const [notification] = await eventually(async () => {
      const items = await notificationsOf(subscriber);
      expect(items).toHaveLength(1);
      return items;
    });
    expect(notification).toMatchObject({
      kind: 'subscription-hit',
      subjectType: 'demand',
      subjectId: matching,
      title: '订阅「江苏热失控」有新信息：动力电池热失控早期预警',
      link: `/demands/${matching}`,
    });
    const mail = await app.mailbox.waitFor(subscriber.email, '订阅更新');
    expect(mail.text).toContain(`${app.baseUrl}/demands/${matching}`);
    expect(mail.text).toContain('matches your saved search “江苏热失控”');
    const delivery = await eventually(async () => {
      expect(receiver.received).toHaveLength(1);
      return receiver.received[0]!;
    });
    expect(delivery.headers['x-duijie-event']).toBe('subscription-hit');
    expect(signatureIsValid(delivery, webhookSecret)).toBe(true);
    expect(JSON.parse(delivery.body)).toMatchObject({
      event: 'subscription-hit',
      data: {
        link: `${app.baseUrl}/demands/${matching}`,
        facts: { subscriptionId: hot.id, postingId: matching },
      },
    });
    // With the default preferences the hit waits for the daily digest: in-app now, no email yet.
    expect(await notificationsOf(digestUser)).toHaveLength(1);
    const [queued] = await app.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM digest_items d JOIN users u ON u.id = d.user_id WHERE u.email = $1`,
      [digestUser.email],
    );
    expect(queued!.count).toBe(1);
    expect(hitEmailsTo(digestUser.email)).toEqual([]);

    // A second run of the percolation and of the delivery tells nobody again.
    const queue = app.worker!.get<Queue>(getQueueToken(QueueName.Subscriptions), { strict: false });
    await queue.add(JobName.MatchSubscriptions, { demandId: matching }, { jobId: 'rerun-match' });
    const hits = { kind: 'demand', postingId: matching, subscriptionIds: [hot.id] };
    await queue.add(JobName.NotifySubscriptionHits, hits, { jobId: 'rerun-hit' });
    await completedJobResult(queue, 'rerun-match');
    expect(await completedJobResult(queue, 'rerun-hit')).toEqual({
      outcome: 'notified',
      inApp: 0,
      emailed: 0,
      digested: 0,
      webhooks: 0,
    });
    expect(receiver.received).toHaveLength(1);
    expect(await notificationsOf(subscriber)).toHaveLength(1);
    expect(hitEmailsTo(subscriber.email)).toHaveLength(1);
    expect(await notificationsOf(pausedUser)).toEqual([]);
    expect(await notificationsOf(sodiumUser)).toEqual([]);
    expect(hitEmailsTo(pausedUser.email)).toEqual([]);
  });

  it('shows a confidential posting by its teaser only, and never matches what it keeps back', async () => {
    const secret = await createDemand(app, owner, ownerOrg, {
      title: '某电池企业寻求安全技术',
      visibility: 'confidential',
      teaser: '储能电池热失控预警方向的合作',
      ndaText: '未经书面许可不得向第三方披露本需求的任何内容。',
      description: '绝密：钠离子电池配方与产线良率数据……',
      keywords: ['钠离子'],
      regionCode: '320115',
    });
    await publishDemand(app, owner, moderator, secret);
    // The teaser's words find the two 热失控 searches.
    expect(await percolationOf(secret)).toEqual({ outcome: 'matched', hits: 2 });
    const items = await eventually(async () => {
      const found = (await notificationsOf(subscriber)).filter((n) => n.subjectId === secret);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(items[0]!.body).toContain('储能电池热失控预警方向的合作');
    const mail = await eventually(async () => {
      const found = hitEmailsTo(subscriber.email).filter((m) => m.text.includes(secret));
      expect(found).toHaveLength(1);
      return found[0]!;
    });
    for (const text of [JSON.stringify(items), mail.text, mail.html]) {
      expect(text).not.toContain('绝密');
      expect(text).not.toContain('配方');
    }
    // The subscription for words only in the description and keywords hears nothing.
    expect(await notificationsOf(sodiumUser)).toEqual([]);
    expect(sodium.active).toBe(true);
  });
});

describe('a posting that hundreds of saved searches find', () => {
  /** More than one job's page of hits and one dispatch round of recipients: the batched path throughout. */
  const AUDIENCE = 450;

  it('tells every subscriber once, page by page, by each one’s preferences, however often it is percolated', async () => {
    // Odd-numbered subscribers want instant email; the others keep the default daily digest.
    await seedSubscribers('crowd', AUDIENCE, '锂硫电池 正极', 2);
    const demand = await createDemand(app, owner, ownerOrg, {
      title: '锂硫电池正极材料循环寿命提升',
      description: '锂硫电池正极的多硫化物穿梭效应导致容量衰减，寻求正极材料改性方案。',
    });
    await publishDemand(app, owner, moderator, demand);
    expect(await percolationOf(demand)).toEqual({ outcome: 'matched', hits: AUDIENCE });

    const told = async () => {
      const [counts] = await app.dataSource.query<{ inApp: number; users: number; digested: number }[]>(
        `SELECT (SELECT count(*)::int FROM notifications WHERE subject_id = $1 AND kind = 'subscription-hit') AS "inApp",
                (SELECT count(DISTINCT user_id)::int FROM notifications WHERE subject_id = $1 AND kind = 'subscription-hit') AS users,
                (SELECT count(*)::int FROM digest_items WHERE link = $2) AS digested`,
        [demand, `/demands/${demand}`],
      );
      const emails = subscriberMails(demand);
      return { ...counts!, emailed: emails.length, emailedTo: new Set(emails.map((mail) => mail.to)).size };
    };
    const expected = {
      inApp: AUDIENCE,
      users: AUDIENCE,
      digested: AUDIENCE / 2,
      emailed: AUDIENCE / 2,
      emailedTo: AUDIENCE / 2,
    };
    await eventually(async () => expect(await told()).toEqual(expected));

    // The percolation again: the same pages, and every delivery already written or claimed.
    const queue = app.worker!.get<Queue>(getQueueToken(QueueName.Subscriptions), { strict: false });
    await queue.add(JobName.MatchSubscriptions, { demandId: demand }, { jobId: 'crowd-again' });
    await eventually(async () =>
      expect(await (await queue.getJob('crowd-again'))!.getState()).toBe('completed'),
    );
    const pages = await queue.getJobs(['completed']);
    const pagesOf = pages.filter((job) => job.parent?.id === 'crowd-again');
    expect(pagesOf.map((job) => job.data.subscriptionIds.length).sort((a, b) => a - b)).toEqual([
      50, 200, 200,
    ]);
    expect(await told()).toEqual(expected);
  });
});

describe('a fan-out whose pages Redis loses', () => {
  /** More pages than the worker runs at once, so some are still waiting when Redis loses them. */
  const AUDIENCE = 1_000;

  it('is replayed from its outbox row and tells every subscriber exactly once', async () => {
    await seedSubscribers('lost', AUDIENCE, '钙钛矿 叠层', 1);
    const release = app.mailbox.hold();
    try {
      const demand = await createDemand(app, owner, ownerOrg, {
        title: '钙钛矿叠层电池稳定性提升',
        description: '钙钛矿晶硅叠层电池在湿热环境下效率衰减，寻求封装与界面钝化方案。',
      });
      await publishDemand(app, owner, moderator, demand);
      const [event] = await app.dataSource.query<{ id: string }[]>(
        `SELECT id FROM outbox_events WHERE type = $1 AND payload->>'demandId' = $2`,
        [EventType.DemandPublished, demand],
      );
      const queue = app.worker!.get<Queue>(getQueueToken(QueueName.Subscriptions), { strict: false });
      const percolation = outboxJobId(JobName.MatchSubscriptions, event!.id);
      // The percolation is done and its first pages are stuck mid-send; the rest wait their turn.
      await eventually(async () => {
        expect(await queue.getJobState(percolation)).toMatch(/waiting-children|completed/);
        expect(app.mailbox.messages.filter((mail) => mail.to.startsWith('lost-'))).toEqual([]);
        const [sending] = await app.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM email_deliveries WHERE dedupe_key LIKE $1 AND status = 'sending'`,
          [`subscription:%:${demand.replaceAll('-', '')}:%`],
        );
        expect(sending!.n).toBeGreaterThan(0);
      });
      await forgetEverythingInRedis(app);
      release();

      // Past the reconciler's grace period, as if the outage had lasted that long.
      await app.dataSource.query(
        `UPDATE outbox_events SET dispatched_at = now() - interval '1 hour' WHERE id = $1`,
        [event!.id],
      );
      const reconciler = app.worker!.get(OutboxReconciler);
      await eventually(async () => {
        await reconciler.reconcile();
        const [row] = await app.dataSource.query<{ pending: string[] }[]>(
          `SELECT pending_jobs AS pending FROM outbox_events WHERE id = $1`,
          [event!.id],
        );
        expect(row!.pending).toEqual([]);
      }, 60_000);
      // The sends held when Redis lost their jobs finish under their claims; the replay sent the rest.
      await eventually(async () => {
        const [told] = await app.dataSource.query<{ inApp: number; users: number; sent: number }[]>(
          `SELECT (SELECT count(*)::int FROM notifications WHERE subject_id = $1 AND kind = 'subscription-hit') AS "inApp",
                  (SELECT count(DISTINCT user_id)::int FROM notifications WHERE subject_id = $1 AND kind = 'subscription-hit') AS users,
                  (SELECT count(*)::int FROM email_deliveries WHERE dedupe_key LIKE $2 AND status = 'sent') AS sent`,
          [demand, `subscription:%:${demand.replaceAll('-', '')}:%`],
        );
        expect(told).toEqual({ inApp: AUDIENCE, users: AUDIENCE, sent: AUDIENCE });
      });
      const mails = subscriberMails(demand);
      expect({ mails: mails.length, recipients: new Set(mails.map((mail) => mail.to)).size }).toEqual({
        mails: AUDIENCE,
        recipients: AUDIENCE,
      });
    } finally {
      release();
    }
  }, 120_000);
});

/**
 * `count` users `<prefix>-<i>@example.com`, each with a saved search for `query` on demands, straight into
 * the tables (signing hundreds up over HTTP would only slow the test); every `instantEvery`-th of them
 * (1: all) wants instant email, the others keep the default daily digest.
 */
async function seedSubscribers(prefix: string, count: number, query: string, instantEvery: number) {
  await app.dataSource.query(
    `INSERT INTO users (email, name, password_hash)
     SELECT $1 || '-' || i || '@example.com', '订阅者' || i, '!' FROM generate_series(1, $2) i`,
    [prefix, count],
  );
  const ours = `email LIKE $1 || '-%@example.com'`;
  await app.dataSource.query(
    `INSERT INTO subscriptions (user_id, name, query, kind, filters)
     SELECT id, $2, $2, 'demand', '{}' FROM users WHERE ${ours}`,
    [prefix, query],
  );
  await app.dataSource.query(
    `INSERT INTO notification_preferences (user_id, kind, channel, mode)
     SELECT id, 'subscription-hit', 'email', 'instant' FROM users
      WHERE ${ours} AND split_part(split_part(email, '@', 1), '-', 2)::int % $2 = 1 % $2`,
    [prefix, instantEvery],
  );
}
