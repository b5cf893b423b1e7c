import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ConversationService } from '#conversations';
import { inTransaction } from '#database';
import { JobName, QueueName } from '#queue';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { createPosting, publishPosting } from '../support/catalogue.js';
import {
  createDemand,
  createOrganization,
  grantPlatformRole,
  publishDemand,
  signUp,
  type SignedInUser,
} from '../support/http.js';
import { BATTERY_DEMAND, matchBetween } from '../support/battery-match.js';
import { completedJobResult } from '../support/jobs.js';
import { eventually } from '../support/search.js';

/**
 * Contacting a match opens one conversation between the two organizations (whoever contacts, however
 * often); both sides write, read and mark it read; the other side hears of each message once in-app and
 * once by email, the author's side not at all; anyone else finds nothing.
 */
type Role =
  | 'anonymous'
  | 'sourceOwner'
  | 'sourceMember'
  | 'candidateOwner'
  | 'outsider'
  | 'moderator'
  | 'platformAdmin';
const ROLES: Role[] = [
  'anonymous',
  'sourceOwner',
  'sourceMember',
  'candidateOwner',
  'outsider',
  'moderator',
  'platformAdmin',
];

let app: TestApp;
const users = {} as Record<Exclude<Role, 'anonymous'>, SignedInUser>;
let enterpriseOrg: string;
let universityOrg: string;
let matchId: string;
let conversationId: string;

interface Conversation {
  id: string;
  matchId: string | null;
  subject: string;
  counterpart: { id: string; name: string };
  organization: { id: string; name: string };
  unread: number;
  lastMessage: { body: string; authorOrganization: { id: string } } | null;
  canPost: boolean;
  match?: { id: string; candidateType: string; status: string } | null;
}
interface Message {
  id: string;
  body: string;
  mine: boolean;
  authorName: string | null;
  authorOrganization: { id: string; name: string };
}

const api = () => request(app.baseUrl);
const auth = (user: SignedInUser) => ({ Authorization: `Bearer ${user.token}` });

const messageEmailsTo = (email: string) =>
  app.mailbox.messages.filter((mail) => mail.to.includes(email) && mail.subject.includes('新消息'));

async function messageNotificationsOf(user: SignedInUser): Promise<{ title: string; link: string }[]> {
  const response = await api().get('/api/v1/notifications').set(auth(user)).expect(200);
  return (response.body as { items: { kind: string; title: string; link: string }[] }).items.filter(
    (item) => item.kind === 'message-received',
  );
}

async function conversationsOf(user: SignedInUser): Promise<Conversation[]> {
  return (await api().get('/api/v1/conversations').set(auth(user)).expect(200)).body as Conversation[];
}

async function post(user: SignedInUser, body: string): Promise<Message> {
  return (
    await api()
      .post(`/api/v1/conversations/${conversationId}/messages`)
      .set(auth(user))
      .send({ body })
      .expect(201)
  ).body as Message;
}

async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await app.dataSource.query<Record<string, number>[]>(
    `SELECT (SELECT count(*) FROM conversations)::int AS conversations,
            (SELECT count(*) FROM messages)::int AS messages,
            (SELECT count(*) FROM conversation_reads)::int AS reads`,
  );
  return row!;
}

