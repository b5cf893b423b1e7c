import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_MODES, NOTIFICATION_KINDS } from '#notifications';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import http from 'node:http';
import request from 'supertest';
import { JobName, QueueName } from '#queue';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { BATTERY_ACHIEVEMENT, batteryDemand } from '../support/battery-match.js';
import { CATALOGUE_KINDS } from '../support/catalogue.js';
import { createDemand, publishDemand, signUp, type Party, type SignedInUser } from '../support/http.js';
import { moderatorOf, party, publishedPosting } from '../support/factories.js';
import { completedJobResult } from '../support/jobs.js';
import { eventually } from '../support/search.js';

/**
 * New matches notify both parties: an in-app notification and one email per recipient (the candidate
 * posting's organization, the expert who claimed an expert posting, the demand's owners), never twice
 * under retries or edits; each user reads and marks only their own.
 */
let app: TestApp;
let moderator: SignedInUser;
let enterprise: Party;
let university: Party;
let society: Party;
let expertUser: SignedInUser;
let stranger: SignedInUser;
let demandId: string;
let achievementId: string;
let expertId: string;

interface NotificationItem {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  title: string;
  body: string;
  link: string;
  readAt: string | null;
}

const api = () => request(app.baseUrl);
const auth = (user: SignedInUser) => ({ Authorization: `Bearer ${user.token}` });

async function notificationsOf(user: SignedInUser, lang = 'zh-CN'): Promise<NotificationItem[]> {
  const response = await api()
    .get('/api/v1/notifications')
    .set(auth(user))
    .set('accept-language', lang)
    .expect(200);
  return (response.body as { items: NotificationItem[] }).items;
}

/**
 * Owners hear in-app of their postings' moderation (issue 16); these users' lists and counts are about
 * match notices, so that kind is off in-app for them (its own tests are in access-requests.e2e-spec.ts).
 */
async function withoutModerationNotices(user: SignedInUser): Promise<void> {
  const kinds = NOTIFICATION_KINDS.map((kind) => ({
    kind,
    ...DEFAULT_MODES[kind],
    ...(kind === 'moderation-decided' ? { inApp: 'off' } : {}),
  }));
  await api().put('/api/v1/me/notification-preferences').set(auth(user)).send({ kinds }).expect(200);
}

async function unreadOf(user: SignedInUser): Promise<number> {
  const response = await api().get('/api/v1/notifications/unread-count').set(auth(user)).expect(200);
  return (response.body as { unread: number }).unread;
}

const matchEmailsTo = (email: string) =>
  app.mailbox.messages.filter((mail) => mail.to.includes(email) && mail.subject.includes('新的匹配'));

async function matchIdOf(candidateId: string): Promise<string> {
  const [row] = await app.dataSource.query<{ id: string }[]>(
    `SELECT id FROM matches WHERE source_id = $1 AND candidate_id = $2`,
    [demandId, candidateId],
  );
  return row!.id;
}

beforeAll(async () => {
  app = await startTestApp();
  moderator = await moderatorOf(app);
  enterprise = await party(app, 'enterprise');
  university = await party(app, 'university');
  society = await party(app, CATALOGUE_KINDS.expert.ownerType);
  for (const owner of [enterprise, university, society]) await withoutModerationNotices(owner.user);
  expertUser = await signUp(app);
  stranger = await signUp(app);

  achievementId = (
    await publishedPosting(app, 'achievement', { owner: university, body: BATTERY_ACHIEVEMENT })
  ).id;
  expertId = (
    await publishedPosting(app, 'expert', {
      owner: society,
      body: {
        email: expertUser.email,
        keywords: ['动力电池', '热失控', '预警'],
      },
    })
  ).id;

  // The expert claims the profile through the emailed link, as in production.
  const invitation = await api()
    .post(`/api/v1/experts/${expertId}/claim-invitations`)
    .set(auth(society.user))
    .expect(201);
  const mail = await app.mailbox.waitFor(expertUser.email, '认领');
  const token = new URL(/http:\/\/\S+\/experts\/claim\S+/.exec(mail.text)![0]).searchParams.get('token')!;
  await api()
    .post('/api/v1/experts/claims')
    .set(auth(expertUser))
    .send({ claimId: invitation.body.id, token })
    .expect(200);

  demandId = await createDemand(app, enterprise.user, enterprise.org, batteryDemand('动力电池热失控预警'));
  await publishDemand(app, enterprise.user, moderator, demandId);
});

