import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as } from '../support/deals.js';
import { eventBody, eventCast, eventWithParticipants, type EventCast } from '../support/events.js';
import { party } from '../support/factories.js';
import { verifyOrganization, type Party } from '../support/http.js';

/**
 * Who may do what with an event. Its organizer and co-organizers manage it; an approved participant
 * reads the participants, its suggestions, its meetings and its agenda; another organization reads the
 * published event and nothing of its participants; the anonymous read the published event only. A
 * draft exists for its organizers alone, and so do the dashboard, the export and the live board.
 */
type Role = 'organizer' | 'coOrganizer' | 'participant' | 'otherOrg' | 'anonymous';
type Action =
  | 'read'
  | 'edit'
  | 'registrations'
  | 'suggestions'
  | 'meetings'
  | 'schedule'
  | 'dashboard'
  | 'live'
  | 'export'
  | 'agenda'
  | 'readDraft';

const EXPECTED: Record<Action, Record<Role, number>> = {
  read: { organizer: 200, coOrganizer: 200, participant: 200, otherOrg: 200, anonymous: 200 },
  edit: { organizer: 200, coOrganizer: 200, participant: 403, otherOrg: 403, anonymous: 401 },
  registrations: { organizer: 200, coOrganizer: 200, participant: 200, otherOrg: 403, anonymous: 401 },
  suggestions: { organizer: 200, coOrganizer: 200, participant: 200, otherOrg: 403, anonymous: 401 },
  meetings: { organizer: 200, coOrganizer: 200, participant: 200, otherOrg: 403, anonymous: 401 },
  schedule: { organizer: 200, coOrganizer: 200, participant: 403, otherOrg: 403, anonymous: 401 },
  dashboard: { organizer: 200, coOrganizer: 200, participant: 403, otherOrg: 403, anonymous: 401 },
  // The live board names who came and who did not: the organizers' alone.
  live: { organizer: 200, coOrganizer: 200, participant: 403, otherOrg: 403, anonymous: 401 },
  export: { organizer: 200, coOrganizer: 200, participant: 403, otherOrg: 403, anonymous: 401 },
  // The agenda is a participant's own; organizers have the schedule.
  agenda: { organizer: 403, coOrganizer: 403, participant: 200, otherOrg: 403, anonymous: 401 },
  readDraft: { organizer: 200, coOrganizer: 200, participant: 404, otherOrg: 404, anonymous: 404 },
};

let app: TestApp;
let cast: EventCast;
let eventId: string;
let draftId: string;
const parties = {} as Record<Exclude<Role, 'anonymous'>, Party>;
const api = () => request(app.baseUrl);

beforeAll(async () => {
  app = await startTestApp();
  cast = await eventCast(app);
  const coOrganizer = await party(app, 'service_agency');
  const otherOrg = await party(app, 'enterprise');
  await verifyOrganization(app, otherOrg.org);
  Object.assign(parties, { organizer: cast.organizer, coOrganizer, participant: cast.enterprise, otherOrg });
  ({ eventId } = await eventWithParticipants(app, cast, { coOrganizerIds: [coOrganizer.org] }));
  const draft = await api()
    .post('/api/v1/events')
    .set(as(cast.organizer.user, cast.organizer.org))
    .send(eventBody({ coOrganizerIds: [coOrganizer.org] }))
    .expect(201);
  draftId = draft.body.id as string;
}, 120_000);

afterAll(async () => {
  await app.close();
});

function attempt(role: Role, action: Action): Promise<request.Response> {
  const headers = role === 'anonymous' ? {} : as(parties[role].user, parties[role].org);
  const path = `/api/v1/events/${eventId}`;
  switch (action) {
    case 'read':
      return api().get(path).set(headers);
    case 'readDraft':
      return api().get(`/api/v1/events/${draftId}`).set(headers);
    case 'edit':
      return api()
        .patch(path)
        .set(headers)
        .send({ description: `${role} 修改` });
    case 'schedule':
      return api().post(`${path}/schedule`).set(headers);
    case 'agenda':
      return api().get(`${path}/agenda.ics`).set(headers);
    default:
      return api()
        .get(`${path}/${action === 'registrations' ? 'registrations' : action}`)
        .set(headers);
  }
}

describe('events authorization matrix', () => {
  const cells = (Object.keys(EXPECTED) as Action[]).flatMap((action) =>
    (Object.keys(EXPECTED[action]) as Role[]).map((role) => [action, role, EXPECTED[action][role]] as const),
  );

  it.each(cells)('%s as %s answers %i', async (action, role, status) => {
    const response = await attempt(role, action);
    expect(response.status).toBe(status);
  });

  it('leaves the event as the organizers edited it: a refused edit changes nothing', async () => {
    const event = await api().get(`/api/v1/events/${eventId}`).expect(200);
    expect(['organizer 修改', 'coOrganizer 修改']).toContain(event.body.description);
  });
});
