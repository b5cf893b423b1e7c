import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { BATTERY_ACHIEVEMENT, batteryDemand, matchBetween } from '../support/battery-match.js';
import { createDemand, publishDemand, type Party, type SignedInUser } from '../support/http.js';
import { moderatorOf, party, publishedPosting } from '../support/factories.js';
import { eventually } from '../support/search.js';
import { MatchingService, MatchProfileStore } from '#matching';

/**
 * Issue 15 through the API: a posting's matches are paged, each with a calibrated fit level; a
 * confidential demand is matched like any other; a demand may be nationwide and may require its
 * region; a match the parties were told about survives the re-score that drops it, superseded.
 */
let app: TestApp;
let moderator: SignedInUser;
let enterprise: Party;
let university: Party;
const achievements: string[] = [];

interface MatchItem {
  id: string;
  candidateType: string;
  candidateId: string;
  title: string;
  score: number;
  fitLevel: string;
  fitLabel: string;
  superseded: boolean;
}
interface MatchPage {
  items: MatchItem[];
  nextCursor: string | null;
}

const api = () => request(app.baseUrl);

async function page(user: SignedInUser, path: string, query = ''): Promise<MatchPage> {
  const response = await api()
    .get(`/api/v1/${path}/matches${query}`)
    .auth(user.token, { type: 'bearer' })
    .expect(200);
  return response.body as MatchPage;
}

/** Publishes a battery demand of the enterprise and waits until it has matched every achievement. */
async function matchedDemand(patch: Record<string, unknown> = {}): Promise<string> {
  const id = await createDemand(app, enterprise.user, enterprise.org, {
    ...batteryDemand('储能电池热失控预警'),
    ...patch,
  });
  await publishDemand(app, enterprise.user, moderator, id);
  for (const achievement of achievements) await matchBetween(app, id, achievement);
  return id;
}

beforeAll(async () => {
  app = await startTestApp();
  moderator = await moderatorOf(app);
  enterprise = await party(app, 'enterprise');
  university = await party(app, 'university');
  const variants = [
    BATTERY_ACHIEVEMENT,
    { ...BATTERY_ACHIEVEMENT, title: '电池包热失控气体探测预警装置', trl: 6 },
    { ...BATTERY_ACHIEVEMENT, title: '储能电站热失控多级预警系统', regionCode: '110108' },
  ];
  for (const body of variants) {
    const id = (await publishedPosting(app, 'achievement', { owner: university, body: body })).id;
    achievements.push(id);
  }
});

afterAll(async () => {
  await app.close();
});

