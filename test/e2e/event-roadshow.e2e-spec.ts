import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { createPosting, publishPosting } from '../support/catalogue.js';
import { as } from '../support/deals.js';
import { publishedEvent, registerApproved } from '../support/events.js';
import { party } from '../support/factories.js';
import { grantPlatformRole, signUp, verifyOrganization, type Party } from '../support/http.js';

/**
 * 路演 (issue 17): organizers set the ordered programme of pitching projects; investor participants mark
 * each 感兴趣 / 约谈 / 不感兴趣, which creates or updates the project ↔ financing-offer match, and 约谈
 * proposes a follow-up meeting request; organizers read the projects ranked by their marks.
 */
let app: TestApp;
let organizer: Party;
let investor: Party & { offerId: string };
let startup: Party & { projectId: string };
let secretive: Party & { projectId: string };
let stranger: Party;
let eventId: string;
const api = () => request(app.baseUrl);
const TEASER = '新能源储能方向（保密）';

const advance = (status: string) =>
  api()
    .post(`/api/v1/events/${eventId}/status`)
    .set(as(organizer.user, organizer.org))
    .send({ status })
    .expect(200);
const mark = (who: Party, projectId: string, body: Record<string, unknown>) =>
  api().put(`/api/v1/events/${eventId}/roadshow/${projectId}/mark`).set(as(who.user, who.org)).send(body);
const matchOf = async (projectId: string) => {
  const [row] = await app.dataSource.query<
    { status: string; reasons: { 'zh-CN': string[] }; declined_by: string }[]
  >(
    `SELECT status, reasons, declined_by FROM matches
      WHERE source_kind = 'project' AND source_id = $1 AND candidate_id = $2`,
    [projectId, investor.offerId],
  );
  return row;
};

beforeAll(async () => {
  app = await startTestApp();
  const moderator = await signUp(app);
  await grantPlatformRole(app, moderator, 'moderator');
  organizer = await party(app, 'organizer');
  const investorParty = await party(app, 'investor');
  const startupParty = await party(app, 'enterprise');
  const secretiveParty = await party(app, 'enterprise');
  stranger = await party(app, 'enterprise');
  for (const p of [organizer, investorParty, startupParty, secretiveParty, stranger])
    await verifyOrganization(app, p.org);
  const posted = async (
    kind: 'project' | 'financing-offer',
    p: Party,
    patch: Record<string, unknown> = {},
  ) => {
    const id = await createPosting(app, kind, p.user, p.org, patch);
    await publishPosting(app, kind, p.user, moderator, id);
    return id;
  };
  investor = { ...investorParty, offerId: await posted('financing-offer', investorParty) };
  startup = { ...startupParty, projectId: await posted('project', startupParty) };
  secretive = {
    ...secretiveParty,
    projectId: await posted('project', secretiveParty, {
      title: '兆瓦级液流电池储能系统',
      visibility: 'confidential',
      teaser: TEASER,
    }),
  };
  eventId = await publishedEvent(app, organizer, {
    kind: 'roadshow',
    pairingRules: [{ a: 'project', b: 'financing-offer' }],
  });
  await registerApproved(app, organizer, eventId, investor, {
    kind: 'financing-offer',
    id: investor.offerId,
  });
  await registerApproved(app, organizer, eventId, startup, { kind: 'project', id: startup.projectId });
  await registerApproved(app, organizer, eventId, secretive, { kind: 'project', id: secretive.projectId });
}, 240_000);

afterAll(async () => {
  await app.close();
});

describe('the roadshow programme', () => {
  it('lets organizers order the registered projects, a confidential one shown by its teaser', async () => {
    const set = await api()
      .put(`/api/v1/events/${eventId}/roadshow`)
      .set(as(organizer.user, organizer.org))
      .send({ projectIds: [secretive.projectId, startup.projectId] })
      .expect(200);
    expect(set.body.map((p: { position: number; projectId: string }) => [p.position, p.projectId])).toEqual([
      [1, secretive.projectId],
      [2, startup.projectId],
    ]);
    expect(set.body[0].title).toBe(TEASER);
    expect(JSON.stringify(set.body)).not.toContain('液流电池');
    expect(set.body[1].title).toBe('工业视觉缺陷检测平台');

    const seen = await api()
      .get(`/api/v1/events/${eventId}/roadshow`)
      .set(as(investor.user, investor.org))
      .expect(200);
    expect(seen.body.map((p: { myMark: string | null }) => p.myMark)).toEqual([null, null]);
    await api().get(`/api/v1/events/${eventId}/roadshow`).set(as(startup.user, startup.org)).expect(200);
  });

  it('refuses a project no approved participant brought, with a field error', async () => {
    const bad = await api()
      .put(`/api/v1/events/${eventId}/roadshow`)
      .set(as(organizer.user, organizer.org))
      .send({ projectIds: [startup.projectId, investor.offerId] })
      .expect(400);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({ field: 'projectIds.1', code: 'not-registered-project' }),
    ]);
  });

  it('lets only organizers set it and only organizers and participants read it', async () => {
    for (const who of [investor, startup, stranger])
      await api()
        .put(`/api/v1/events/${eventId}/roadshow`)
        .set(as(who.user, who.org))
        .send({ projectIds: [startup.projectId] })
        .expect(403);
    await api().put(`/api/v1/events/${eventId}/roadshow`).send({ projectIds: [] }).expect(401);
    await api().get(`/api/v1/events/${eventId}/roadshow`).set(as(stranger.user, stranger.org)).expect(403);
    await api().get(`/api/v1/events/${eventId}/roadshow`).expect(401);
  });

  it('answers 409 for an event without a roadshow', async () => {
    const oneToOne = await publishedEvent(app, organizer);
    const refused = await api()
      .get(`/api/v1/events/${oneToOne}/roadshow`)
      .set(as(organizer.user, organizer.org))
      .expect(409);
    expect(refused.body.type).toContain('not-a-roadshow');
    const both = await publishedEvent(app, organizer, { kind: 'both' });
    const empty = await api()
      .put(`/api/v1/events/${both}/roadshow`)
      .set(as(organizer.user, organizer.org))
      .send({ projectIds: [] })
      .expect(200);
    expect(empty.body).toEqual([]);
  });
});

