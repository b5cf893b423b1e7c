import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as } from '../support/deals.js';
import { eventBody, eventCast, eventWithParticipants, type EventCast } from '../support/events.js';

/**
 * The main path of a matchmaking event over the real api and worker: set-up, registration, suggestions
 * from the stored match, a request that opens the match's conversation, the scheduler, a refused and an
 * allowed move, the agenda emailed with its .ics, the QR check-in, an outcome and the organizer's counts.
 */
let app: TestApp;
let cast: EventCast;
let eventId: string;
let enterpriseRegistration: string;
let universityRegistration: string;
const api = () => request(app.baseUrl);

beforeAll(async () => {
  app = await startTestApp();
  cast = await eventCast(app);
  ({ eventId, enterpriseRegistration, universityRegistration } = await eventWithParticipants(app, cast));
}, 120_000);

afterAll(async () => {
  await app.close();
});

describe('a matchmaking event', () => {
  let requestId: string;
  let meetingId: string;

  it('suggests the stored match between the participants’ postings with its score', async () => {
    const { enterprise } = cast;
    const response = await api()
      .get(`/api/v1/events/${eventId}/suggestions`)
      .set(as(enterprise.user, enterprise.org))
      .expect(200);
    expect(response.body).toEqual([
      expect.objectContaining({
        matchId: cast.matchId,
        fromRegistrationId: enterpriseRegistration,
        toRegistrationId: universityRegistration,
        requestStatus: null,
      }),
    ]);
    expect(response.body[0].score).toBeGreaterThan(0);
  });

  it('sends a request that opens the match’s conversation, and the other side accepts it', async () => {
    const { enterprise, university } = cast;
    const sent = await api()
      .post(`/api/v1/events/${eventId}/meeting-requests`)
      .set(as(enterprise.user, enterprise.org))
      .send({
        toRegistrationId: universityRegistration,
        fromPosting: { kind: 'demand', id: enterprise.demandId },
        toPosting: { kind: 'achievement', id: university.achievementId },
        message: '希望当面交流热失控预警方案',
      })
      .expect(201);
    expect(sent.body).toMatchObject({ status: 'pending' });
    expect(sent.body.conversationId).toEqual(expect.any(String));
    requestId = sent.body.id as string;
    const thread = await api()
      .get(`/api/v1/conversations/${sent.body.conversationId as string}`)
      .set(as(university.user, university.org))
      .expect(200);
    expect(JSON.stringify(thread.body)).toContain(enterprise.org);
    // The asker cannot answer its own request.
    await api()
      .post(`/api/v1/events/${eventId}/meeting-requests/${requestId}/accept`)
      .set(as(enterprise.user, enterprise.org))
      .expect(400);
    const accepted = await api()
      .post(`/api/v1/events/${eventId}/meeting-requests/${requestId}/accept`)
      .set(as(university.user, university.org))
      .expect(200);
    expect(accepted.body.status).toBe('accepted');
  });

  it('schedules the accepted meeting and says how many any schedule could place', async () => {
    const { organizer } = cast;
    const run = await api()
      .post(`/api/v1/events/${eventId}/schedule`)
      .set(as(organizer.user, organizer.org))
      .expect(200);
    expect(run.body.placed).toHaveLength(1);
    expect(run.body.unplaced).toHaveLength(0);
    expect(run.body.upperBound).toBe(1);
    meetingId = run.body.placed[0].id as string;
    expect(run.body.placed[0]).toMatchObject({ requestId, tableId: expect.any(String) });
  });

  it('refuses a move to a slot the event does not have, and nothing changes', async () => {
    const { organizer } = cast;
    const before = await api()
      .get(`/api/v1/events/${eventId}/meetings`)
      .set(as(organizer.user, organizer.org))
      .expect(200);
    const refused = await api()
      .patch(`/api/v1/events/${eventId}/meetings/${meetingId}`)
      .set(as(organizer.user, organizer.org))
      .send({ slotId: '2000-01-01T10:45', tableId: 'A1' })
      .expect(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'slotId', code: 'unknown-slot' })]);
    const after = await api()
      .get(`/api/v1/events/${eventId}/meetings`)
      .set(as(organizer.user, organizer.org))
      .expect(200);
    expect(after.body).toEqual(before.body);
  });

  it('moves and pins the meeting by hand; a re-run keeps it there', async () => {
    const { organizer } = cast;
    const event = await api()
      .get(`/api/v1/events/${eventId}`)
      .set(as(organizer.user, organizer.org))
      .expect(200);
    const lastSlot = (event.body.slots as { id: string }[]).at(-1)!.id;
    const moved = await api()
      .patch(`/api/v1/events/${eventId}/meetings/${meetingId}`)
      .set(as(organizer.user, organizer.org))
      .send({ slotId: lastSlot, tableId: 'A3' })
      .expect(200);
    expect(moved.body).toMatchObject({ slotId: lastSlot, tableId: 'A3', pinned: true });
    const rerun = await api()
      .post(`/api/v1/events/${eventId}/schedule`)
      .set(as(organizer.user, organizer.org))
      .expect(200);
    expect(rerun.body.placed[0]).toMatchObject({ slotId: lastSlot, tableId: 'A3' });
    expect(rerun.body.moved).toBe(0);
  });

  it('publishes the agenda: each participant gets one email with a valid .ics', async () => {
    const { organizer, enterprise, university } = cast;
    await api().post(`/api/v1/events/${eventId}/publish`).set(as(organizer.user, organizer.org)).expect(200);
    for (const party of [enterprise, university]) {
      const mail = await app.mailbox.waitFor(party.user.email, '洽谈日程', 20_000);
      const ics = mail.attachments.find((a) => a.filename === 'agenda.ics');
      expect(ics?.content).toContain('BEGIN:VCALENDAR');
      expect(ics?.content).toContain(`UID:meeting-${meetingId}@`);
      expect(ics?.content).toContain('A 区 3 号桌');
    }
    const own = await api()
      .get(`/api/v1/events/${eventId}/agenda.ics`)
      .set(as(enterprise.user, enterprise.org))
      .expect(200);
    expect(own.headers['content-type']).toContain('text/calendar');
    expect(own.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    // However the job is retried, each member gets one agenda per publication.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      app.mailbox.messages.filter((m) => m.to === enterprise.user.email && m.subject.includes('洽谈日程')),
    ).toHaveLength(1);
  });

  it('checks a participant in by its QR code’s token and counts outcomes for the organizer', async () => {
    const { organizer, enterprise } = cast;
    const code = await api()
      .get(`/api/v1/events/${eventId}/check-in-code`)
      .set(as(enterprise.user, enterprise.org))
      .expect(200);
    expect(code.body.svg).toContain('<svg');
    expect(code.body.url).toBe(`${app.baseUrl}/events/${eventId}/check-in#token=${code.body.token}`);
    const checked = await api()
      .post(`/api/v1/events/${eventId}/check-in`)
      .set(as(organizer.user, organizer.org))
      .send({ method: 'qr', token: code.body.token as string })
      .expect(200);
    expect(checked.body).toMatchObject({ id: enterpriseRegistration, checkedInAt: expect.any(String) });
    await api()
      .put(`/api/v1/events/${eventId}/meetings/${meetingId}/outcome`)
      .set(as(enterprise.user, enterprise.org))
      .send({ outcome: 'follow-up', note: '下月赴校考察' })
      .expect(204);
    const counts = await api()
      .get(`/api/v1/events/${eventId}/dashboard`)
      .set(as(organizer.user, organizer.org))
      .expect(200);
    expect(counts.body).toMatchObject({
      registrations: 2,
      byOrganizationType: { enterprise: 1, university: 1 },
      byRegion: { '320100': 2 },
      approved: 2,
      checkedIn: 1,
      requests: { accepted: 1 },
      acceptanceRate: 1,
      meetingsPlaced: 1,
      meetingsHeld: 1,
      meetingsNoShow: 0,
      outcomes: { 'follow-up': 1 },
    });
  });
  it('exports participants, schedule and outcomes as one Excel workbook for the organizers', async () => {
    const { organizer, enterprise } = cast;
    const response = await api()
      .get(`/api/v1/events/${eventId}/export`)
      .set(as(organizer.user, organizer.org))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body as never);
    const rows = (name: string) =>
      book
        .getWorksheet(name)!
        .getSheetValues()
        .slice(2)
        .map((row) => JSON.stringify(row));
    const [participants, schedule, outcomes] = [
      rows('参会机构 Participants'),
      rows('日程 Schedule'),
      rows('洽谈成果 Outcomes'),
    ];
    expect(participants).toHaveLength(2);
    expect(participants.join()).toContain('寻找电池安全技术');
    expect(schedule).toHaveLength(1);
    expect(schedule[0]).toContain('A 区 3 号桌');
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toContain('继续跟进');
    expect(outcomes[0]).toContain('下月赴校考察');
    await api().get(`/api/v1/events/${eventId}/export`).set(as(enterprise.user, enterprise.org)).expect(403);
  });
});

