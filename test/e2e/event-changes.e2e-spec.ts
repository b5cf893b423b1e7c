import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { EventNotifier } from '#events';
import type { EventPayloads, EventType } from '#queue';
import { as } from '../support/deals.js';
import { eventCast, scheduledMeeting, type EventCast } from '../support/events.js';
import { party } from '../support/factories.js';
import { verifyOrganization, type Party } from '../support/http.js';

/**
 * Change notices: once the agenda went out, a moved meeting, a cancelled meeting and a cancelled event
 * reach the people affected (in-app and by email, through the outbox, once each) with an `.ics` that
 * updates their calendars — a higher SEQUENCE, METHOD:CANCEL for what no longer takes place.
 */
let app: TestApp;
let cast: EventCast;
let outsider: Party;
let eventId: string;
let requestId: string;
let meetingId: string;
const api = () => request(app.baseUrl);
const settle = () => new Promise((resolve) => setTimeout(resolve, 800));
const mailsTo = (email: string, subject: string) =>
  app.mailbox.messages.filter((m) => m.to === email && m.subject.includes(subject));
const icsOf = (mail: { attachments: { filename: string; content: string }[] }) =>
  mail.attachments.find((a) => a.filename === 'agenda.ics')?.content ?? '';

beforeAll(async () => {
  app = await startTestApp();
  cast = await eventCast(app);
  outsider = await party(app, 'enterprise');
  await verifyOrganization(app, outsider.org);
  const scheduled = await scheduledMeeting(app, cast);
  ({ eventId, requestId } = scheduled);
  meetingId = scheduled.meeting.id;
  const { organizer } = cast;
  await api().post(`/api/v1/events/${eventId}/publish`).set(as(organizer.user, organizer.org)).expect(200);
  await app.mailbox.waitFor(cast.enterprise.user.email, '洽谈日程', 20_000);
}, 180_000);

afterAll(async () => {
  await app.close();
});

describe('a moved meeting', () => {
  it('tells both sides at once with an .ics whose SEQUENCE is raised, once however often the job runs', async () => {
    const { organizer, enterprise, university } = cast;
    const event = await api().get(`/api/v1/events/${eventId}`).set(as(organizer.user, organizer.org));
    const lastSlot = (event.body.slots as { id: string }[]).at(-1)!.id;
    await api()
      .patch(`/api/v1/events/${eventId}/meetings/${meetingId}`)
      .set(as(organizer.user, organizer.org))
      .send({ slotId: lastSlot, tableId: 'A2' })
      .expect(200);
    for (const side of [enterprise, university]) {
      const mail = await app.mailbox.waitFor(side.user.email, '洽谈时间或桌号变更', 20_000);
      const ics = icsOf(mail);
      expect(ics).toContain('METHOD:PUBLISH');
      expect(ics).toContain(`UID:meeting-${meetingId}@`);
      expect(ics).toContain('SEQUENCE:1');
      expect(ics).toContain('A 区 2 号桌');
    }
    const inbox = await api()
      .get('/api/v1/notifications')
      .set(as(enterprise.user, enterprise.org))
      .expect(200);
    expect(JSON.stringify(inbox.body)).toContain('event-changed');
    // The job run again (a retry, a duplicate relay) delivers nothing more.
    const [outbox] = await app.dataSource.query<{ payload: EventPayloads[EventType.EventMeetingChanged] }[]>(
      `SELECT payload FROM outbox_events WHERE type = 'event-meeting.changed'`,
    );
    const again = await app.worker!.get(EventNotifier).meetingChanged(outbox!.payload);
    expect(again!.map((r) => r.emailed + r.inApp)).toEqual([0, 0]);
    // A move to where it already is changes nothing and tells nobody.
    await api()
      .patch(`/api/v1/events/${eventId}/meetings/${meetingId}`)
      .set(as(organizer.user, organizer.org))
      .send({ slotId: lastSlot, tableId: 'A2' })
      .expect(200);
    await settle();
    expect(mailsTo(enterprise.user.email, '洽谈时间或桌号变更')).toHaveLength(1);
  });
});

describe('a cancelled meeting', () => {
  it.each([
    ['another organization', 403],
    ['the anonymous', 401],
  ] as const)('refuses %s (%i) and nothing changes', async (who, status) => {
    const headers = who === 'the anonymous' ? {} : as(outsider.user, outsider.org);
    const response = await api().post(`/api/v1/events/${eventId}/meetings/${meetingId}/cancel`).set(headers);
    expect(response.status).toBe(status);
    const [row] = await app.dataSource.query<{ status: string }[]>(
      'SELECT status FROM event_meetings WHERE id = $1',
      [meetingId],
    );
    expect(row!.status).toBe('scheduled');
  });

  it('is called off by one side: the other hears with METHOD:CANCEL, seats and the request are freed', async () => {
    const { enterprise, university } = cast;
    const cancelled = await api()
      .post(`/api/v1/events/${eventId}/meetings/${meetingId}/cancel`)
      .set(as(university.user, university.org))
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    const mail = await app.mailbox.waitFor(enterprise.user.email, '洽谈已取消', 20_000);
    const ics = icsOf(mail);
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:2');
    await settle();
    // Whoever cancelled is not told of its own change.
    expect(mailsTo(university.user.email, '洽谈已取消')).toHaveLength(0);
    const [seats] = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM event_meeting_seats WHERE meeting_id = $1',
      [meetingId],
    );
    expect(seats!.n).toBe(0);
    const [req] = await app.dataSource.query<{ status: string }[]>(
      'SELECT status FROM event_meeting_requests WHERE id = $1',
      [requestId],
    );
    expect(req!.status).toBe('cancelled');
    const own = await api()
      .get(`/api/v1/events/${eventId}/agenda.ics`)
      .set(as(enterprise.user, enterprise.org))
      .expect(200);
    expect(own.text).not.toContain('BEGIN:VEVENT');
    await api()
      .post(`/api/v1/events/${eventId}/meetings/${meetingId}/cancel`)
      .set(as(enterprise.user, enterprise.org))
      .expect(409);
  });
});

describe('a cancelled event', () => {
  it('is refused to participants and outsiders, and nothing changes', async () => {
    for (const who of [cast.enterprise, outsider]) {
      const response = await api().post(`/api/v1/events/${eventId}/cancel`).set(as(who.user, who.org));
      expect(response.status).toBe(403);
    }
    await api().post(`/api/v1/events/${eventId}/cancel`).expect(401);
    const event = await api().get(`/api/v1/events/${eventId}`).expect(200);
    expect(event.body.status).toBe('published');
  });

  it('tells every participant once; the event ends and refuses further changes', async () => {
    const { organizer, enterprise, university } = cast;
    const cancelled = await api()
      .post(`/api/v1/events/${eventId}/cancel`)
      .set(as(organizer.user, organizer.org))
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    for (const side of [enterprise, university])
      await app.mailbox.waitFor(side.user.email, '活动已取消', 20_000);
    await settle();
    expect(mailsTo(enterprise.user.email, '活动已取消')).toHaveLength(1);
    await api().post(`/api/v1/events/${eventId}/cancel`).set(as(organizer.user, organizer.org)).expect(409);
    await api().post(`/api/v1/events/${eventId}/schedule`).set(as(organizer.user, organizer.org)).expect(409);
  });
});
