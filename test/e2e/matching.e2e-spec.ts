import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { BATTERY_ACHIEVEMENT, batteryDemand } from '../support/battery-match.js';
import { CATALOGUE_KINDS, createPosting, publishPosting } from '../support/catalogue.js';
import { createDemand, publishDemand, signUp, type Party, type SignedInUser } from '../support/http.js';
import { moderatorOf, party } from '../support/factories.js';
import { eventually } from '../support/search.js';
import { MatchingService, PROFILE_VERSION } from '#matching';

/**
 * Issue 5 end to end: the outbox starts a matching job when a demand or a catalogue posting is published
 * or edited; the demand's owner reads ranked, explained matches; parties act on them; the decline
 * reasons come back to the demand's owner in aggregate.
 */
let app: TestApp;
let moderator: SignedInUser;
let enterprise: Party;
let university: Party;
let society: Party;
let stranger: SignedInUser;
let demandId: string;
let achievementId: string;
let expertId: string;
let offTopicId: string;

interface MatchItem {
  id: string;
  candidateType: string;
  candidateId: string;
  title: string;
  score: number;
  reasons: string[];
  warnings: string[];
  features: Record<string, number | null>;
  status: string;
}
interface MatchList {
  items: MatchItem[];
  declines: { answered: number; declined: number; byReason: Record<string, number>; text: string };
}

const api = () => request(app.baseUrl);

async function matchesOf(path: string, user: SignedInUser, lang = 'zh-CN'): Promise<MatchList> {
  const response = await api()
    .get(`/api/v1/${path}/matches`)
    .auth(user.token, { type: 'bearer' })
    .set('accept-language', lang)
    .expect(200);
  return response.body as MatchList;
}

beforeAll(async () => {
  app = await startTestApp();
  moderator = await moderatorOf(app);
  enterprise = await party(app, 'enterprise');
  university = await party(app, 'university');
  society = await party(app, CATALOGUE_KINDS.expert.ownerType);
  stranger = await signUp(app);

  achievementId = await createPosting(
    app,
    'achievement',
    university.user,
    university.org,
    BATTERY_ACHIEVEMENT,
  );
  offTopicId = await createPosting(app, 'achievement', university.user, university.org, {
    title: '盐湖卤水提锂吸附剂',
    abstract: '铝系吸附剂从低品位盐湖卤水中选择性提取锂，制备电池级碳酸锂。',
    fields: ['MA-NONFERROUS'],
    keywords: ['盐湖提锂', '吸附剂'],
    trl: 5,
    priceWan: 500,
    regionCode: '630100',
  });
  expertId = await createPosting(app, 'expert', society.user, society.org);
  for (const [kind, owner, id] of [
    ['achievement', university.user, achievementId],
    ['achievement', university.user, offTopicId],
    ['expert', society.user, expertId],
  ] as const) {
    await publishPosting(app, kind, owner, moderator, id);
  }

  demandId = await createDemand(app, enterprise.user, enterprise.org, batteryDemand('动力电池热失控预警'));
  await publishDemand(app, enterprise.user, moderator, demandId);
});

afterAll(async () => {
  await app.close();
});

