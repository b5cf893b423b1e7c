import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { digestDate } from '#notifications';
import { digestJobId, JobName, outboxJobId, QueueName } from '#queue';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { BATTERY_ACHIEVEMENT, batteryDemand } from '../support/battery-match.js';
import { createDemand, publishDemand, signUp, type Party, type SignedInUser } from '../support/http.js';
import { moderatorOf, party, publishedPosting } from '../support/factories.js';
import { completedJobResult } from '../support/jobs.js';
import { eventually } from '../support/search.js';

/**
 * Each user decides per kind of event and channel how they hear: in-app or not, email at once, in a
 * daily digest or never. The worker follows the choice for every match it tells, digests go out once a
 * day and once only, and every notification email carries a working, unforgeable unsubscribe link.
 */
let app: TestApp;
let moderator: SignedInUser;
let enterprise: Party;
let university: Party;
let stranger: SignedInUser;
let achievementId: string;

interface KindPreference {
  kind: string;
  inApp: string;
  email: string;
}

const api = () => request(app.baseUrl);
const auth = (user: SignedInUser) => ({ Authorization: `Bearer ${user.token}` });

const DEFAULTS: KindPreference[] = [
  { kind: 'match-found', inApp: 'instant', email: 'instant' },
  { kind: 'subscription-hit', inApp: 'instant', email: 'digest' },
  { kind: 'message-received', inApp: 'instant', email: 'instant' },
  { kind: 'deal-changed', inApp: 'instant', email: 'instant' },
  { kind: 'task-due', inApp: 'instant', email: 'instant' },
  { kind: 'interest-received', inApp: 'instant', email: 'instant' },
  { kind: 'event-changed', inApp: 'instant', email: 'instant' },
  { kind: 'access-requested', inApp: 'instant', email: 'instant' },
  { kind: 'access-decided', inApp: 'instant', email: 'instant' },
  { kind: 'proposal-received', inApp: 'instant', email: 'instant' },
  { kind: 'proposal-decided', inApp: 'instant', email: 'instant' },
  { kind: 'moderation-decided', inApp: 'instant', email: 'instant' },
  { kind: 'report-submitted', inApp: 'instant', email: 'instant' },
  { kind: 'report-reviewed', inApp: 'instant', email: 'instant' },
  { kind: 'event-reminder', inApp: 'instant', email: 'instant' },
];

const withMatchFound = (modes: { inApp?: string; email?: string }) =>
  DEFAULTS.map((entry) => (entry.kind === 'match-found' ? { ...entry, ...modes } : entry));

async function preferencesOf(user: SignedInUser): Promise<KindPreference[]> {
  const response = await api().get('/api/v1/me/notification-preferences').set(auth(user)).expect(200);
  return (response.body as { kinds: KindPreference[] }).kinds;
}

async function setPreferences(user: SignedInUser, kinds: KindPreference[]): Promise<void> {
  const response = await api()
    .put('/api/v1/me/notification-preferences')
    .set(auth(user))
    .send({ kinds })
    .expect(200);
  expect(response.body.kinds).toEqual(kinds);
}

const mailsTo = (user: SignedInUser, subjectIncludes: string) =>
  app.mailbox.messages.filter(
    (mail) => mail.to === user.email.toLowerCase() && mail.subject.includes(subjectIncludes),
  );

async function inAppTitlesOf(user: SignedInUser): Promise<string[]> {
  const response = await api().get('/api/v1/notifications?limit=100').set(auth(user)).expect(200);
  return (response.body.items as { title: string }[]).map((item) => item.title);
}

const queueOf = (name: QueueName) => app.worker!.get<Queue>(getQueueToken(name), { strict: false });

/**
 * Publishes a demand that matches the university's achievement and waits until the worker has told
 * both parties (the notify job completed), so what was not sent never will be.
 */
async function publishMatchingDemand(title: string): Promise<string> {
  const demandId = await createDemand(app, enterprise.user, enterprise.org, batteryDemand(title));
  await publishDemand(app, enterprise.user, moderator, demandId);
  const outboxId = await eventually(async () => {
    const [row] = await app.dataSource.query<{ id: string }[]>(
      `SELECT o.id FROM outbox_events o JOIN matches m ON m.id::text = o.payload->>'matchId'
        WHERE o.type = 'match.found' AND m.source_id = $1 AND m.candidate_id = $2`,
      [demandId, achievementId],
    );
    expect(row).toBeDefined();
    return row!.id;
  });
  await completedJobResult(queueOf(QueueName.Notifications), outboxJobId(JobName.NotifyMatch, outboxId));
  return demandId;
}

/** The page link of the unsubscribe footer in a received email's text. */
const unsubscribePageLink = (text: string) => new URL(/http:\/\/\S+\/unsubscribe\?token=\S+/.exec(text)![0]);

