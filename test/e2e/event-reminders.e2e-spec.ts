import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { EventReminderService } from '#events';
import { as } from '../support/deals.js';
import { eventCast, scheduledMeeting, type EventCast } from '../support/events.js';

/**
 * Reminders through the outbox: the day's agenda ahead of the day and each meeting shortly before it,
 * to both sides, by email (the in-process SMTP server) and in-app, once however often the sweep or the
 * job runs; a moved meeting is not recalled at its old time, a cancelled one not at all.
 */
let app: TestApp;
let cast: EventCast;
let eventId: string;
let meetingId: string;
let slots: { id: string; start: string }[];
const MINUTE = 60_000;
const api = () => request(app.baseUrl);
const reminders = () => app.worker!.get(EventReminderService);
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));
const mailsTo = (email: string, subject: string) =>
  app.mailbox.messages.filter((m) => m.to === email && m.subject.includes(subject));
/** The list `read` answers once it holds `count` items (or after 20 s, for the assertion to show). */
async function until<T>(read: () => T[], count: number): Promise<T[]> {
  for (let waited = 0; read().length < count && waited < 20_000; waited += 200)
    await new Promise((resolve) => setTimeout(resolve, 200));
  return read();
}
const startOf = (slotId: string) => new Date(slots.find((s) => s.id === slotId)!.start);
const meetingSlot = async () =>
  (
    await app.dataSource.query<{ slot_id: string }[]>('SELECT slot_id FROM event_meetings WHERE id = $1', [
      meetingId,
    ])
  )[0]!.slot_id;

beforeAll(async () => {
  app = await startTestApp();
  cast = await eventCast(app);
  const scheduled = await scheduledMeeting(app, cast);
  eventId = scheduled.eventId;
  meetingId = scheduled.meeting.id;
  const { organizer } = cast;
  const event = await api()
    .get(`/api/v1/events/${eventId}`)
    .set(as(organizer.user, organizer.org))
    .expect(200);
  slots = event.body.slots;
  // Nothing is reminded before the agenda goes out.
  expect(await reminders().queueDue(new Date(startOf(await meetingSlot()).getTime() - 10 * MINUTE))).toBe(0);
  await api().post(`/api/v1/events/${eventId}/publish`).set(as(organizer.user, organizer.org)).expect(200);
  await app.mailbox.waitFor(cast.enterprise.user.email, '洽谈日程', 20_000);
}, 180_000);

afterAll(async () => {
  await app.close();
});

describe('event reminders', () => {
  it('sends the day ahead and the meeting soon to both sides once, though the sweep and the jobs run twice', async () => {
    const { enterprise, university } = cast;
    const slotId = await meetingSlot();
    const start = startOf(slotId);
    const dayStart = startOf(slots.find((s) => s.id.startsWith(slotId.slice(0, 10)))!.id);
    // Too early for either: nothing queued.
    expect(await reminders().queueDue(new Date(dayStart.getTime() - 19 * 60 * MINUTE))).toBe(0);
    // Each side's day, then the meeting's own reminder (a first meeting of the day is due with the day);
    // the same sweeps again queue none.
    const dayAhead = new Date(dayStart.getTime() - 60 * MINUTE);
    const soon = new Date(start.getTime() - 10 * MINUTE);
    expect((await reminders().queueDue(dayAhead)) + (await reminders().queueDue(soon))).toBe(3);
    expect((await reminders().queueDue(dayAhead)) + (await reminders().queueDue(soon))).toBe(0);
    for (const side of [enterprise, university]) {
      const meetingMail = await app.mailbox.waitFor(side.user.email, '洽谈即将开始', 20_000);
      expect(meetingMail.text).toContain('A 区');
      const day = await app.mailbox.waitFor(side.user.email, '洽谈提醒', 20_000);
      expect(day.text).toContain('1 场洽谈');
    }
    // The jobs run again (a retry, a duplicate relay): nothing more is delivered.
    const queued = await app.dataSource.query<{ payload: { reminderKey: string } }[]>(
      `SELECT payload FROM outbox_events WHERE type = 'event-reminder.due'`,
    );
    expect(queued).toHaveLength(3);
    for (const { payload } of queued) {
      const again = await reminders().send(payload);
      const told = again.outcome === 'reminded' ? again.told : [];
      expect(told.length).toBeGreaterThan(0);
      expect(told.map((r) => r.emailed + r.inApp)).toEqual(told.map(() => 0));
    }
    await settle();
    for (const side of [enterprise, university]) {
      expect(mailsTo(side.user.email, '洽谈即将开始')).toHaveLength(1);
      expect(mailsTo(side.user.email, '洽谈提醒')).toHaveLength(1);
    }
    const inbox = await api()
      .get('/api/v1/notifications')
      .set(as(enterprise.user, enterprise.org))
      .expect(200);
    expect(JSON.stringify(inbox.body)).toContain('event-reminder');
  });

  it('does not recall a moved meeting at its old time, reminds it at its new one, and not once cancelled', async () => {
    const { organizer, enterprise, university } = cast;
    const slotBefore = await meetingSlot();
    const oldKey = `meeting-soon:${meetingId}:${startOf(slotBefore).getTime()}`;
    const lastSlot = slots.filter((s) => s.id !== slotBefore).at(-1)!.id;
    await api()
      .patch(`/api/v1/events/${eventId}/meetings/${meetingId}`)
      .set(as(organizer.user, organizer.org))
      .send({ slotId: lastSlot, tableId: 'A3' })
      .expect(200);
    // A reminder the sweep queued before the move finds the meeting elsewhere.
    expect(await reminders().send({ reminderKey: oldKey })).toEqual({ outcome: 'skipped' });
    const newStart = startOf(lastSlot);
    expect(await reminders().queueDue(new Date(newStart.getTime() - 5 * MINUTE))).toBeGreaterThanOrEqual(1);
    const soon = await until(() => mailsTo(enterprise.user.email, '洽谈即将开始'), 2);
    expect(soon).toHaveLength(2);
    expect(soon[1]!.text).toContain('A 区 3 号桌');
    // Cancelled: its queued reminder sends nothing.
    await api()
      .post(`/api/v1/events/${eventId}/meetings/${meetingId}/cancel`)
      .set(as(university.user, university.org))
      .expect(200);
    const newKey = `meeting-soon:${meetingId}:${newStart.getTime()}`;
    await app.dataSource.query('DELETE FROM event_reminders WHERE key = $1', [newKey]);
    expect(await reminders().queueDue(new Date(newStart.getTime() - 5 * MINUTE))).toBe(0);
    await app.dataSource.query(
      `INSERT INTO event_reminders (key, event_id, kind, subject_id, starts_at) VALUES ($1, $2, 'meeting-soon', $3, $4)`,
      [newKey, eventId, meetingId, newStart],
    );
    expect(await reminders().send({ reminderKey: newKey })).toEqual({ outcome: 'skipped' });
  });
});