beforeAll(async () => {
  app = await startTestApp();
  for (const role of ROLES.filter((r): r is Exclude<Role, 'anonymous'> => r !== 'anonymous'))
    users[role] = await signUp(app);
  await grantPlatformRole(app, users.moderator, 'moderator');
  await grantPlatformRole(app, users.platformAdmin, 'admin');
  enterpriseOrg = await createOrganization(app, users.sourceOwner, { type: 'enterprise' });
  universityOrg = await createOrganization(app, users.candidateOwner, { type: 'university' });
  await createOrganization(app, users.outsider, { type: 'enterprise' });
  await app.dataSource.query(
    `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
    [enterpriseOrg, users.sourceMember.id],
  );

  const achievementId = await createPosting(app, 'achievement', users.candidateOwner, universityOrg, {
    title: '锂离子电池热失控早期预警技术',
    abstract: '基于特征气体传感与电化学阻抗在线监测，提前 10 分钟以上预警电池包热失控。',
    fields: ['EV-BATTERY'],
    keywords: ['热失控', '电池管理系统'],
    trl: 7,
    priceWan: 80,
    regionCode: '320111',
  });
  await publishPosting(app, 'achievement', users.candidateOwner, users.moderator, achievementId);
  const demandId = await createDemand(app, users.sourceOwner, enterpriseOrg, BATTERY_DEMAND);
  await publishDemand(app, users.sourceOwner, users.moderator, demandId);
  matchId = await matchBetween(app, demandId, achievementId);
});

afterAll(async () => {
  await app.close();
});

describe('contacting a match', () => {
  it('opens one thread with the first message, whoever contacts and however often', async () => {
    const first = await api()
      .post(`/api/v1/matches/${matchId}/contact`)
      .set(auth(users.sourceOwner))
      .send({ message: '您好，我们对贵校的热失控预警技术很感兴趣，能否约时间交流？' })
      .expect(200);
    expect(first.body).toMatchObject({ id: matchId, status: 'contacted', candidateType: 'achievement' });
    conversationId = first.body.conversationId as string;
    expect(conversationId).toEqual(expect.any(String));

    // Both sides at once, as when two people press 联系 in the same second.
    const [again, otherSide] = await Promise.all([
      api().post(`/api/v1/matches/${matchId}/contact`).set(auth(users.sourceMember)).expect(200),
      api().post(`/api/v1/matches/${matchId}/contact`).set(auth(users.candidateOwner)).send({}).expect(200),
    ]);
    expect([again.body.conversationId, otherSide.body.conversationId]).toEqual([
      conversationId,
      conversationId,
    ]);
    expect(await rowCounts()).toMatchObject({ conversations: 1, messages: 1 });

    const detail = (
      await api().get(`/api/v1/conversations/${conversationId}`).set(auth(users.candidateOwner)).expect(200)
    ).body as Conversation;
    expect(detail).toMatchObject({
      id: conversationId,
      matchId,
      subject: '动力电池热失控预警 ↔ 锂离子电池热失控早期预警技术',
      organization: { id: universityOrg },
      counterpart: { id: enterpriseOrg },
      unread: 1,
      canPost: true,
      match: { id: matchId, candidateType: 'demand', status: 'contacted' },
    });
  });

  it('tells the other side once in-app and once by email, and the author’s side not at all', async () => {
    await eventually(async () => expect(messageEmailsTo(users.candidateOwner.email)).toHaveLength(1));
    const [notification] = await messageNotificationsOf(users.candidateOwner);
    expect(notification).toMatchObject({ link: `/conversations/${conversationId}` });
    expect(notification!.title).toContain('发来新消息');
    expect(messageEmailsTo(users.candidateOwner.email)[0]!.text).toContain('能否约时间交流');
    expect(await messageNotificationsOf(users.sourceOwner)).toEqual([]);
    expect(messageEmailsTo(users.sourceOwner.email)).toEqual([]);
  });
});

describe('writing in the thread', () => {
  it('lets both sides write; each side sees its own messages as mine and the unread count of the other’s', async () => {
    const reply = await post(users.candidateOwner, '可以，下周二下午方便吗？');
    expect(reply).toMatchObject({ mine: true, authorOrganization: { id: universityOrg } });
    await post(users.sourceMember, '下周二可以，我们到贵校拜访。');

    const [forEnterprise] = await conversationsOf(users.sourceOwner);
    expect(forEnterprise).toMatchObject({
      id: conversationId,
      counterpart: { id: universityOrg },
      unread: 1,
      lastMessage: { body: '下周二可以，我们到贵校拜访。', authorOrganization: { id: enterpriseOrg } },
    });
    const [forUniversity] = await conversationsOf(users.candidateOwner);
    expect(forUniversity).toMatchObject({ counterpart: { id: enterpriseOrg }, unread: 2 });

    const page = await api()
      .get(`/api/v1/conversations/${conversationId}/messages`)
      .set(auth(users.sourceOwner))
      .query({ limit: 2 })
      .expect(200);
    expect((page.body.items as Message[]).map((m) => [m.body, m.mine])).toEqual([
      ['下周二可以，我们到贵校拜访。', true],
      ['可以，下周二下午方便吗？', false],
    ]);
    const older = await api()
      .get(`/api/v1/conversations/${conversationId}/messages`)
      .set(auth(users.sourceOwner))
      .query({ limit: 2, before: page.body.nextBefore as string })
      .expect(200);
    expect((older.body.items as Message[]).map((m) => m.body)).toEqual([
      '您好，我们对贵校的热失控预警技术很感兴趣，能否约时间交流？',
    ]);
    expect(older.body.nextBefore).toBeNull();
  });

  it('marks the thread read for the whole organization', async () => {
    const read = await api()
      .post(`/api/v1/conversations/${conversationId}/read`)
      .set(auth(users.candidateOwner))
      .expect(200);
    expect(read.body).toMatchObject({ unread: 0 });
    expect((await conversationsOf(users.candidateOwner))[0]!.unread).toBe(0);
    expect((await conversationsOf(users.sourceOwner))[0]!.unread).toBe(1);
  });

  it('tells each message to the other side’s members only, once each', async () => {
    // The enterprise's member wrote the second message: the university hears of it, the enterprise not.
    await eventually(async () =>
      expect(
        [users.candidateOwner, users.sourceOwner, users.sourceMember].map(
          (user) => messageEmailsTo(user.email).length,
        ),
      ).toEqual([2, 1, 1]),
    );
    expect(await messageNotificationsOf(users.sourceOwner)).toHaveLength(1);
    expect(await messageNotificationsOf(users.sourceMember)).toHaveLength(1);
    expect(await messageNotificationsOf(users.candidateOwner)).toHaveLength(2);
    for (const role of ['outsider', 'moderator', 'platformAdmin'] as const) {
      expect(await messageNotificationsOf(users[role])).toEqual([]);
      expect(messageEmailsTo(users[role].email)).toEqual([]);
    }
  });

  it('a re-run of a message’s notify job writes and sends nothing new', async () => {
    const [first] = await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM messages WHERE conversation_id = $1 ORDER BY created_at LIMIT 1`,
      [conversationId],
    );
    const queue = app.worker!.get<Queue>(getQueueToken(QueueName.Notifications), { strict: false });
    await queue.add(JobName.NotifyMessage, { messageId: first!.id }, { jobId: 'message-rerun' });
    const result = await completedJobResult(queue, 'message-rerun');
    expect(result).toEqual({ outcome: 'notified', inApp: 0, emailed: 0, digested: 0, webhooks: 0 });
    expect(messageEmailsTo(users.candidateOwner.email)).toHaveLength(2);
    expect(await messageNotificationsOf(users.candidateOwner)).toHaveLength(2);
  });
});

