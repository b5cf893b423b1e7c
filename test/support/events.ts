import request from 'supertest';
import type { TestApp } from './app-harness.js';
import { BATTERY_ACHIEVEMENT, BATTERY_DEMAND, matchBetween } from './battery-match.js';
import { createPosting, publishPosting } from './catalogue.js';
import { as } from './deals.js';
import {
  createDemand,
  grantPlatformRole,
  publishDemand,
  signUp,
  verifyOrganization,
  type Party,
} from './http.js';
import { party } from './factories.js';

const DAY = 86_400_000;
/** The Beijing date `offsetDays` from now (`YYYY-MM-DD`). */
export const chinaDate = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY + 8 * 3_600_000).toISOString().slice(0, 10);

/** A valid body for POST /events: two days from next week, 30-minute meetings, three tables. */
export function eventBody(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '2027 江苏省科技成果对接会',
    description: '动力电池与新能源汽车专场',
    kind: 'one-to-one',
    format: 'onsite',
    venueName: '南京国际博览中心',
    venueAddress: '南京市建邺区江东中路 300 号',
    regionCode: '320105',
    days: [
      { date: chinaDate(7), sessions: [{ start: '09:00', end: '12:00' }] },
      { date: chinaDate(8), sessions: [{ start: '09:00', end: '11:00' }] },
    ],
    breaks: [{ start: '10:30', end: '10:45' }],
    meetingMinutes: 30,
    tables: [
      { id: 'A1', name: 'A 区 1 号桌' },
      { id: 'A2', name: 'A 区 2 号桌' },
      { id: 'A3', name: 'A 区 3 号桌' },
    ],
    pairingRules: [{ a: 'demand', b: 'achievement' }],
    maxMeetingsPerParticipant: 4,
    registrationDeadline: new Date(Date.now() + 5 * DAY).toISOString(),
    approvalRequired: true,
    requestMode: 'approval',
    schedulingMode: 'organizer',
    requestExpiryHours: 48,
    ...patch,
  };
}

/** The cast of an event test: an organizer, an enterprise with a demand and a university with a matching achievement. */
export interface EventCast {
  organizer: Party;
  enterprise: Party & { demandId: string };
  university: Party & { achievementId: string };
  matchId: string;
}

export async function eventCast(app: TestApp): Promise<EventCast> {
  const moderator = await signUp(app);
  await grantPlatformRole(app, moderator, 'moderator');
  const organizer = await party(app, 'organizer');
  const enterprise = await party(app, 'enterprise');
  const university = await party(app, 'university');
  for (const party of [organizer, enterprise, university]) await verifyOrganization(app, party.org);
  const demandId = await createDemand(app, enterprise.user, enterprise.org, BATTERY_DEMAND);
  await publishDemand(app, enterprise.user, moderator, demandId);
  const achievementId = await createPosting(
    app,
    'achievement',
    university.user,
    university.org,
    BATTERY_ACHIEVEMENT,
  );
  await publishPosting(app, 'achievement', university.user, moderator, achievementId);
  const matchId = await matchBetween(app, demandId, achievementId);
  return {
    organizer,
    enterprise: { ...enterprise, demandId },
    university: { ...university, achievementId },
    matchId,
  };
}

/** A published event of `organizer` (eventBody with `patch`): its id. */
export async function publishedEvent(
  app: TestApp,
  organizer: Party,
  patch: Record<string, unknown> = {},
): Promise<string> {
  const api = () => request(app.baseUrl);
  const created = await api()
    .post('/api/v1/events')
    .set(as(organizer.user, organizer.org))
    .send(eventBody(patch))
    .expect(201);
  const eventId = created.body.id as string;
  await api()
    .post(`/api/v1/events/${eventId}/status`)
    .set(as(organizer.user, organizer.org))
    .send({ status: 'published' })
    .expect(200);
  return eventId;
}

/** A published event of the cast's organizer with both participants registered and approved. */
export async function eventWithParticipants(
  app: TestApp,
  cast: EventCast,
  patch: Record<string, unknown> = {},
): Promise<{ eventId: string; enterpriseRegistration: string; universityRegistration: string }> {
  const { organizer, enterprise, university } = cast;
  const eventId = await publishedEvent(app, organizer, patch);
  const register = (party: Party, posting: { kind: string; id: string }) =>
    registerApproved(app, organizer, eventId, party, posting);
  return {
    eventId,
    enterpriseRegistration: await register(enterprise, { kind: 'demand', id: enterprise.demandId }),
    universityRegistration: await register(university, { kind: 'achievement', id: university.achievementId }),
  };
}

/** `party` registers for the event with one posting and the organizer approves it: its registration id. */
export async function registerApproved(
  app: TestApp,
  organizer: Party,
  eventId: string,
  party: Party,
  posting: { kind: string; id: string },
): Promise<string> {
  const api = () => request(app.baseUrl);
  const response = await api()
    .post(`/api/v1/events/${eventId}/registrations`)
    .set(as(party.user, party.org))
    .send({ postings: [posting], attendees: [{ name: '李明', title: '总经理' }], note: '寻找电池安全技术' })
    .expect(201);
  await api()
    .put(`/api/v1/events/${eventId}/registrations/${response.body.id as string}/status`)
    .set(as(organizer.user, organizer.org))
    .send({ status: 'approved' })
    .expect(200);
  return response.body.id as string;
}

/** The enterprise asks the university for a meeting on their matched pair and the university accepts: one meeting to schedule. */
export async function acceptedRequest(
  app: TestApp,
  cast: EventCast,
  eventId: string,
  universityRegistration: string,
): Promise<string> {
  const { enterprise, university } = cast;
  const sent = await request(app.baseUrl)
    .post(`/api/v1/events/${eventId}/meeting-requests`)
    .set(as(enterprise.user, enterprise.org))
    .send({
      toRegistrationId: universityRegistration,
      fromPosting: { kind: 'demand', id: enterprise.demandId },
      toPosting: { kind: 'achievement', id: university.achievementId },
    })
    .expect(201);
  const requestId = sent.body.id as string;
  await request(app.baseUrl)
    .post(`/api/v1/events/${eventId}/meeting-requests/${requestId}/accept`)
    .set(as(university.user, university.org))
    .expect(200);
  return requestId;
}

/** The cast's event with their accepted meeting placed by the scheduler: the event, request and placed meeting. */
export async function scheduledMeeting(
  app: TestApp,
  cast: EventCast,
): Promise<{ eventId: string; requestId: string; meeting: { id: string; tableName: string } }> {
  const { eventId, universityRegistration } = await eventWithParticipants(app, cast);
  const requestId = await acceptedRequest(app, cast, eventId, universityRegistration);
  const run = await request(app.baseUrl)
    .post(`/api/v1/events/${eventId}/schedule`)
    .set(as(cast.organizer.user, cast.organizer.org))
    .expect(200);
  return { eventId, requestId, meeting: run.body.placed[0] as { id: string; tableName: string } };
}
