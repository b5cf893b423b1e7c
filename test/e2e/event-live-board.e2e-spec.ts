import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as } from '../support/deals.js';
import { eventCast, scheduledMeeting, type EventCast } from '../support/events.js';

/**
 * The organizers' live board (`GET …/{id}/live`; who may read it: events-authorization): the meetings
 * of the slot running at the instant asked, by table, the tables free then and in the next slot, and
 * who checked in, those not yet arrived first.
 */
let app: TestApp;
let cast: EventCast;
let eventId: string;
let meeting: { id: string; tableName: string };
let slots: { id: string; start: string; end: string }[];
const MINUTE = 60_000;
const api = () => request(app.baseUrl);
const organizer = () => as(cast.organizer.user, cast.organizer.org);
const board = (at: Date) =>
  api().get(`/api/v1/events/${eventId}/live`).query({ at: at.toISOString() }).set(organizer());

beforeAll(async () => {
  app = await startTestApp();
  cast = await eventCast(app);
  ({ eventId, meeting } = await scheduledMeeting(app, cast));
  slots = (await api().get(`/api/v1/events/${eventId}`).set(organizer()).expect(200)).body.slots;
}, 180_000);

afterAll(async () => {
  await app.close();
});

describe('the live board', () => {
  it('shows the running meeting at its table, the free tables now and next, and who checked in', async () => {
    const [row] = await app.dataSource.query<{ slot_id: string; registration_a_id: string }[]>(
      'SELECT slot_id, registration_a_id FROM event_meetings WHERE id = $1',
      [meeting.id],
    );
    const slotIndex = slots.findIndex((s) => s.id === row!.slot_id);
    await api()
      .post(`/api/v1/events/${eventId}/check-in`)
      .set(organizer())
      .send({ method: 'hand', registrationId: row!.registration_a_id, day: row!.slot_id.slice(0, 10) })
      .expect(200);
    const live = await board(new Date(new Date(slots[slotIndex]!.start).getTime() + MINUTE)).expect(200);
    expect(live.body.currentSlot.id).toBe(row!.slot_id);
    expect(live.body.nextSlot?.id ?? null).toBe(slots[slotIndex + 1]?.id ?? null);
    expect(live.body.running).toHaveLength(1);
    const [running] = live.body.running as {
      id: string;
      tableName: string;
      sides: { checkedIn: boolean }[];
    }[];
    expect(running!.id).toBe(meeting.id);
    expect(running!.tableName).toBe(meeting.tableName);
    expect(running!.sides.map((side) => side.checkedIn).sort()).toEqual([false, true]);
    const names = (tables: { name: string }[]) => tables.map((t) => t.name);
    expect(names(live.body.freeNow)).not.toContain(meeting.tableName);
    expect(live.body.freeNow).toHaveLength(2);
    expect(live.body.freeNext).toHaveLength(live.body.nextSlot ? 3 : 0);
    expect(live.body).toMatchObject({ approved: 2, checkedIn: 1 });
    // Those not yet arrived come first: the staff's list of whom to call.
    expect(live.body.participants.map((p: { checkedIn: boolean }) => p.checkedIn)).toEqual([false, true]);
  });

  it('shows each day its own arrivals: those checked in before a two-day event are present on its first day only', async () => {
    const firstDay = slots[0]!;
    const secondDay = slots.find((s) => s.id.slice(0, 10) !== firstDay.id.slice(0, 10))!;
    const during = (slot: { start: string }) => new Date(new Date(slot.start).getTime() + MINUTE);
    const secondBefore = (await board(during(secondDay)).expect(200)).body;
    const registrations = (secondBefore.participants as { registrationId: string }[]).map(
      (p) => p.registrationId,
    );
    // 报到 a week ahead, twice for one of them: the check-ins count for the first day, once each.
    for (const registrationId of [...registrations, registrations[0]!])
      await api()
        .post(`/api/v1/events/${eventId}/check-in`)
        .set(organizer())
        .send({ method: 'hand', registrationId })
        .expect(200);
    expect((await board(during(firstDay)).expect(200)).body).toMatchObject({ approved: 2, checkedIn: 2 });
    const secondAfter = (await board(during(secondDay)).expect(200)).body;
    expect(secondAfter.participants).toEqual(secondBefore.participants);
    expect(secondAfter.checkedIn).toBe(secondBefore.checkedIn);
    const counts = await api().get(`/api/v1/events/${eventId}/dashboard`).set(organizer()).expect(200);
    expect(counts.body).toMatchObject({ checkedIn: 2 });
    expect(counts.body.checkedInByDay[firstDay.id.slice(0, 10)]).toBe(2);
  });

  it('takes a day named for an arrival entered by hand only if the event runs on it, and none with a QR code', async () => {
    const checkIn = (body: Record<string, unknown>) =>
      api().post(`/api/v1/events/${eventId}/check-in`).set(organizer()).send(body).expect(400);
    const [row] = await app.dataSource.query<{ registration_b_id: string; token: string }[]>(
      `SELECT m.registration_b_id, r.check_in_token AS token
         FROM event_meetings m JOIN event_registrations r ON r.id = m.registration_b_id WHERE m.id = $1`,
      [meeting.id],
    );
    const before = await app.dataSource.query('SELECT * FROM event_check_ins ORDER BY registration_id, day');
    const refused = [
      await checkIn({ method: 'hand', registrationId: row!.registration_b_id, day: '2020-01-01' }),
      await checkIn({ method: 'hand', registrationId: row!.registration_b_id, day: '2027-02-30' }),
      await checkIn({ method: 'qr', token: row!.token, day: slots[0]!.id.slice(0, 10) }),
    ];
    expect(refused.map((r) => r.body.errors[0])).toEqual([
      expect.objectContaining({ field: 'day', code: 'not-an-event-day' }),
      expect.objectContaining({ field: 'day' }),
      expect.objectContaining({ field: 'day', code: 'day-by-hand' }),
    ]);
    expect(await app.dataSource.query('SELECT * FROM event_check_ins ORDER BY registration_id, day')).toEqual(
      before,
    );
  });

  it('refuses an instant that is not one with a field error', async () => {
    const refused = await api()
      .get(`/api/v1/events/${eventId}/live`)
      .query({ at: 'tomorrow' })
      .set(organizer())
      .expect(400);
    expect(JSON.stringify(refused.body)).toContain('at');
  });
});