afterAll(async () => {
  await app.close();
});

describe('a fitting demand is published', () => {
  it('notifies the achievement’s university and the claimed expert in-app and by one email each', async () => {
    const forUniversity = await eventually(async () => {
      const items = await notificationsOf(university.user);
      expect(items).toHaveLength(1);
      return items[0]!;
    });
    const achievementMatch = await matchIdOf(achievementId);
    const expertMatch = await matchIdOf(expertId);
    // Every party lands on the match itself, where its reasons and their actions are.
    expect(forUniversity).toMatchObject({
      kind: 'match-found',
      subjectType: 'match',
      subjectId: achievementMatch,
      title: '新的匹配：动力电池热失控预警',
      link: `/matches/${achievementMatch}`,
      readAt: null,
    });
    expect(forUniversity.body).toMatch(/匹配度 \d+%/);
    const [english] = await notificationsOf(university.user, 'en');
    expect(english!.title).toBe('New match: 动力电池热失控预警');

    const forExpert = await eventually(async () => {
      const items = await notificationsOf(expertUser);
      expect(items).toHaveLength(1);
      return items[0]!;
    });
    expect(forExpert).toMatchObject({ subjectId: expertMatch, link: `/matches/${expertMatch}` });

    // The demand's owner hears about both, each with the other side's title and its own match.
    const forEnterprise = await eventually(async () => {
      const items = await notificationsOf(enterprise.user);
      expect(items).toHaveLength(2);
      return items;
    });
    expect(forEnterprise.map((n) => n.link).sort()).toEqual(
      [`/matches/${achievementMatch}`, `/matches/${expertMatch}`].sort(),
    );
    const titleOf = (matchId: string) => forEnterprise.find((n) => n.subjectId === matchId)?.title;
    expect(titleOf(achievementMatch)).toBe(`新的匹配：${BATTERY_ACHIEVEMENT.title}`);
    expect(titleOf(expertMatch)).toBe('新的匹配：张建国（中国汽车技术研究中心）');

    const mail = await app.mailbox.waitFor(university.user.email, '新的匹配');
    expect(mail.subject).toBe('新的匹配 | New match: 动力电池热失控预警');
    expect(mail.text).toContain(`${app.baseUrl}/matches/${achievementMatch}`);
    expect(mail.text).toContain('Why:');
    await app.mailbox.waitFor(expertUser.email, '新的匹配');
    await eventually(async () => expect(matchEmailsTo(enterprise.user.email)).toHaveLength(2));
    expect(matchEmailsTo(university.user.email)).toHaveLength(1);
    expect(matchEmailsTo(expertUser.email)).toHaveLength(1);
  });
});