describe('matches of a published demand', () => {
  it('lists the fitting achievement and expert within seconds, ranked, with reasons in zh-CN and en', async () => {
    const list = await eventually(async () => {
      const answer = await matchesOf(`demands/${demandId}`, enterprise.user);
      expect(answer.items.map((m) => m.candidateId)).toEqual(
        expect.arrayContaining([achievementId, expertId]),
      );
      return answer;
    });
    const achievement = list.items.find((m) => m.candidateId === achievementId)!;
    expect(achievement).toMatchObject({
      candidateType: 'achievement',
      title: '锂离子电池热失控早期预警技术',
    });
    expect(achievement.status).toBe('new');
    expect(achievement.reasons).toEqual(
      expect.arrayContaining(['成果 TRL 7 满足需求 ≥ 6', '80 万元在预算 50–120 万元内', '同属动力电池领域']),
    );
    expect(achievement.features.trl).toBe(1);
    const scores = list.items.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const offTopic = list.items.find((m) => m.candidateId === offTopicId);
    if (offTopic) expect(offTopic.score).toBeLessThan(achievement.score);

    const english = await matchesOf(`demands/${demandId}`, enterprise.user, 'en');
    expect(english.items.find((m) => m.candidateId === achievementId)!.reasons).toEqual(
      expect.arrayContaining(['TRL 7 meets the required ≥ 6', 'both in Traction Batteries']),
    );
  });

  it('shows the same pair from the achievement’s side and in its owner’s inbox', async () => {
    const fromAchievement = await matchesOf(`achievements/${achievementId}`, university.user);
    expect(fromAchievement.items).toEqual([
      expect.objectContaining({
        candidateType: 'demand',
        candidateId: demandId,
        title: '动力电池热失控预警',
      }),
    ]);
    const inbox = await api()
      .get('/api/v1/matches')
      .auth(university.user.token, { type: 'bearer' })
      .set('x-organization-id', university.org)
      .expect(200);
    expect((inbox.body as MatchItem[]).map((m) => m.candidateId)).toContain(demandId);
    // The demand's side has the same pair in its inbox, naming the demand as its own posting.
    const enterpriseInbox = await api()
      .get('/api/v1/matches')
      .auth(enterprise.user.token, { type: 'bearer' })
      .set('x-organization-id', enterprise.org)
      .expect(200);
    expect((enterpriseInbox.body as MatchItem[]).find((m) => m.candidateId === achievementId)).toMatchObject({
      candidateType: 'achievement',
      posting: { type: 'demand', id: demandId, title: '动力电池热失控预警' },
    });
  });

  it('shows one match, where its notifications link, to either party from its side and to no one else', async () => {
    const [fromAchievement] = (await matchesOf(`achievements/${achievementId}`, university.user)).items;
    const one = (user: SignedInUser | null, id = fromAchievement!.id) => {
      const call = api().get(`/api/v1/matches/${id}`).set('accept-language', 'en');
      return user ? call.auth(user.token, { type: 'bearer' }) : call;
    };
    // No acting organization is needed: the match is shown to a member of either side's organization.
    const asUniversity = await one(university.user).expect(200);
    expect(asUniversity.body).toMatchObject({
      id: fromAchievement!.id,
      candidateType: 'demand',
      candidateId: demandId,
      posting: { type: 'achievement', id: achievementId, title: BATTERY_ACHIEVEMENT.title },
    });
    expect((asUniversity.body as MatchItem).reasons.join(' ')).toMatch(/[a-z]/);
    const asEnterprise = await one(enterprise.user).expect(200);
    expect(asEnterprise.body).toMatchObject({
      id: fromAchievement!.id,
      candidateType: 'achievement',
      candidateId: achievementId,
      posting: { type: 'demand', id: demandId },
    });
    await one(stranger).expect(404);
    await one(moderator).expect(404);
    await one(null).expect(401);
    await one(university.user, 'not-a-uuid').expect(404);
    await one(university.user, '00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('keeps a weak match out of the inbox, on the posting’s own list only', async () => {
    // A draft is never matched by the worker: this pair is the only one of its demand.
    const draft = await createDemand(app, enterprise.user, enterprise.org, batteryDemand('电池包热管理改进'));
    const [weak] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO matches (source_kind, source_id, source_organization_id, candidate_kind, candidate_id,
                            candidate_organization_id, score, features, reasons)
       SELECT 'demand', d.id, d.organization_id, 'achievement', a.id, a.organization_id, 0.1, '{}', '{}'
         FROM demands d, achievements a WHERE d.id = $1 AND a.id = $2
       RETURNING id`,
      [draft, achievementId],
    );
    const inbox = await api()
      .get('/api/v1/matches')
      .auth(university.user.token, { type: 'bearer' })
      .set('x-organization-id', university.org)
      .expect(200);
    expect((inbox.body as MatchItem[]).map((m) => m.id)).not.toContain(weak!.id);
    const own = await matchesOf(`achievements/${achievementId}`, university.user);
    expect(own.items.map((m) => m.id)).toContain(weak!.id);
    await app.dataSource.query(`DELETE FROM matches WHERE id = $1`, [weak!.id]);
  });

  it('re-scores an edited demand in place: one row per pair, with its score history', async () => {
    const before = await app.dataSource.query<{ id: string; score: string }[]>(
      `SELECT id, score FROM matches WHERE source_id = $1 AND candidate_id = $2`,
      [demandId, achievementId],
    );
    await api()
      .patch(`/api/v1/demands/${demandId}`)
      .auth(enterprise.user.token, { type: 'bearer' })
      .send({ trlRequired: 8 })
      .expect(200);
    await eventually(async () => {
      const list = await matchesOf(`demands/${demandId}`, enterprise.user);
      const achievement = list.items.find((m) => m.candidateId === achievementId)!;
      // A misfit is a warning, never one of the reasons (issue 14, item 11).
      expect(achievement.warnings).toContain('成果 TRL 7 低于需求 8');
      expect(achievement.reasons.join()).not.toContain('低于');
    });
    const after = await app.dataSource.query<{ id: string; score: string; score_history: unknown[] }[]>(
      `SELECT id, score, score_history FROM matches WHERE source_id = $1 AND candidate_id = $2`,
      [demandId, achievementId],
    );
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before[0]!.id);
    expect(Number(after[0]!.score)).toBeLessThan(Number(before[0]!.score));
    expect(after[0]!.score_history).toHaveLength(2);
  });

  it('keeps each posting’s analyzed profile, and rebuilds a stale one when a match reads it', async () => {
    const profileOf = (id: string) =>
      app.dataSource.query<{ version: string; current: boolean }[]>(
        `SELECT mp.version, mp.source_updated_at = a.updated_at AS current
           FROM match_profiles mp JOIN achievements a ON a.id = mp.posting_id
          WHERE mp.kind = 'achievement' AND mp.posting_id = $1`,
        [id],
      );
    expect(await profileOf(achievementId)).toEqual([{ version: PROFILE_VERSION, current: true }]);
    // A change that no matching job of the achievement has seen yet: the stored profile (TRL 7) is stale.
    await app.dataSource.query(`UPDATE achievements SET trl = 4, updated_at = now() WHERE id = $1`, [
      achievementId,
    ]);
    await app.worker!.get(MatchingService).matchPosting('demand', demandId);
    const list = await matchesOf(`demands/${demandId}`, enterprise.user);
    expect(list.items.find((m) => m.candidateId === achievementId)!.warnings).toContain(
      '成果 TRL 4 低于需求 8',
    );
    expect(await profileOf(achievementId)).toEqual([{ version: PROFILE_VERSION, current: true }]);
  });

  it('answers 404 to anyone but the owners and moderators', async () => {
    await api()
      .get(`/api/v1/demands/${demandId}/matches`)
      .auth(stranger.token, { type: 'bearer' })
      .expect(404);
    await api().get(`/api/v1/demands/${demandId}/matches`).expect(401);
    await matchesOf(`demands/${demandId}`, moderator);
  });
});

describe('acting on a match', () => {
  it('lets the candidate’s owner decline with a reason, which the demand’s owner sees in aggregate', async () => {
    const { items } = await matchesOf(`achievements/${achievementId}`, university.user);
    const matchId = items[0]!.id;
    await api().post(`/api/v1/matches/${matchId}/view`).auth(stranger.token, { type: 'bearer' }).expect(404);
    await api()
      .post(`/api/v1/matches/${matchId}/decline`)
      .auth(university.user.token, { type: 'bearer' })
      .send({ reasonCode: 'other' })
      .expect(400);
    await api()
      .post(`/api/v1/matches/${matchId}/decline`)
      .auth(university.user.token, { type: 'bearer' })
      .send({ reasonCode: 'sometime' })
      .expect(400);
    const declined = await api()
      .post(`/api/v1/matches/${matchId}/decline`)
      .auth(university.user.token, { type: 'bearer' })
      .send({ reasonCode: 'budget-mismatch' })
      .expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReasonCode: 'budget-mismatch' });

    const zh = await matchesOf(`demands/${demandId}`, enterprise.user);
    expect(zh.declines).toMatchObject({ declined: 1, byReason: { 'budget-mismatch': 1 } });
    expect(zh.declines.text).toContain('预算不符');
    const en = await matchesOf(`demands/${demandId}`, enterprise.user, 'en');
    expect(en.declines.text).toBe('1 of 1 declined: budget mismatch (1)');
    // Only in aggregate: the declined match itself reads as answered to the demand's owner.
    expect(zh.items.find((m) => m.id === matchId)).toMatchObject({
      status: 'viewed',
      declineReasonCode: null,
    });
    const seenByEnterprise = await api()
      .get(`/api/v1/matches/${matchId}`)
      .auth(enterprise.user.token, { type: 'bearer' })
      .expect(200);
    expect(seenByEnterprise.body).toMatchObject({ status: 'viewed', declineReasonCode: null });
    const again = await matchesOf(`achievements/${achievementId}`, university.user);
    expect(again.items.find((m) => m.id === matchId)).toMatchObject({
      status: 'declined',
      declineReasonCode: 'budget-mismatch',
    });

    const audit = await app.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE subject_id = $1`,
      [matchId],
    );
    expect(audit.map((a) => a.action)).toEqual(['match.decline']);
  });

  it('lets the demand’s owner shortlist, and a later view does not undo it', async () => {
    const { items } = await matchesOf(`demands/${demandId}`, enterprise.user);
    const expertMatch = items.find((m) => m.candidateId === expertId)!;
    for (const action of ['shortlist', 'view']) {
      await api()
        .post(`/api/v1/matches/${expertMatch.id}/${action}`)
        .auth(enterprise.user.token, { type: 'bearer' })
        .expect(200);
    }
    const after = await matchesOf(`demands/${demandId}`, enterprise.user);
    expect(after.items.find((m) => m.id === expertMatch.id)!.status).toBe('shortlisted');
  });
});

describe('withdrawing a posting', () => {
  it('removes its matches', async () => {
    await api()
      .post(`/api/v1/experts/${expertId}/archive`)
      .auth(society.user.token, { type: 'bearer' })
      .expect(200);
    await eventually(async () => {
      const list = await matchesOf(`demands/${demandId}`, enterprise.user);
      expect(list.items.map((m) => m.candidateId)).not.toContain(expertId);
    });
  });
});