describe('bad input', () => {
  it('refuses an event whose sessions fit no meeting, with field errors, and stores nothing', async () => {
    const { organizer } = cast;
    const before = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM matchmaking_events',
    );
    const response = await api()
      .post('/api/v1/events')
      .set(as(organizer.user, organizer.org))
      .send(
        eventBody({
          days: [{ date: '2027-03-02', sessions: [{ start: '09:00', end: '09:20' }] }],
          tables: [
            { id: 'A1', name: '1' },
            { id: 'A1', name: '2' },
          ],
          kind: 'party',
        }),
      )
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind']);
    const fixedKind = await api()
      .post('/api/v1/events')
      .set(as(organizer.user, organizer.org))
      .send(
        eventBody({
          days: [{ date: '2027-03-02', sessions: [{ start: '09:00', end: '09:20' }] }],
          tables: [
            { id: 'A1', name: '1' },
            { id: 'A1', name: '2' },
          ],
        }),
      )
      .expect(400);
    expect(fixedKind.body.errors.map((e: { code: string }) => e.code).sort()).toEqual([
      'duplicate-table',
      'no-slot-fits',
    ]);
    const after = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM matchmaking_events',
    );
    expect(after).toEqual(before);
  });

  it('refuses a request across the pairing rules and one to oneself', async () => {
    const { enterprise } = cast;
    const across = await api()
      .post(`/api/v1/events/${eventId}/meeting-requests`)
      .set(as(enterprise.user, enterprise.org))
      .send({
        toRegistrationId: enterpriseRegistration,
        fromPosting: { kind: 'demand', id: enterprise.demandId },
        toPosting: { kind: 'demand', id: enterprise.demandId },
      })
      .expect(400);
    expect(across.body.errors).toEqual([
      expect.objectContaining({ field: 'toRegistrationId', code: 'same-organization' }),
    ]);
  });

  it('refuses a second registration of the same organization with a 409', async () => {
    const { enterprise } = cast;
    await api()
      .post(`/api/v1/events/${eventId}/registrations`)
      .set(as(enterprise.user, enterprise.org))
      .send({ postings: [{ kind: 'demand', id: enterprise.demandId }] })
      .expect(409);
  });
});
