import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as } from '../support/deals.js';
import { eventCast, eventWithParticipants, type EventCast } from '../support/events.js';
import { party } from '../support/factories.js';
import { verifyOrganization, type Party } from '../support/http.js';

/**
 * The accepting side picking a slot when it accepts, walk-in meetings the organizers add on the spot
 * and walk-in organizations checked in at the door — each with who may do it and what bad input gets.
 */
let app: TestApp;
let cast: EventCast;
let outsider: Party;
let eventId: string;
let enterpriseRegistration: string;
let universityRegistration: string;
let slots: string[];
const api = () => request(app.baseUrl);

const sendRequest = async (event: string, toRegistrationId: string) => {
  const { enterprise, university } = cast;
  const sent = await api()
    .post(`/api/v1/events/${event}/meeting-requests`)
    .set(as(enterprise.user, enterprise.org))
    .send({
      toRegistrationId,
      fromPosting: { kind: 'demand', id: enterprise.demandId },
      toPosting: { kind: 'achievement', id: university.achievementId },
    })
    .expect(201);
  return sent.body.id as string;
};

beforeAll(async () => {
  app = await startTestApp();
  cast = await eventCast(app);
  outsider = await party(app, 'enterprise');
  await verifyOrganization(app, outsider.org);
  ({ eventId, enterpriseRegistration, universityRegistration } = await eventWithParticipants(app, cast, {
    schedulingMode: 'accepting-side',
  }));
  const event = await api().get(`/api/v1/events/${eventId}`).expect(200);
  slots = (event.body.slots as { id: string }[]).map((s) => s.id);
}, 180_000);

afterAll(async () => {
  await app.close();
});

describe('the accepting side picks a slot', () => {
  let requestId: string;

  it('refuses an accept without a slot, or with one the event does not have, and the request stays pending', async () => {
    const { university } = cast;
    requestId = await sendRequest(eventId, universityRegistration);
    for (const [body, code] of [
      [{}, 'slot-required'],
      [{ slotId: '2000-01-01T09:00' }, 'unknown-slot'],
    ] as const) {
      const refused = await api()
        .post(`/api/v1/events/${eventId}/meeting-requests/${requestId}/accept`)
        .set(as(university.user, university.org))
        .send(body)
        .expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'slotId', code })]);
    }
    const [row] = await app.dataSource.query<{ status: string }[]>(
      'SELECT status FROM event_meeting_requests WHERE id = $1',
      [requestId],
    );
    expect(row!.status).toBe('pending');
  });

  it('places the meeting in the chosen slot at the first free table when accepted', async () => {
    const { university, enterprise } = cast;
    await api()
      .post(`/api/v1/events/${eventId}/meeting-requests/${requestId}/accept`)
      .set(as(university.user, university.org))
      .send({ slotId: slots[1] })
      .expect(200);
    const meetings = await api()
      .get(`/api/v1/events/${eventId}/meetings`)
      .set(as(enterprise.user, enterprise.org))
      .expect(200);
    expect(meetings.body).toEqual([
      expect.objectContaining({ requestId, slotId: slots[1], tableId: 'A1', pinned: true }),
    ]);
  });

  it('refuses a slot in an event whose organizers schedule', async () => {
    const other = await eventWithParticipants(app, cast);
    const pending = await sendRequest(other.eventId, other.universityRegistration);
    const refused = await api()
      .post(`/api/v1/events/${other.eventId}/meeting-requests/${pending}/accept`)
      .set(as(cast.university.user, cast.university.org))
      .send({ slotId: slots[0] })
      .expect(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'slotId', code: 'organizer-schedules' }),
    ]);
  });
});

