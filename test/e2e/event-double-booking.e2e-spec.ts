import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as } from '../support/deals.js';
import { eventBody, publishedEvent, registerApproved } from '../support/events.js';
import { party, publishedPosting } from '../support/factories.js';
import { verifyOrganization, type Party } from '../support/http.js';

/**
 * Double booking is impossible in the database itself: concurrent accepts and moves into one slot
 * place one meeting and refuse the others, the seats' and tables' unique keys refuse a second booking
 * written past the services, and random sequences of requests, accepts, declines, cancellations, moves
 * and scheduler runs leave the database as a plain in-memory model of the rules says.
 */
let app: TestApp;
let organizer: Party;
/** Two enterprises bringing a demand each, then two universities bringing an achievement each. */
let participants: { party: Party; posting: { kind: string; id: string } }[];
const api = () => request(app.baseUrl);

/** A published event of three slots and two tables with the four participants approved. */
async function freshEvent(
  patch: Record<string, unknown> = {},
): Promise<{ eventId: string; registrations: string[]; slots: string[] }> {
  const [day] = eventBody().days as { date: string }[];
  const eventId = await publishedEvent(app, organizer, {
    days: [{ date: day!.date, sessions: [{ start: '09:00', end: '10:30' }] }],
    breaks: [],
    tables: [
      { id: 'A1', name: 'A 区 1 号桌' },
      { id: 'A2', name: 'A 区 2 号桌' },
    ],
    maxMeetingsPerParticipant: 2,
    ...patch,
  });
  const registrations: string[] = [];
  for (const p of participants)
    registrations.push(await registerApproved(app, organizer, eventId, p.party, p.posting));
  const event = await api().get(`/api/v1/events/${eventId}`).expect(200);
  return { eventId, registrations, slots: (event.body.slots as { id: string }[]).map((s) => s.id) };
}

const sendRequest = (eventId: string, registrations: string[], from: number, to: number) =>
  api()
    .post(`/api/v1/events/${eventId}/meeting-requests`)
    .set(as(participants[from]!.party.user, participants[from]!.party.org))
    .send({
      toRegistrationId: registrations[to],
      fromPosting: participants[from]!.posting,
      toPosting: participants[to]!.posting,
    });

const acceptRequest = (eventId: string, to: number, requestId: string, body: Record<string, unknown> = {}) =>
  api()
    .post(`/api/v1/events/${eventId}/meeting-requests/${requestId}/accept`)
    .set(as(participants[to]!.party.user, participants[to]!.party.org))
    .send(body);

const moveMeeting = (eventId: string, meetingId: string, slotId: string, tableId: string) =>
  api()
    .patch(`/api/v1/events/${eventId}/meetings/${meetingId}`)
    .set(as(organizer.user, organizer.org))
    .send({ slotId, tableId });

beforeAll(async () => {
  app = await startTestApp();
  organizer = await party(app, 'organizer', { verified: true });
  participants = [];
  for (const kind of ['demand', 'demand', 'achievement', 'achievement'] as const) {
    const posting = await publishedPosting(app, kind);
    await verifyOrganization(app, posting.owner.org);
    participants.push({ party: posting.owner, posting: { kind, id: posting.id } });
  }
}, 180_000);

afterAll(async () => {
  await app.close();
});