/** Status per role for each route; anyone outside the two organizations finds nothing (404). */
const ROUTES: { name: string; send: () => request.Test; expected: Record<Role, number> }[] = [
  {
    name: 'GET /conversations/{id}',
    send: () => api().get(`/api/v1/conversations/${conversationId}`),
    expected: {
      anonymous: 401,
      sourceOwner: 200,
      sourceMember: 200,
      candidateOwner: 200,
      outsider: 404,
      moderator: 404,
      platformAdmin: 200,
    },
  },
  {
    name: 'GET /conversations/{id}/messages',
    send: () => api().get(`/api/v1/conversations/${conversationId}/messages`),
    expected: {
      anonymous: 401,
      sourceOwner: 200,
      sourceMember: 200,
      candidateOwner: 200,
      outsider: 404,
      moderator: 404,
      platformAdmin: 200,
    },
  },
  {
    name: 'POST /conversations/{id}/messages',
    send: () => api().post(`/api/v1/conversations/${conversationId}/messages`).send({ body: '矩阵测试消息' }),
    expected: {
      anonymous: 401,
      sourceOwner: 201,
      sourceMember: 201,
      candidateOwner: 201,
      outsider: 404,
      moderator: 404,
      platformAdmin: 403,
    },
  },
  {
    name: 'POST /conversations/{id}/read',
    send: () => api().post(`/api/v1/conversations/${conversationId}/read`),
    expected: {
      anonymous: 401,
      sourceOwner: 200,
      sourceMember: 200,
      candidateOwner: 200,
      outsider: 404,
      moderator: 404,
      platformAdmin: 403,
    },
  },
  {
    name: 'POST /matches/{id}/contact',
    send: () => api().post(`/api/v1/matches/${matchId}/contact`),
    expected: {
      anonymous: 401,
      sourceOwner: 200,
      sourceMember: 200,
      candidateOwner: 200,
      outsider: 404,
      moderator: 404,
      platformAdmin: 404,
    },
  },
];