describe('walk-in meetings', () => {
  const walkIn = (headers: Record<string, string>, body: Record<string, unknown>) =>
    api().post(`/api/v1/events/${eventId}/meetings`).set(headers).send(body);
  const body = () => ({
    registrationAId: enterpriseRegistration,
    registrationBId: universityRegistration,
    slotId: slots[2],
  });

  it.each([
    ['a participant', 403],
    ['another organization', 403],
    ['the anonymous', 401],
  ] as const)('are refused to %s (%i)', async (who, status) => {
    const headers =
      who === 'the anonymous'
        ? {}
        : who === 'a participant'
          ? as(cast.enterprise.user, cast.enterprise.org)
          : as(outsider.user, outsider.org);
    await walkIn(headers, body()).expect(status);
  });

  it('refuses a meeting with oneself and a slot either side is already in, and adds nothing', async () => {
    const organizer = as(cast.organizer.user, cast.organizer.org);
    const self = await walkIn(organizer, { ...body(), registrationBId: enterpriseRegistration }).expect(400);
    expect(self.body.errors).toEqual([
      expect.objectContaining({ field: 'registrationBId', code: 'same-registration' }),
    ]);
    // slots[1] holds the two sides' accepted meeting: the seats' unique key refuses a second.
    await walkIn(organizer, { ...body(), slotId: slots[1] }).expect(409);
    const [count] = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM event_meetings WHERE event_id = $1',
      [eventId],
    );
    expect(count!.n).toBe(1);
  });

  it('are added by organizers, placed and pinned', async () => {
    const added = await walkIn(as(cast.organizer.user, cast.organizer.org), {
      ...body(),
      tableId: 'A3',
    }).expect(201);
    expect(added.body).toMatchObject({ slotId: slots[2], tableId: 'A3', pinned: true, requestId: null });
  });
});

describe('walk-in organizations at check-in', () => {
  it('are refused to participants, and unknown organizations are a field error', async () => {
    await api()
      .post(`/api/v1/events/${eventId}/check-in`)
      .set(as(cast.enterprise.user, cast.enterprise.org))
      .send({ method: 'hand', walkInOrganizationId: outsider.org })
      .expect(403);
    const unknown = await api()
      .post(`/api/v1/events/${eventId}/check-in`)
      .set(as(cast.organizer.user, cast.organizer.org))
      .send({ method: 'hand', walkInOrganizationId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ field: 'walkInOrganizationId', code: 'unknown-organization' }),
    ]);
  });

  it('registers, approves and checks in a verified organization, once however often staff press', async () => {
    for (let i = 0; i < 2; i++) {
      const checked = await api()
        .post(`/api/v1/events/${eventId}/check-in`)
        .set(as(cast.organizer.user, cast.organizer.org))
        .send({ method: 'hand', walkInOrganizationId: outsider.org })
        .expect(200);
      expect(checked.body).toMatchObject({
        organizationId: outsider.org,
        status: 'approved',
        checkedInAt: expect.any(String),
      });
    }
    const counts = await api()
      .get(`/api/v1/events/${eventId}/dashboard`)
      .set(as(cast.organizer.user, cast.organizer.org))
      .expect(200);
    expect(counts.body).toMatchObject({ registrations: 3, approved: 3, checkedIn: 1 });
  });
});

describe('a check-in racing a refusal of the same registration', () => {
  it('ends approved and checked in, or refused and not checked in: never refused yet present', async () => {
    const organizer = as(cast.organizer.user, cast.organizer.org);
    const [{ id }] = await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM event_registrations WHERE event_id = $1 AND organization_id = $2`,
      [eventId, outsider.org],
    );
    for (let round = 0; round < 20; round += 1) {
      // Back to an approved registration nobody has checked in yet: the state both requests start from.
      await app.dataSource.query(`DELETE FROM event_check_ins WHERE registration_id = $1`, [id]);
      await app.dataSource.query(`UPDATE event_registrations SET status = 'approved' WHERE id = $1`, [id]);
      const [checkedIn, refused] = await Promise.all([
        api()
          .post(`/api/v1/events/${eventId}/check-in`)
          .set(organizer)
          .send({ method: 'hand', registrationId: id }),
        api()
          .put(`/api/v1/events/${eventId}/registrations/${id}/status`)
          .set(organizer)
          .send({ status: 'refused' }),
      ]);
      const [stored] = await app.dataSource.query<{ status: string; checked_in: boolean }[]>(
        `SELECT status, EXISTS (SELECT 1 FROM event_check_ins WHERE registration_id = $1) AS checked_in
           FROM event_registrations WHERE id = $1`,
        [id],
      );
      if (refused.status === 200) {
        expect(stored).toEqual({ status: 'refused', checked_in: false });
        expect(checkedIn.status).toBe(400);
      } else {
        expect(refused.status).toBe(409);
        expect(refused.body.type).toMatch(/already-checked-in$/);
        expect(stored).toEqual({ status: 'approved', checked_in: true });
        expect(checkedIn.status).toBe(200);
      }
    }
  });
});