describe('investors marking pitched projects', () => {
  it('refuses marks before the event runs', async () => {
    const early = await mark(investor, startup.projectId, { mark: 'interested' }).expect(409);
    expect(early.body.type).toContain('roadshow-not-running');
    await advance('registration-closed');
    await advance('running');
  });

  it('creates the match the engine had not proposed, with the reason 路演现场标记', async () => {
    await app.dataSource.query(`DELETE FROM matches WHERE source_id = $1 AND candidate_id = $2`, [
      secretive.projectId,
      investor.offerId,
    ]);
    const marked = await mark(investor, secretive.projectId, { mark: 'not-interested' }).expect(200);
    expect(marked.body).toMatchObject({
      mark: 'not-interested',
      offerId: investor.offerId,
      meetingRequestId: null,
    });
    expect(await matchOf(secretive.projectId)).toMatchObject({
      status: 'declined',
      declined_by: 'candidate',
      reasons: expect.objectContaining({ 'zh-CN': ['路演现场标记'] }),
    });
  });

  it('updates the match by the last mark, and 约谈 proposes one follow-up request however often sent', async () => {
    await mark(investor, startup.projectId, { mark: 'interested' }).expect(200);
    expect((await matchOf(startup.projectId))!.status).toBe('shortlisted');
    const meeting = await mark(investor, startup.projectId, { mark: 'meeting' }).expect(200);
    expect(meeting.body.meetingRequestId).toEqual(expect.any(String));
    expect((await matchOf(startup.projectId))!.status).toBe('contacted');
    const again = await mark(investor, startup.projectId, { mark: 'meeting' }).expect(200);
    expect(again.body.meetingRequestId).toBe(meeting.body.meetingRequestId);

    const received = await api()
      .get(`/api/v1/events/${eventId}/meeting-requests`)
      .set(as(startup.user, startup.org))
      .expect(200);
    const requests = (received.body as { id: string; message: string; fromPosting: { id: string } }[]).filter(
      (r) => r.id === meeting.body.meetingRequestId,
    );
    expect(requests).toEqual([
      expect.objectContaining({
        message: '路演现场约谈',
        fromPosting: expect.objectContaining({ id: investor.offerId }),
      }),
    ]);
    const seen = await api()
      .get(`/api/v1/events/${eventId}/roadshow`)
      .set(as(investor.user, investor.org))
      .expect(200);
    expect(seen.body.map((p: { myMark: string | null }) => p.myMark)).toEqual(['not-interested', 'meeting']);
  });

  it('refuses bad marks, projects outside the programme and everyone but investor participants', async () => {
    const bad = await mark(investor, startup.projectId, { mark: 'maybe' }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'mark' })]);
    const otherOffer = await mark(investor, startup.projectId, {
      mark: 'interested',
      offerId: startup.projectId,
    }).expect(400);
    expect(otherOffer.body.errors).toEqual([
      expect.objectContaining({ field: 'offerId', code: 'not-registered-offer' }),
    ]);
    const outside = await mark(investor, investor.offerId, { mark: 'interested' }).expect(404);
    expect(outside.body.type).toContain('not-in-programme');
    const notInvestor = await mark(startup, secretive.projectId, { mark: 'interested' }).expect(403);
    expect(notInvestor.body.type).toContain('not-an-investor');
    const notParticipant = await mark(stranger, startup.projectId, { mark: 'interested' }).expect(403);
    expect(notParticipant.body.type).toContain('not-a-participant');
    await mark(organizer, startup.projectId, { mark: 'interested' }).expect(403);
    await api()
      .put(`/api/v1/events/${eventId}/roadshow/${startup.projectId}/mark`)
      .send({ mark: 'interested' })
      .expect(401);
  });
});

describe('the ranking', () => {
  it('ranks the projects by their marks for organizers only', async () => {
    const ranking = await api()
      .get(`/api/v1/events/${eventId}/roadshow/ranking`)
      .set(as(organizer.user, organizer.org))
      .expect(200);
    expect(ranking.body).toEqual([
      expect.objectContaining({
        projectId: startup.projectId,
        position: 2,
        meeting: 1,
        interested: 0,
        notInterested: 0,
      }),
      expect.objectContaining({
        projectId: secretive.projectId,
        title: TEASER,
        meeting: 0,
        notInterested: 1,
      }),
    ]);
    for (const who of [investor, startup, stranger])
      await api().get(`/api/v1/events/${eventId}/roadshow/ranking`).set(as(who.user, who.org)).expect(403);
    await api().get(`/api/v1/events/${eventId}/roadshow/ranking`).expect(401);
  });

  it('still takes marks once the event finished, and none once it is archived', async () => {
    await advance('finished');
    await mark(investor, secretive.projectId, { mark: 'interested' }).expect(200);
    expect((await matchOf(secretive.projectId))!.status).toBe('shortlisted');
    await advance('archived');
    const late = await mark(investor, secretive.projectId, { mark: 'meeting' }).expect(409);
    expect(late.body.type).toContain('roadshow-not-running');
    const frozen = await api()
      .put(`/api/v1/events/${eventId}/roadshow`)
      .set(as(organizer.user, organizer.org))
      .send({ projectIds: [startup.projectId] })
      .expect(409);
    expect(frozen.body.type).toContain('event-ended');
  });
});