describe.each(ROUTES)('$name', (route) => {
  it.each(ROLES)('as %s', async (role) => {
    const call = route.send();
    const response = role === 'anonymous' ? await call : await call.set(auth(users[role]));
    expect({ role, status: response.status }).toEqual({ role, status: route.expected[role] });
    if (response.status >= 400)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('GET /conversations', () => {
  it('lists the thread for both organizations’ members and for nobody else', async () => {
    for (const role of ['sourceOwner', 'sourceMember', 'candidateOwner'] as const)
      expect((await conversationsOf(users[role])).map((c) => c.id)).toEqual([conversationId]);
    for (const role of ['outsider', 'moderator', 'platformAdmin'] as const)
      expect(await conversationsOf(users[role])).toEqual([]);
    await api().get('/api/v1/conversations').expect(401);
  });

  it('lists only the acting organization’s threads when X-Organization-Id names one', async () => {
    const own = await createOrganization(app, users.candidateOwner, { type: 'enterprise' });
    const response = await api()
      .get('/api/v1/conversations')
      .set(auth(users.candidateOwner))
      .set('x-organization-id', own)
      .expect(200);
    expect(response.body).toEqual([]);
  });

  it('shows a platform admin the thread read-only', async () => {
    const detail = (
      await api().get(`/api/v1/conversations/${conversationId}`).set(auth(users.platformAdmin)).expect(200)
    ).body as Conversation;
    expect(detail).toMatchObject({ canPost: false, unread: 0, organization: { id: enterpriseOrg } });
  });
});

describe('bad input', () => {
  const CASES: { name: string; send: () => request.Test; status: number; field?: string }[] = [
    {
      name: 'an empty message',
      send: () => api().post(`/api/v1/conversations/${conversationId}/messages`).send({ body: '   ' }),
      status: 400,
      field: 'body',
    },
    {
      name: 'a missing message',
      send: () => api().post(`/api/v1/conversations/${conversationId}/messages`).send({}),
      status: 400,
      field: 'body',
    },
    {
      name: 'a message over 5000 characters',
      send: () =>
        api()
          .post(`/api/v1/conversations/${conversationId}/messages`)
          .send({ body: '长'.repeat(5001) }),
      status: 400,
      field: 'body',
    },
    {
      name: 'a number for a message',
      send: () => api().post(`/api/v1/conversations/${conversationId}/messages`).send({ body: 42 }),
      status: 400,
      field: 'body',
    },
    {
      name: 'an unknown field',
      send: () =>
        api()
          .post(`/api/v1/conversations/${conversationId}/messages`)
          .send({ body: '你好', authorOrganizationId: randomUUID() }),
      status: 400,
      field: 'authorOrganizationId',
    },
    {
      name: 'a first message over 5000 characters on contact',
      send: () =>
        api()
          .post(`/api/v1/matches/${matchId}/contact`)
          .send({ message: 'x'.repeat(5001) }),
      status: 400,
      field: 'message',
    },
    {
      name: 'a page size of 0',
      send: () => api().get(`/api/v1/conversations/${conversationId}/messages`).query({ limit: 0 }),
      status: 400,
      field: 'limit',
    },
    {
      name: 'a cursor that is not an id',
      send: () => api().get(`/api/v1/conversations/${conversationId}/messages`).query({ before: 'latest' }),
      status: 400,
      field: 'before',
    },
    {
      name: 'a conversation id that is not a UUID',
      send: () => api().post('/api/v1/conversations/not-a-uuid/messages').send({ body: '你好' }),
      status: 404,
    },
    {
      name: 'an unknown conversation',
      send: () => api().post(`/api/v1/conversations/${randomUUID()}/read`),
      status: 404,
    },
  ];

  it.each(CASES)('refuses $name with a problem, changing nothing', async ({ send, status, field }) => {
    const before = await rowCounts();
    const response = await send().set(auth(users.sourceOwner));
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    if (field) expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await rowCounts()).toEqual(before);
  });

  it('explains the field error in zh-CN or en by Accept-Language', async () => {
    const send = (lang: string) =>
      api()
        .post(`/api/v1/conversations/${conversationId}/messages`)
        .set(auth(users.sourceOwner))
        .set('accept-language', lang)
        .send({ body: '' })
        .expect(400);
    const zh = await send('zh-CN');
    const en = await send('en');
    expect(zh.body.detail).toBe('提交的内容有误，请检查标出的字段');
    expect(en.body.detail).toBe('Some fields are invalid; see the marked fields');
    expect(zh.body.errors[0].message).not.toBe(en.body.errors[0].message);
  });

  it('never answers a generated message body with a 5xx, and a refused one writes nothing', async () => {
    const body = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.string({ unit: 'grapheme', minLength: 4990, maxLength: 5010 }),
      fc.constantFrom('\u0000', '<script>alert(1)</script>', "'; DROP TABLE messages; --", ''),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const before = await rowCounts();
        const response = await api()
          .post(`/api/v1/conversations/${conversationId}/messages`)
          .set(auth(users.sourceOwner))
          .send({ body: value });
        expect(response.status).toBeLessThan(500);
        const after = await rowCounts();
        expect(after.messages - before.messages).toBe(response.status === 201 ? 1 : 0);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a thread about another subject (how events will open meeting requests)', () => {
  it('opens a new thread between two organizations each time, read by their members without a match', async () => {
    const asking = await createOrganization(app, users.outsider, { type: 'enterprise' });
    const asked = await createOrganization(app, users.candidateOwner, { type: 'university' });
    const conversations = app.api.get(ConversationService);
    const open = () =>
      inTransaction(app.dataSource, (manager) =>
        conversations.open(manager, {
          sourceOrganizationId: asking,
          candidateOrganizationId: asked,
          subject: '会议邀约：固态电池',
          by: { userId: users.outsider.id, organizationId: asking, message: '周三见？' },
        }),
      );
    const first = await open();
    expect(await open()).not.toBe(first);
    const detail = (
      await api().get(`/api/v1/conversations/${first}`).set(auth(users.candidateOwner)).expect(200)
    ).body as Conversation;
    expect(detail).toMatchObject({
      matchId: null,
      match: null,
      subject: '会议邀约：固态电池',
      organization: { id: asked },
      counterpart: { id: asking },
      unread: 1,
      lastMessage: { body: '周三见？', authorOrganization: { id: asking } },
    });
    await api().get(`/api/v1/conversations/${first}`).set(auth(users.sourceOwner)).expect(404);
  });
});