describe('paging a posting’s matches', () => {
  it('pages the ranked list with a cursor, in the unpaged order, each match with its fit level', async () => {
    const demandId = await matchedDemand();
    const whole = await page(enterprise.user, `demands/${demandId}`);
    expect(whole.nextCursor).toBeNull();
    expect(whole.items.length).toBeGreaterThanOrEqual(3);
    for (const match of whole.items) {
      expect(['high', 'medium', 'fair']).toContain(match.fitLevel);
      expect(['高', '中', '一般']).toContain(match.fitLabel);
    }

    const paged: MatchItem[] = [];
    let cursor: string | null = null;
    do {
      const next: MatchPage = await page(
        enterprise.user,
        `demands/${demandId}`,
        `?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(next.items).toHaveLength(1);
      paged.push(...next.items);
      cursor = next.nextCursor;
    } while (cursor);
    expect(paged.map((m) => m.id)).toEqual(whole.items.map((m) => m.id));

    const achievementsOnly = await page(enterprise.user, `demands/${demandId}`, '?kind=achievement');
    expect(new Set(achievementsOnly.items.map((m) => m.candidateType))).toEqual(new Set(['achievement']));
  });

  it('refuses a bad page size or cursor with a field error', async () => {
    const demandId = achievements[0]!;
    for (const [query, field] of [
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
      ['?cursor=not-a-cursor', 'cursor'],
      ['?kind=planet', 'kind'],
    ] as const) {
      const response = await api()
        .get(`/api/v1/achievements/${demandId}/matches${query}`)
        .auth(university.user.token, { type: 'bearer' })
        .expect(400);
      expect((response.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
    }
  });

  it('pages the inbox too, the next cursor in a header', async () => {
    const first = await api()
      .get('/api/v1/matches?limit=1')
      .auth(university.user.token, { type: 'bearer' })
      .set('x-organization-id', university.org)
      .expect(200);
    expect(first.body).toHaveLength(1);
    const cursor = first.headers['x-next-cursor'] as string;
    expect(cursor).toBeTruthy();
    const second = await api()
      .get(`/api/v1/matches?limit=1&cursor=${encodeURIComponent(cursor)}`)
      .auth(university.user.token, { type: 'bearer' })
      .set('x-organization-id', university.org)
      .expect(200);
    expect((second.body as MatchItem[])[0]!.id).not.toBe((first.body as MatchItem[])[0]!.id);
  });
});

describe('confidential demands', () => {
  it('are matched like any other: the owner gets matches, the supplier sees only the teaser', async () => {
    const teaser = '某储能企业电池安全难题';
    const demandId = await matchedDemand({
      visibility: 'confidential',
      teaser,
      ndaText: '未经许可不得披露需求内容。',
    });
    const own = await page(enterprise.user, `demands/${demandId}`);
    expect(own.items.map((m) => m.candidateId)).toEqual(expect.arrayContaining(achievements));

    // A supplier published after the demand is matched with it too (the demand is then the candidate).
    const late = (
      await publishedPosting(app, 'achievement', {
        owner: university,
        body: {
          ...BATTERY_ACHIEVEMENT,
          title: '锂电池热失控抑制与预警一体化技术',
        },
      })
    ).id;
    await matchBetween(app, demandId, late);
    const seen = await page(university.user, `achievements/${late}`);
    const match = seen.items.find((m) => m.candidateId === demandId);
    expect(match?.title).toBe(teaser);
    expect(JSON.stringify(match)).not.toContain('储能电池热失控预警');
  });
});

describe('nationwide demands and the region requirement', () => {
  it('stores a demand without a region as nationwide, and one that requires its region', async () => {
    const nationwide = await createDemand(app, enterprise.user, enterprise.org, { regionCode: undefined });
    const read = await api()
      .get(`/api/v1/demands/${nationwide}`)
      .auth(enterprise.user.token, { type: 'bearer' })
      .expect(200);
    expect(read.body).toMatchObject({ regionCode: null, regionName: '全国', regionRequired: false });

    const local = await createDemand(app, enterprise.user, enterprise.org, { regionRequired: true });
    const readLocal = await api()
      .get(`/api/v1/demands/${local}`)
      .auth(enterprise.user.token, { type: 'bearer' })
      .expect(200);
    expect(readLocal.body).toMatchObject({ regionCode: '320115', regionRequired: true });

    // An edit may make a demand nationwide; it then cannot keep requiring its region.
    const refused = await api()
      .patch(`/api/v1/demands/${local}`)
      .auth(enterprise.user.token, { type: 'bearer' })
      .send({ regionCode: null })
      .expect(400);
    expect((refused.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'regionRequired',
    ]);
    await api()
      .patch(`/api/v1/demands/${local}`)
      .auth(enterprise.user.token, { type: 'bearer' })
      .send({ regionCode: null, regionRequired: false })
      .expect(200);
  });

  it('refuses a nationwide demand that requires its region, writing nothing', async () => {
    const before = await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM demands`);
    const response = await api()
      .post('/api/v1/demands')
      .auth(enterprise.user.token, { type: 'bearer' })
      .set('x-organization-id', enterprise.org)
      .send({
        ...batteryDemand('全国性难题'),
        category: 'common',
        cooperationModes: ['development'],
        visibility: 'public',
        regionCode: undefined,
        regionRequired: true,
      })
      .expect(400);
    expect((response.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'regionRequired',
    ]);
    const after = await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM demands`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe('a match the parties were told about', () => {
  it('survives the re-score that drops it: superseded, reachable, in the inbox and the notifications', async () => {
    const demandId = await matchedDemand();
    const matchId = await matchBetween(app, demandId, achievements[0]!);
    const [told] = await app.dataSource.query<{ notified_at: Date | null }[]>(
      `SELECT notified_at FROM matches WHERE id = $1`,
      [matchId],
    );
    expect(told!.notified_at).not.toBeNull();
    const notified = await eventually(async () => {
      const response = await api()
        .get('/api/v1/notifications')
        .auth(enterprise.user.token, { type: 'bearer' })
        .expect(200);
      const items = (response.body as { items: { subjectId: string; link: string }[] }).items;
      expect(items.map((n) => n.subjectId)).toContain(matchId);
      return items;
    });

    // The demand changes subject: the battery achievements no longer rank for it.
    await api()
      .patch(`/api/v1/demands/${demandId}`)
      .auth(enterprise.user.token, { type: 'bearer' })
      .send({
        title: '道地中药材规范化种植',
        description: '中药材种植基地需要病虫害绿色防控与规范化栽培技术。',
        fields: ['BI-TCM'],
        keywords: ['中药材', '绿色防控'],
      })
      .expect(200);
    await eventually(async () => {
      const list = await page(enterprise.user, `demands/${demandId}`);
      expect(list.items.map((m) => m.id)).not.toContain(matchId);
    });

    const one = await api()
      .get(`/api/v1/matches/${matchId}`)
      .auth(enterprise.user.token, { type: 'bearer' })
      .expect(200);
    expect(one.body).toMatchObject({ id: matchId, superseded: true });
    const inbox = await api()
      .get('/api/v1/matches')
      .auth(enterprise.user.token, { type: 'bearer' })
      .set('x-organization-id', enterprise.org)
      .expect(200);
    const inboxIds = (inbox.body as MatchItem[]).map((m) => m.id);
    expect(inboxIds).toContain(matchId);
    // Every match a notification links to is in the inbox.
    for (const notification of notified.filter((n) => n.link.startsWith('/matches/')))
      expect(inboxIds).toContain(notification.subjectId);
  });
});

describe('a matching job that read its posting before it closed', () => {
  it('stores neither matches nor a profile once the close has removed them', async () => {
    const demandId = await matchedDemand();
    const store = app.worker!.get(MatchProfileStore);
    const readBeforeClose = await store.read('demand', [demandId]);
    await api()
      .post(`/api/v1/demands/${demandId}/close`)
      .auth(enterprise.user.token, { type: 'bearer' })
      .send({ reason: '已解决' })
      .expect(200);
    const live = () =>
      app.dataSource.query<{ n: number }[]>(
        `SELECT ((SELECT count(*) FROM matches WHERE source_id = $1 AND superseded_at IS NULL)
              + (SELECT count(*) FROM match_profiles WHERE posting_id = $1))::int AS n`,
        [demandId],
      );
    await eventually(async () => expect(await live()).toEqual([{ n: 0 }]));
    // The slower job of an earlier edit finishes now, with the open version of the demand it had read.
    jest.spyOn(store, 'read').mockResolvedValueOnce(readBeforeClose);
    const outcome = await app.worker!.get(MatchingService).matchPosting('demand', demandId);
    expect(outcome).toMatchObject({ outcome: 'matched', stored: 0 });
    expect(await live()).toEqual([{ n: 0 }]);
  });
});
