import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { OrganizationType } from '#identity';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import {
  CATALOGUE_KINDS,
  createPosting,
  publishPosting,
  type CatalogueKindName,
} from '../support/catalogue.js';
import { testCreditCode } from '../support/credit-codes.js';
import {
  createDemand,
  publishDemand,
  signUp,
  verifyOrganization,
  type Party,
  type SignedInUser,
} from '../support/http.js';
import { moderatorOf, party as signUpParty } from '../support/factories.js';
import { eventually } from '../support/search.js';

/**
 * 我要对接: a verified organization reaches the owner of any listing it may see, in a thread of their
 * own; the owner hears of it once; a teaser's reader learns nothing the teaser hides; sends are limited
 * per organization and day; owners' admins block and report.
 */
const DAILY_LIMIT = 12;
const MARKER = 'ZZMARKER';

let app: TestApp;
let moderator: SignedInUser;
/** The interested side: a verified investor. */
let investor: Party;
const owners = {} as Record<CatalogueKindName | 'demand' | 'society', Party>;
const postings = {} as Record<CatalogueKindName | 'demand' | 'society', string>;
let offerId: string;

const api = () => request(app.baseUrl);
const as = (party: Party) => ({
  Authorization: `Bearer ${party.user.token}`,
  'X-Organization-Id': party.org,
});
const PATHS = {
  demand: 'demands',
  expert: 'experts',
  achievement: 'achievements',
  project: 'projects',
  'financing-offer': 'financing-offers',
  society: 'societies',
} as const;

const express = (
  party: Party,
  kind: keyof typeof PATHS,
  id: string,
  body: object = { message: '希望对接' },
) => api().post(`/api/v1/${PATHS[kind]}/${id}/interest`).set(as(party)).send(body);