beforeAll(async () => {
  app = await startTestApp();
  moderator = await moderatorOf(app);
  enterprise = await party(app, 'enterprise');
  university = await party(app, 'university');
  stranger = await signUp(app);
  achievementId = (
    await publishedPosting(app, 'achievement', { owner: university, body: BATTERY_ACHIEVEMENT })
  ).id;
});

afterAll(async () => {
  await app.close();
});

describe('the preference matrix', () => {
  it('starts at the defaults: in-app for everything, email at once except saved-search hits by digest', async () => {
    expect(await preferencesOf(stranger)).toEqual(DEFAULTS);
  });

  it('is replaced whole and read back', async () => {
    const chosen = [
      { kind: 'match-found', inApp: 'off', email: 'digest' },
      { kind: 'subscription-hit', inApp: 'instant', email: 'off' },
      { kind: 'message-received', inApp: 'instant', email: 'instant' },
      { kind: 'deal-changed', inApp: 'instant', email: 'instant' },
      { kind: 'task-due', inApp: 'instant', email: 'instant' },
      { kind: 'interest-received', inApp: 'instant', email: 'instant' },
      { kind: 'event-changed', inApp: 'instant', email: 'instant' },
      { kind: 'access-requested', inApp: 'instant', email: 'instant' },
      { kind: 'access-decided', inApp: 'instant', email: 'instant' },
      { kind: 'proposal-received', inApp: 'instant', email: 'instant' },
      { kind: 'proposal-decided', inApp: 'instant', email: 'instant' },
      { kind: 'moderation-decided', inApp: 'instant', email: 'instant' },
      { kind: 'report-submitted', inApp: 'instant', email: 'instant' },
      { kind: 'report-reviewed', inApp: 'instant', email: 'instant' },
      { kind: 'event-reminder', inApp: 'instant', email: 'instant' },
    ];
    await setPreferences(stranger, chosen);
    expect(await preferencesOf(stranger)).toEqual(chosen);
    await setPreferences(stranger, DEFAULTS);
    expect(await preferencesOf(stranger)).toEqual(DEFAULTS);
  });

  /** The last kind's place: a list of every kind but the last, plus one more, keeps the length. */
  const LAST = DEFAULTS.length - 1;

  it.each([
    ['a digest for in-app', withMatchFound({ inApp: 'digest' }), 'kinds.0.inApp'],
    ['an unknown email mode', withMatchFound({ email: 'weekly' }), 'kinds.0.email'],
    [
      'an unknown kind',
      [...DEFAULTS.slice(0, LAST), { kind: 'no-such-kind', inApp: 'off', email: 'off' }],
      `kinds.${LAST}.kind`,
    ],
    ['a kind twice', [...DEFAULTS.slice(0, LAST), DEFAULTS[0]], `kinds.${LAST}.kind`],
    ['a kind missing', DEFAULTS.slice(0, LAST), 'kinds'],
    ['an unknown field', [{ ...DEFAULTS[0], webhook: 'instant' }, ...DEFAULTS.slice(1)], 'kinds.0.webhook'],
    ['no list', 'all-off', 'kinds'],
  ])('refuses %s with a field error and changes nothing', async (_name, kinds, field) => {
    await setPreferences(university.user, withMatchFound({ email: 'off' }));
    const response = await api()
      .put('/api/v1/me/notification-preferences')
      .set(auth(university.user))
      .set('accept-language', 'en')
      .send({ kinds })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toBe('Some fields are invalid; see the marked fields');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await preferencesOf(university.user)).toEqual(withMatchFound({ email: 'off' }));
  });

  it('answers zh-CN field errors by default', async () => {
    const response = await api()
      .put('/api/v1/me/notification-preferences')
      .set(auth(university.user))
      .send({ kinds: withMatchFound({ email: 'weekly' }) })
      .expect(400);
    expect(response.body.detail).toBe('提交的内容有误，请检查标出的字段');
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ field: 'kinds.0.email', message: '取值不在允许范围内' }),
    );
  });

  it('belongs to its user alone: anonymous callers get 401, others keep their own', async () => {
    await api().get('/api/v1/me/notification-preferences').expect(401);
    await api().put('/api/v1/me/notification-preferences').send({ kinds: DEFAULTS }).expect(401);
    await setPreferences(stranger, withMatchFound({ inApp: 'off', email: 'off' }));
    expect(await preferencesOf(university.user)).toEqual(withMatchFound({ email: 'off' }));
    expect(await preferencesOf(enterprise.user)).toEqual(DEFAULTS);
    await setPreferences(stranger, DEFAULTS);
  });
});