describe('concurrent bookings of one slot', () => {
  it('accepts picking the same slot for one participant: one is placed, the other refused with a 409', async () => {
    const { eventId, registrations, slots } = await freshEvent({ schedulingMode: 'accepting-side' });
    // Both enterprises ask the first university; it accepts both at once for the same slot.
    const requestIds = await Promise.all(
      [0, 1].map(async (from) => (await sendRequest(eventId, registrations, from, 2).expect(201)).body.id),
    );
    const answers = await Promise.all(
      requestIds.map((id: string) => acceptRequest(eventId, 2, id, { slotId: slots[0] })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const seats = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM event_meeting_seats WHERE event_id = $1 AND registration_id = $2 AND slot_id = $3',
      [eventId, registrations[2], slots[0]],
    );
    expect(seats[0]!.n).toBe(1);
  });

  it('moves of two meetings to one table and slot: one is moved, the other refused with a 409', async () => {
    const { eventId, registrations, slots } = await freshEvent();
    const walkIn = (a: number, b: number, slotId: string) =>
      api()
        .post(`/api/v1/events/${eventId}/meetings`)
        .set(as(organizer.user, organizer.org))
        .send({ registrationAId: registrations[a], registrationBId: registrations[b], slotId })
        .expect(201);
    const first = await walkIn(0, 2, slots[0]!);
    const second = await walkIn(1, 3, slots[1]!);
    const answers = await Promise.all(
      [first, second].map((m) => moveMeeting(eventId, m.body.id as string, slots[2]!, 'A2')),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const atTable = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM event_meetings WHERE event_id = $1 AND slot_id = $2 AND table_id = 'A2'`,
      [eventId, slots[2]],
    );
    expect(atTable[0]!.n).toBe(1);
  });

  it('a second seat or table written past the services is refused by the database', async () => {
    const { eventId, registrations, slots } = await freshEvent();
    const placed = await api()
      .post(`/api/v1/events/${eventId}/meetings`)
      .set(as(organizer.user, organizer.org))
      .send({
        registrationAId: registrations[0],
        registrationBId: registrations[2],
        slotId: slots[0],
        tableId: 'A1',
      })
      .expect(201);
    const [other] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO event_meetings (event_id, registration_a_id, registration_b_id) VALUES ($1, $2, $3) RETURNING id`,
      [eventId, registrations[0], registrations[3]],
    );
    await expect(
      app.dataSource.query(
        'INSERT INTO event_meeting_seats (meeting_id, registration_id, event_id, slot_id) VALUES ($1, $2, $3, $4)',
        [other!.id, registrations[0], eventId, slots[0]],
      ),
    ).rejects.toMatchObject({ code: '23505' });
    await expect(
      app.dataSource.query(`UPDATE event_meetings SET slot_id = $2, table_id = 'A1' WHERE id = $1`, [
        other!.id,
        slots[0],
      ]),
    ).rejects.toMatchObject({ code: '23505' });
    expect(placed.body.slotId).toBe(slots[0]);
  });
});

// ---- The model: requests and meetings as plain data, and what each step must answer. ----

type RequestStatus = 'pending' | 'accepted' | 'declined' | 'cancelled';
interface Model {
  requests: { id: string; from: number; to: number; status: RequestStatus }[];
  meetings: {
    id: string;
    requestId: string;
    a: number;
    b: number;
    cancelled: boolean;
    slot: string | null;
    table: string | null;
  }[];
}
interface Real {
  eventId: string;
  registrations: string[];
  slots: string[];
}

/**
 * The model's event allows one meeting per participant: with two possible partners each, a larger cap
 * would never refuse anything the one-open-request-per-pair rule does not.
 */
const CAP = 1;

/** What the cap counts: pending requests sent, accepted ones either way. */
const load = (m: Model, p: number) =>
  m.requests.filter(
    (r) =>
      (r.from === p && (r.status === 'pending' || r.status === 'accepted')) ||
      (r.to === p && r.status === 'accepted'),
  ).length;

const open = (m: Model, a: number, b: number) =>
  m.requests.some(
    (r) =>
      ((r.from === a && r.to === b) || (r.from === b && r.to === a)) &&
      (r.status === 'pending' || r.status === 'accepted'),
  );

/** The database as the model sees it, compared after every step. */
async function expectAgreement(m: Model, real: Real): Promise<void> {
  const requests = await app.dataSource.query<{ id: string; status: string }[]>(
    'SELECT id, status FROM event_meeting_requests WHERE event_id = $1 ORDER BY id',
    [real.eventId],
  );
  expect(requests).toEqual(
    [...m.requests].sort((x, y) => x.id.localeCompare(y.id)).map(({ id, status }) => ({ id, status })),
  );
  const meetings = await app.dataSource.query<
    { id: string; status: string; slot: string | null; table: string | null }[]
  >(
    'SELECT id, status, slot_id AS slot, table_id AS "table" FROM event_meetings WHERE event_id = $1 ORDER BY id',
    [real.eventId],
  );
  expect(meetings).toEqual(
    [...m.meetings]
      .sort((x, y) => x.id.localeCompare(y.id))
      .map((x) => ({
        id: x.id,
        status: x.cancelled ? 'cancelled' : 'scheduled',
        slot: x.cancelled ? (meetings.find((d) => d.id === x.id)?.slot ?? null) : x.slot,
        table: x.cancelled ? (meetings.find((d) => d.id === x.id)?.table ?? null) : x.table,
      })),
  );
  // Every live placed meeting holds exactly its two seats; nobody and no table twice in one slot.
  const seats = await app.dataSource.query<{ meeting: string; registration: string; slot: string }[]>(
    'SELECT meeting_id AS meeting, registration_id AS registration, slot_id AS slot FROM event_meeting_seats WHERE event_id = $1',
    [real.eventId],
  );
  const placed = m.meetings.filter((x) => !x.cancelled && x.slot !== null);
  expect(seats.length).toBe(placed.length * 2);
  for (const x of placed)
    for (const p of [x.a, x.b])
      expect(seats).toContainEqual({ meeting: x.id, registration: real.registrations[p], slot: x.slot });
  const tables = placed.map((x) => `${x.slot}:${x.table}`);
  expect(new Set(tables).size).toBe(tables.length);
  for (let p = 0; p < participants.length; p++) expect(load(m, p)).toBeLessThanOrEqual(CAP);
}

class SendRequest implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly from: number,
    readonly to: number,
  ) {}
  check = () => true;
  async run(m: Model, real: Real): Promise<void> {
    const response = await sendRequest(real.eventId, real.registrations, this.from, this.to);
    const expected = load(m, this.from) >= CAP ? 400 : open(m, this.from, this.to) ? 409 : 201;
    expect(response.status).toBe(expected);
    if (expected === 201)
      m.requests.push({ id: response.body.id, from: this.from, to: this.to, status: 'pending' });
    await expectAgreement(m, real);
  }
  toString = () => `request ${this.from}→${this.to}`;
}