async function interestCount(): Promise<number> {
  const [row] = await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM interests`);
  return row!.n;
}

async function interestNotices(party: Party): Promise<{ title: string; body: string; link: string }[]> {
  const response = await api().get('/api/v1/notifications').set(as(party)).expect(200);
  return (
    response.body as { items: { kind: string; title: string; body: string; link: string }[] }
  ).items.filter((item) => item.kind === 'interest-received');
}

const party = (type: OrganizationType): Promise<Party> => signUpParty(app, type, { verified: true });

beforeAll(async () => {
  app = await startTestApp({ env: { INTEREST_DAILY_LIMIT: String(DAILY_LIMIT) } });
  moderator = await moderatorOf(app);
  investor = await party('investor');
  await Promise.all(
    (Object.keys(CATALOGUE_KINDS) as CatalogueKindName[]).map(async (kind) => {
      owners[kind] = await party(CATALOGUE_KINDS[kind].ownerType);
      postings[kind] = await createPosting(app, kind, owners[kind].user, owners[kind].org, {
        visibility: 'public',
      });
      await publishPosting(app, kind, owners[kind].user, moderator, postings[kind]);
    }),
  );
  owners.demand = await party('enterprise');
  postings.demand = await createDemand(app, owners.demand.user, owners.demand.org);
  await publishDemand(app, owners.demand.user, moderator, postings.demand);
  const founder = await signUp(app);
  const society = await api()
    .post('/api/v1/societies')
    .auth(founder.token, { type: 'bearer' })
    .send({ name: '中国仪器仪表学会', creditCode: testCreditCode(), regionCode: '110108', fields: ['EQ'] })
    .expect(201);
  owners.society = { user: founder, org: society.body.id as string };
  postings.society = owners.society.org;
  await verifyOrganization(app, owners.society.org);
  offerId = await createPosting(app, 'financing-offer', investor.user, investor.org);
}, 180_000);

afterAll(async () => {
  await app.close();
});

describe('expressing interest', () => {
  it.each(Object.keys(PATHS) as (keyof typeof PATHS)[])(
    'reaches the owner of a %s in a thread of their own, told once in-app and by email',
    async (kind) => {
      const owner = owners[kind];
      const sent = await express(investor, kind, postings[kind], {
        message: `我们对贵方的${kind}很感兴趣`,
        offer: { kind: 'financing-offer', id: offerId },
      }).expect(201);
      expect(sent.body).toMatchObject({
        conversationId: expect.any(String),
        remainingToday: expect.any(Number),
      });
      const threads = (await api().get('/api/v1/conversations').set(as(owner)).expect(200)).body as {
        id: string;
        counterpart: { id: string | null; disclosed: boolean };
        subject: string;
      }[];
      const thread = threads.find((t) => t.id === sent.body.conversationId);
      expect(thread?.counterpart).toMatchObject({ id: investor.org, disclosed: true });
      expect(thread?.subject).toContain('科技型中小企业知识产权质押贷');
      const notices = await eventually(async () => {
        const found = await interestNotices(owner);
        expect(found).toHaveLength(1);
        return found;
      });
      expect(notices[0]!.link).toBe(`/conversations/${sent.body.conversationId}`);
      expect(notices[0]!.body).toContain(`我们对贵方的${kind}很感兴趣`);
      await eventually(async () =>
        expect(
          app.mailbox.messages.filter(
            (m) => m.to.includes(owner.user.email) && m.subject.includes('希望与您对接'),
          ),
        ).toHaveLength(1),
      );
      // The message is the thread's first, not announced a second time as a plain message.
      const messages = await api()
        .get(`/api/v1/conversations/${sent.body.conversationId}/messages`)
        .set(as(owner));
      expect(messages.body.items).toHaveLength(1);
    },
  );

  it('continues the same thread on a second expression', async () => {
    const first = await express(investor, 'project', postings.project, { message: '再次联系' }).expect(201);
    const threads = (await api().get('/api/v1/conversations').set(as(investor)).expect(200)).body as {
      id: string;
    }[];
    expect(threads.filter((t) => t.id === first.body.conversationId)).toHaveLength(1);
    const messages = await api()
      .get(`/api/v1/conversations/${first.body.conversationId}/messages`)
      .set(as(investor))
      .expect(200);
    expect(messages.body.items.map((m: { body: string }) => m.body)).toEqual([
      '再次联系',
      '我们对贵方的project很感兴趣',
    ]);
  });
});

describe('who may express interest (authorization matrix)', () => {
  it('answers each kind of caller as it should and records only the verified stranger', async () => {
    const noOrg = await signUp(app);
    const unverified = await signUpParty(app, 'enterprise');
    const target = postings.achievement;
    const before = await interestCount();
    await api().post(`/api/v1/achievements/${target}/interest`).send({ message: 'x' }).expect(401);
    await api()
      .post(`/api/v1/achievements/${target}/interest`)
      .auth(noOrg.token, { type: 'bearer' })
      .send({ message: 'x' })
      .expect(400);
    expect((await express(unverified, 'achievement', target).expect(403)).body.type).toContain(
      'interest-organization-not-verified',
    );
    expect((await express(owners.achievement, 'achievement', target).expect(409)).body.type).toContain(
      'own-posting',
    );
    expect(await interestCount()).toBe(before);
    const stranger = await party('enterprise');
    await express(stranger, 'achievement', target).expect(201);
    expect(await interestCount()).toBe(before + 1);
  });

  it('finds no draft and no unknown kind', async () => {
    const draft = await createPosting(app, 'achievement', owners.achievement.user, owners.achievement.org);
    await express(investor, 'achievement', draft).expect(404);
    await api()
      .post(`/api/v1/widgets/${draft}/interest`)
      .set(as(investor))
      .send({ message: 'x' })
      .expect(404);
  });
});

describe('bad input', () => {
  it.each([
    ['no message', {}, 'message'],
    ['an empty message', { message: '   ' }, 'message'],
    ['an unknown field', { message: 'x', extra: 1 }, 'extra'],
    [
      'an offer of an unknown kind',
      { message: 'x', offer: { kind: 'widget', id: '00000000-0000-4000-8000-000000000000' } },
      'offer.kind',
    ],
    ['an offer that is not a uuid', { message: 'x', offer: { kind: 'project', id: 'nope' } }, 'offer.id'],
  ])('refuses %s with a field error and records nothing', async (_, body, field) => {
    const before = await interestCount();
    const response = await express(investor, 'project', postings.project, body).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await interestCount()).toBe(before);
  });

  it('refuses an offer of another organization’s posting', async () => {
    const before = await interestCount();
    const response = await express(investor, 'project', postings.project, {
      message: 'x',
      offer: { kind: 'achievement', id: postings.achievement },
    }).expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'offer', code: 'offer-not-yours' }),
    ]);
    expect(await interestCount()).toBe(before);
  });

  it('finds nothing at an id that is not a uuid', async () => {
    await api()
      .post('/api/v1/projects/not-a-uuid/interest')
      .set(as(investor))
      .send({ message: 'x' })
      .expect(404);
  });
});

describe('confidential postings', () => {
  it('lets a teaser’s reader express interest without learning what the teaser hides', async () => {
    const owner = await party('university');
    await app.dataSource.query(`UPDATE organizations SET name = $1 WHERE id = $2`, [
      `${MARKER}大学`,
      owner.org,
    ]);
    const id = await createPosting(app, 'achievement', owner.user, owner.org, {
      visibility: 'confidential',
      title: `${MARKER}固态电池技术`,
      abstract: `${MARKER} 的核心工艺`,
      teaser: '某高校固态电池成果',
    });
    await publishPosting(app, 'achievement', owner.user, moderator, id);
    const reader = await party('enterprise');
    const sent = await express(reader, 'achievement', id, { message: '想了解' }).expect(201);
    expect(JSON.stringify(sent.body)).not.toContain(MARKER);
    const seen = [
      await api().get('/api/v1/conversations').set(as(reader)).expect(200),
      await api().get(`/api/v1/conversations/${sent.body.conversationId}`).set(as(reader)).expect(200),
      await api()
        .get(`/api/v1/conversations/${sent.body.conversationId}/messages`)
        .set(as(reader))
        .expect(200),
    ];
    for (const response of seen) {
      expect(JSON.stringify(response.body)).not.toContain(MARKER);
      expect(JSON.stringify(response.body)).not.toContain(owner.org);
    }
    expect(seen[1]!.body).toMatchObject({ subject: '某高校固态电池成果', counterpart: { disclosed: false } });
    // The owner, who reads everything, is told with the full title.
    const notices = await eventually(async () => {
      const found = await interestNotices(owner);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(notices[0]!.body).toContain(`${MARKER}固态电池技术`);
  });
});

describe('limits, blocks and reports', () => {
  it('answers 429 with Retry-After beyond the daily limit and records nothing more', async () => {
    const sender = await party('enterprise');
    for (let i = 0; i < DAILY_LIMIT; i += 1) await express(sender, 'expert', postings.expert).expect(201);
    const before = await interestCount();
    const refused = await express(sender, 'expert', postings.expert).expect(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(86_400);
    expect(await interestCount()).toBe(before);
    // Another organization is not held back by this one's sends.
    await express(await party('enterprise'), 'expert', postings.expert).expect(201);
  });

  it('lets the owner’s admins block and report an organization, and staff read the report', async () => {
    const owner = owners['financing-offer'];
    const pest = await party('enterprise');
    await express(pest, 'financing-offer', postings['financing-offer']).expect(201);
    const member = await signUp(app);
    await app.dataSource.query(
      `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
      [owner.org, member.id],
    );
    await api()
      .post('/api/v1/interest-blocks')
      .set({ Authorization: `Bearer ${member.token}`, 'X-Organization-Id': owner.org })
      .send({ organizationId: pest.org, report: true })
      .expect(403);
    await api()
      .post('/api/v1/interest-blocks')
      .set(as(owner))
      .send({ organizationId: pest.org, report: true, note: '重复推销' })
      .expect(201);
    await api().post('/api/v1/interest-blocks').set(as(owner)).send({ organizationId: pest.org }).expect(409);
    const before = await interestCount();
    expect(
      (await express(pest, 'financing-offer', postings['financing-offer']).expect(403)).body.type,
    ).toContain('interest-blocked');
    expect(await interestCount()).toBe(before);
    // The block holds for the owner's organization only.
    await express(pest, 'project', postings.project).expect(201);

    const reports = await api()
      .get('/api/v1/admin/interest-reports')
      .auth(moderator.token, { type: 'bearer' })
      .expect(200);
    expect(reports.body).toEqual([
      expect.objectContaining({
        organizationId: pest.org,
        reporterOrganizationId: owner.org,
        note: '重复推销',
      }),
    ]);
    await api().get('/api/v1/admin/interest-reports').set(as(owner)).expect(404);

    await api().delete(`/api/v1/interest-blocks/${pest.org}`).set(as(owner)).expect(204);
    await express(pest, 'financing-offer', postings['financing-offer']).expect(201);
  });
});
