import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as } from '../support/deals.js';
import { eventCast, scheduledMeeting, type EventCast } from '../support/events.js';
import { party } from '../support/factories.js';
import { verifyOrganization, type Party } from '../support/http.js';
import { pdfText } from '../support/pdf-text.js';

/**
 * Printable agendas: a participant's own PDF and the organizers' sets (one page per participant or per
 * table), whose Chinese text reads back as written — the font is embedded with its Unicode map.
 */
let app: TestApp;
let cast: EventCast;
let outsider: Party;
let eventId: string;
let tableName: string;
const names: Record<string, string> = {};
const api = () => request(app.baseUrl);
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
const pdfOf = async (path: string, who: Party) => {
  const response = await api().get(path).set(as(who.user, who.org)).buffer(true).parse(binary).expect(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  return pdfText(response.body as Buffer);
};

beforeAll(async () => {
  app = await startTestApp();
  cast = await eventCast(app);
  outsider = await party(app, 'enterprise');
  await verifyOrganization(app, outsider.org);
  let meeting: { tableName: string };
  ({ eventId, meeting } = await scheduledMeeting(app, cast));
  tableName = meeting.tableName;
  for (const side of [cast.enterprise, cast.university]) {
    const [row] = await app.dataSource.query<{ name: string }[]>(
      'SELECT name FROM organizations WHERE id = $1',
      [side.org],
    );
    names[side.org] = row!.name;
  }
}, 180_000);

afterAll(async () => {
  await app.close();
});

describe('printable agendas', () => {
  it('gives a participant its own agenda, each meeting with its time, table and the other side, in Chinese', async () => {
    const lines = await pdfOf(`/api/v1/events/${eventId}/agenda.pdf`, cast.enterprise);
    expect(lines).toContain('2027 江苏省科技成果对接会');
    expect(lines).toContain(`洽谈日程 · ${names[cast.enterprise.org]}`);
    const meeting = lines.find((line) => line.includes(names[cast.university.org]!));
    expect(meeting).toMatch(/\d{2}:\d{2}–\d{2}:\d{2}/);
    expect(meeting).toContain(tableName);
  });

  it('gives organizers one page per participant or per table', async () => {
    const { organizer, enterprise, university } = cast;
    const byParticipant = await pdfOf(`/api/v1/events/${eventId}/agendas.pdf?by=participant`, organizer);
    for (const side of [enterprise, university])
      expect(byParticipant).toContain(`洽谈日程 · ${names[side.org]}`);
    const byTable = await pdfOf(`/api/v1/events/${eventId}/agendas.pdf?by=table`, organizer);
    expect(byTable).toEqual(
      expect.arrayContaining(['桌位日程 · A 区 1 号桌', '桌位日程 · A 区 2 号桌', '桌位日程 · A 区 3 号桌']),
    );
    expect(byTable).toContainEqual(
      expect.stringContaining(`${names[enterprise.org]} × ${names[university.org]}`),
    );
  });

  it('refuses other grouping, participants asking for everyone’s, and organizations not taking part', async () => {
    const { organizer, enterprise } = cast;
    const bad = await api()
      .get(`/api/v1/events/${eventId}/agendas.pdf?by=room`)
      .set(as(organizer.user, organizer.org))
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'by' })]);
    await api()
      .get(`/api/v1/events/${eventId}/agendas.pdf?by=table`)
      .set(as(enterprise.user, enterprise.org))
      .expect(403);
    await api().get(`/api/v1/events/${eventId}/agenda.pdf`).set(as(outsider.user, outsider.org)).expect(403);
  });
});