describe('retries and edits', () => {
  it('a re-run of the same notify job writes and sends nothing new', async () => {
    const matchId = await matchIdOf(achievementId);
    const queue = app.worker!.get<Queue>(getQueueToken(QueueName.Notifications), { strict: false });
    for (const jobId of ['rerun-a', 'rerun-b']) {
      await queue.add(JobName.NotifyMatch, { matchId }, { jobId });
      const result = await completedJobResult(queue, jobId);
      expect(result).toEqual({ outcome: 'notified', inApp: 0, emailed: 0, digested: 0, webhooks: 0 });
    }
    expect(await notificationsOf(university.user)).toHaveLength(1);
    expect(matchEmailsTo(university.user.email)).toHaveLength(1);
  });

  it('an edit that barely moves the score does not notify again', async () => {
    const matchId = await matchIdOf(achievementId);
    const [before] = await app.dataSource.query<{ updated_at: Date }[]>(
      `SELECT updated_at FROM matches WHERE id = $1`,
      [matchId],
    );
    await api()
      .patch(`/api/v1/demands/${demandId}`)
      .set(auth(enterprise.user))
      .send({ budgetMaxWan: 130 })
      .expect(200);
    // The re-score and its notify decision commit together: once the row moved, the outbox is final.
    await eventually(async () => {
      const [after] = await app.dataSource.query<{ updated_at: Date }[]>(
        `SELECT updated_at FROM matches WHERE id = $1`,
        [matchId],
      );
      expect(after!.updated_at.getTime()).toBeGreaterThan(before!.updated_at.getTime());
    });
    const events = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox_events WHERE type = 'match.found' AND payload->>'matchId' = $1`,
      [matchId],
    );
    expect(events[0]!.n).toBe(1);
    expect(await notificationsOf(university.user)).toHaveLength(1);
    expect(matchEmailsTo(university.user.email)).toHaveLength(1);
  });
});

/** The first `count` `unread` events of the caller's stream, then the connection is closed. */
function unreadEvents(user: SignedInUser, count: number, during: () => Promise<void>): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const seen: number[] = [];
    const req = http.get(`${app.baseUrl}/api/v1/notifications/stream`, { headers: auth(user) }, (res) => {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (const match of buffer.matchAll(/event: unread\ndata: (.+)\n\n/g)) {
          seen.push((JSON.parse(match[1]!) as { unread: number }).unread);
          if (seen.length === 1) during().catch(reject);
          if (seen.length === count) {
            req.destroy();
            resolve(seen);
          }
        }
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
      });
    });
    req.on('error', (error) => {
      if (seen.length < count) reject(error);
    });
  });
}

describe('reading notifications', () => {
  it('counts unread ones, marks one or all read, and streams the count as it changes', async () => {
    expect(await unreadOf(university.user)).toBe(1);
    const [item] = await notificationsOf(university.user);
    const read = await api()
      .post(`/api/v1/notifications/${item!.id}/read`)
      .set(auth(university.user))
      .expect(200);
    expect(read.body.readAt).not.toBeNull();
    expect(await unreadOf(university.user)).toBe(0);

    const counts = await unreadEvents(enterprise.user, 2, async () => {
      await api().post('/api/v1/notifications/read-all').set(auth(enterprise.user)).expect(200);
    });
    expect(counts).toEqual([2, 0]);
    expect(await unreadOf(enterprise.user)).toBe(0);
    expect(await unreadOf(expertUser)).toBe(1);
  });

  it('pages newest first', async () => {
    const first = await api().get('/api/v1/notifications?limit=1').set(auth(enterprise.user)).expect(200);
    expect(first.body.items).toHaveLength(1);
    const second = await api()
      .get(`/api/v1/notifications?limit=1&before=${first.body.nextBefore}`)
      .set(auth(enterprise.user))
      .expect(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextBefore).toBeNull();
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(new Date(second.body.items[0].createdAt).getTime()).toBeLessThanOrEqual(
      new Date(first.body.items[0].createdAt).getTime(),
    );
  });

  it('shows another user none of them: empty list, zero unread, 404 on their ids', async () => {
    expect(await notificationsOf(stranger)).toEqual([]);
    expect(await unreadOf(stranger)).toBe(0);
    const [theirs] = await notificationsOf(expertUser);
    await api().post(`/api/v1/notifications/${theirs!.id}/read`).set(auth(stranger)).expect(404);
    await api().post(`/api/v1/notifications/${theirs!.id}/read`).set(auth(university.user)).expect(404);
    expect(await unreadOf(expertUser)).toBe(1);
    await api().get('/api/v1/notifications').expect(401);
  });
});

describe('a clearly improved match', () => {
  it('is a new notification and a new email, once', async () => {
    const matchId = await matchIdOf(expertId);
    // As if the parties had been told about a score 0.2 lower: the next re-score beats it by more than 0.1.
    await app.dataSource.query(
      `UPDATE matches SET notified_score = score - 0.2, notified_at = notified_at - interval '1 day' WHERE id = $1`,
      [matchId],
    );
    await api()
      .patch(`/api/v1/demands/${demandId}`)
      .set(auth(enterprise.user))
      .send({ budgetMaxWan: 140 })
      .expect(200);
    const items = await eventually(async () => {
      const mine = await notificationsOf(expertUser);
      expect(mine).toHaveLength(2);
      return mine;
    });
    expect(items.map((n) => n.subjectId)).toEqual([matchId, matchId]);
    await eventually(async () => expect(matchEmailsTo(expertUser.email)).toHaveLength(2));
    const [{ n }] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox_events WHERE type = 'match.found' AND payload->>'matchId' = $1`,
      [matchId],
    );
    expect(n).toBe(2);
  });
});