class Answer implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly k: number,
    readonly accept: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.requests.length > 0;
  async run(m: Model, real: Real): Promise<void> {
    const r = m.requests[this.k % m.requests.length]!;
    const response = this.accept
      ? await acceptRequest(real.eventId, r.to, r.id)
      : await api()
          .post(`/api/v1/events/${real.eventId}/meeting-requests/${r.id}/decline`)
          .set(as(participants[r.to]!.party.user, participants[r.to]!.party.org))
          .send({});
    const expected = r.status !== 'pending' ? 409 : this.accept && load(m, r.to) >= CAP ? 409 : 200;
    expect(response.status).toBe(expected);
    if (expected === 200) {
      r.status = this.accept ? 'accepted' : 'declined';
      if (this.accept) {
        const [row] = await app.dataSource.query<{ id: string }[]>(
          'SELECT id FROM event_meetings WHERE request_id = $1',
          [r.id],
        );
        m.meetings.push({
          id: row!.id,
          requestId: r.id,
          a: r.from,
          b: r.to,
          cancelled: false,
          slot: null,
          table: null,
        });
      }
    }
    await expectAgreement(m, real);
  }
  toString = () => `${this.accept ? 'accept' : 'decline'} #${this.k}`;
}

class CancelMeeting implements fc.AsyncCommand<Model, Real> {
  constructor(readonly k: number) {}
  check = (m: Readonly<Model>) => m.meetings.length > 0;
  async run(m: Model, real: Real): Promise<void> {
    const x = m.meetings[this.k % m.meetings.length]!;
    const response = await api()
      .post(`/api/v1/events/${real.eventId}/meetings/${x.id}/cancel`)
      .set(as(organizer.user, organizer.org));
    expect(response.status).toBe(x.cancelled ? 409 : 200);
    if (!x.cancelled) {
      x.cancelled = true;
      m.requests.find((r) => r.id === x.requestId)!.status = 'cancelled';
    }
    await expectAgreement(m, real);
  }
  toString = () => `cancel meeting #${this.k}`;
}