describe('delivery follows the preferences', () => {
  it('email off: the in-app notification, no email', async () => {
    await setPreferences(university.user, withMatchFound({ email: 'off' }));
    await publishMatchingDemand('电池热失控预警一号');
    expect(await inAppTitlesOf(university.user)).toContain('新的匹配：电池热失控预警一号');
    expect(mailsTo(university.user, '电池热失控预警一号')).toHaveLength(0);
    // The other party kept the defaults and heard both ways.
    await app.mailbox.waitFor(enterprise.user.email, '锂离子电池热失控早期预警技术');
    expect(await inAppTitlesOf(enterprise.user)).toContain('新的匹配：锂离子电池热失控早期预警技术');
  });

  it('in-app off: the email, no in-app notification', async () => {
    await setPreferences(university.user, withMatchFound({ inApp: 'off' }));
    await publishMatchingDemand('电池热失控预警二号');
    expect(await inAppTitlesOf(university.user)).not.toContain('新的匹配：电池热失控预警二号');
    const mail = await app.mailbox.waitFor(university.user.email, '电池热失控预警二号');
    expect(mail.subject).toBe('新的匹配 | New match: 电池热失控预警二号');
  });

  it('digest: no email at once, then one digest listing every item, however often the job runs', async () => {
    await setPreferences(university.user, withMatchFound({ email: 'digest' }));
    const first = await publishMatchingDemand('电池热失控预警三号');
    const second = await publishMatchingDemand('电池热失控预警四号');
    expect(await inAppTitlesOf(university.user)).toContain('新的匹配：电池热失控预警三号');
    expect(mailsTo(university.user, '热失控预警三号')).toHaveLength(0);
    expect(mailsTo(university.user, '热失控预警四号')).toHaveLength(0);

    const maintenance = queueOf(QueueName.Maintenance);
    await maintenance.add(JobName.ScheduleDigests, {}, { jobId: 'digest-run-1' });
    // The university alone has anything pending; the enterprise gets its email at once, so no digest.
    expect(await completedJobResult(maintenance, 'digest-run-1')).toEqual({ queued: 1 });
    const date = digestDate(new Date(), app.config.DIGEST_TIMEZONE);
    const notifications = queueOf(QueueName.Notifications);
    expect(await completedJobResult(notifications, digestJobId(university.user.id, date))).toEqual({
      outcome: 'digest',
      delivery: 'sent',
    });
    const digest = await app.mailbox.waitFor(university.user.email, '每日摘要');
    expect(digest.subject).toBe('对接每日摘要：2 条新通知 | Your Duijie daily digest: 2 new');
    // Each item links to its match, where the university answers it.
    const matchOf = async (demandId: string) =>
      (
        await app.dataSource.query<{ id: string }[]>(`SELECT id FROM matches WHERE source_id = $1`, [
          demandId,
        ])
      )[0]!.id;
    const [firstMatch, secondMatch] = [await matchOf(first), await matchOf(second)];
    expect(digest.text).toContain(`新的匹配：电池热失控预警三号：${app.baseUrl}/matches/${firstMatch}`);
    expect(digest.text).toContain(`New match: 电池热失控预警四号: ${app.baseUrl}/matches/${secondMatch}`);
    expect(digest.html).toContain(`href="${app.baseUrl}/matches/${secondMatch}"`);
    expect(digest.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    // A second run finds nothing pending; a repeated digest job (a retry) finds that day's email sent.
    await maintenance.add(JobName.ScheduleDigests, {}, { jobId: 'digest-run-2' });
    expect(await completedJobResult(maintenance, 'digest-run-2')).toEqual({ queued: 0 });
    await notifications.add(
      JobName.SendDigest,
      { userId: university.user.id, date },
      { jobId: 'digest-retry' },
    );
    expect(await completedJobResult(notifications, 'digest-retry')).toEqual({
      outcome: 'digest',
      delivery: 'already-sent',
    });
    expect(mailsTo(university.user, '每日摘要')).toHaveLength(1);
    expect(mailsTo(enterprise.user, '每日摘要')).toHaveLength(0);
    const [{ unsent }] = await app.dataSource.query<{ unsent: number }[]>(
      `SELECT count(*)::int AS unsent FROM digest_items WHERE user_id = $1 AND sent_at IS NULL`,
      [university.user.id],
    );
    expect(unsent).toBe(0);
  });
});

describe('unsubscribe links', () => {
  it('come with every notification email and turn that kind’s email off in one click, without sign-in', async () => {
    await setPreferences(university.user, DEFAULTS);
    await publishMatchingDemand('电池热失控预警五号');
    const mail = await app.mailbox.waitFor(university.user.email, '电池热失控预警五号');
    const page = unsubscribePageLink(mail.text);
    expect(page.origin).toBe(app.baseUrl);
    expect(page.pathname).toBe('/unsubscribe');
    expect(mail.html).toContain('退订此类邮件');
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const oneClick = /^<(.+)>$/.exec(mail.headers['list-unsubscribe']!)![1]!;
    expect(new URL(oneClick).searchParams.get('token')).toBe(page.searchParams.get('token'));

    const token = page.searchParams.get('token')!;
    const preview = await api().get('/api/v1/unsubscribe').query({ token }).expect(200);
    expect(preview.body).toEqual({ scope: 'match-found', kinds: ['match-found'] });
    expect(await preferencesOf(university.user)).toEqual(DEFAULTS);

    // As a mail client does it (RFC 8058): a form POST to the header's URL.
    await request(oneClick)
      .post('')
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200)
      .expect((response) => expect(response.body).toEqual({ scope: 'match-found', kinds: ['match-found'] }));
    expect(await preferencesOf(university.user)).toEqual(withMatchFound({ email: 'off' }));

    await publishMatchingDemand('电池热失控预警六号');
    expect(mailsTo(university.user, '电池热失控预警六号')).toHaveLength(0);
    expect(await inAppTitlesOf(university.user)).toContain('新的匹配：电池热失控预警六号');
  });

  it('from a digest turn off every kind that came by digest, queued items included', async () => {
    const digest = await app.mailbox.waitFor(university.user.email, '每日摘要');
    const token = unsubscribePageLink(digest.text).searchParams.get('token')!;
    await setPreferences(university.user, withMatchFound({ email: 'digest' }));
    await publishMatchingDemand('电池热失控预警七号');
    // The other body a one-click POST may carry (RFC 8058): multipart/form-data.
    const answer = await api()
      .post('/api/v1/unsubscribe')
      .query({ token })
      .field('List-Unsubscribe', 'One-Click')
      .expect(200);
    expect(answer.body).toEqual({ scope: 'digest', kinds: ['match-found', 'subscription-hit'] });
    expect(await preferencesOf(university.user)).toEqual([
      { kind: 'match-found', inApp: 'instant', email: 'off' },
      { kind: 'subscription-hit', inApp: 'instant', email: 'off' },
      { kind: 'message-received', inApp: 'instant', email: 'instant' },
      { kind: 'deal-changed', inApp: 'instant', email: 'instant' },
      { kind: 'task-due', inApp: 'instant', email: 'instant' },
      { kind: 'interest-received', inApp: 'instant', email: 'instant' },
      { kind: 'event-changed', inApp: 'instant', email: 'instant' },
      { kind: 'access-requested', inApp: 'instant', email: 'instant' },
      { kind: 'access-decided', inApp: 'instant', email: 'instant' },
      { kind: 'proposal-received', inApp: 'instant', email: 'instant' },
      { kind: 'proposal-decided', inApp: 'instant', email: 'instant' },
      { kind: 'moderation-decided', inApp: 'instant', email: 'instant' },
      { kind: 'report-submitted', inApp: 'instant', email: 'instant' },
      { kind: 'report-reviewed', inApp: 'instant', email: 'instant' },
      { kind: 'event-reminder', inApp: 'instant', email: 'instant' },
    ]);
    // What was queued before the unsubscribe goes out in no later digest either.
    const notifications = queueOf(QueueName.Notifications);
    await notifications.add(
      JobName.SendDigest,
      { userId: university.user.id, date: '2099-01-01' },
      { jobId: 'digest-after-unsubscribe' },
    );
    expect(await completedJobResult(notifications, 'digest-after-unsubscribe')).toEqual({
      outcome: 'digest',
      delivery: 'empty',
    });
    expect(mailsTo(university.user, '每日摘要')).toHaveLength(1);
  });

  it('refuse a forged, altered or missing token with 400 and change nothing', async () => {
    const mail = await app.mailbox.waitFor(university.user.email, '电池热失控预警五号');
    const token = unsubscribePageLink(mail.text).searchParams.get('token')!;
    const [, kind, signature] = token.split('.');
    const forged = [
      `${stranger.id}.${kind}.${signature}`,
      `${university.user.id}.message-received.${signature}`,
      `${stranger.id}.match-found.${'A'.repeat(43)}`,
      'not-a-token',
    ];
    for (const bad of forged) {
      for (const send of [() => api().get('/api/v1/unsubscribe'), () => api().post('/api/v1/unsubscribe')]) {
        const response = await send().query({ token: bad }).set('accept-language', 'en').expect(400);
        expect(response.body.detail).toBe('The unsubscribe link is invalid');
        expect(response.body.errors).toEqual([
          expect.objectContaining({ field: 'token', code: 'unsubscribe-link-invalid' }),
        ]);
      }
    }
    const missing = await api().post('/api/v1/unsubscribe').expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('token');
    expect(await preferencesOf(stranger)).toEqual(DEFAULTS);
  });
});