class MoveMeeting implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly k: number,
    readonly slot: number,
    readonly table: 'A1' | 'A2',
  ) {}
  check = (m: Readonly<Model>) => m.meetings.length > 0;
  async run(m: Model, real: Real): Promise<void> {
    const x = m.meetings[this.k % m.meetings.length]!;
    const slot = real.slots[this.slot]!;
    const response = await moveMeeting(real.eventId, x.id, slot, this.table);
    const others = m.meetings.filter((o) => o !== x && !o.cancelled && o.slot === slot);
    const taken =
      others.some((o) => o.table === this.table) ||
      others.some((o) => [o.a, o.b].some((p) => p === x.a || p === x.b));
    const expected = x.cancelled ? 400 : taken ? 409 : 200;
    expect(response.status).toBe(expected);
    if (expected === 200) Object.assign(x, { slot, table: this.table });
    await expectAgreement(m, real);
  }
  toString = () => `move meeting #${this.k} to slot ${this.slot} ${this.table}`;
}

class RunScheduler implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, real: Real): Promise<void> {
    await api()
      .post(`/api/v1/events/${real.eventId}/schedule`)
      .set(as(organizer.user, organizer.org))
      .expect(200);
    // Where the scheduler puts meetings is its own business; the model takes it and checks the rules.
    const rows = await app.dataSource.query<{ id: string; slot: string | null; table: string | null }[]>(
      `SELECT id, slot_id AS slot, table_id AS "table" FROM event_meetings WHERE event_id = $1 AND status = 'scheduled'`,
      [real.eventId],
    );
    for (const row of rows)
      Object.assign(
        m.meetings.find((x) => x.id === row.id)!,
        { slot: row.slot, table: row.table },
      );
    const placed = m.meetings.filter((x) => !x.cancelled && x.slot !== null);
    for (const slot of real.slots) {
      const there = placed.filter((x) => x.slot === slot).flatMap((x) => [x.a, x.b]);
      expect(new Set(there).size).toBe(there.length);
    }
    await expectAgreement(m, real);
  }
  toString = () => 'schedule';
}

describe('random sequences against the model', () => {
  it('leave requests, meetings and seats as the model says, never double-booked', async () => {
    // An enterprise (0, 1) and a university (2, 3) on either end of each request.
    const pair = fc.tuple(fc.constantFrom(0, 1), fc.constantFrom(2, 3), fc.boolean());
    const commands = [
      pair.map(([e, u, fromEnterprise]) => (fromEnterprise ? new SendRequest(e, u) : new SendRequest(u, e))),
      fc.tuple(fc.nat(20), fc.boolean()).map(([k, accept]) => new Answer(k, accept)),
      fc.nat(20).map((k) => new CancelMeeting(k)),
      fc
        .tuple(fc.nat(20), fc.nat(2), fc.constantFrom('A1' as const, 'A2' as const))
        .map(([k, slot, table]) => new MoveMeeting(k, slot, table)),
      fc.constant(new RunScheduler()),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (sequence) => {
        const real = await freshEvent({ maxMeetingsPerParticipant: CAP });
        await fc.asyncModelRun(() => ({ model: { requests: [], meetings: [] }, real }), sequence);
      }),
      { numRuns: 15, endOnFailure: true },
    );
  }, 300_000);
});
