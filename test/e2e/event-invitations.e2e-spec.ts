import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { EventInvitationService } from '#events';
import { EmailDeliveryService } from '#notifications';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as } from '../support/deals.js';
import { eventBody, eventCast, eventWithParticipants, type EventCast } from '../support/events.js';

/**
 * Organizers invite organizations by email to register: one email per address through the outbox,
 * with a link to the event page; inviting again or re-running the job sends nothing more.
 */
let app: TestApp;
let cast: EventCast;
let eventId: string;
const api = () => request(app.baseUrl);
const settle = () => new Promise((resolve) => setTimeout(resolve, 800));
const invitationsTo = (email: string) =>
  app.mailbox.messages.filter((m) => m.to === email && m.subject.includes('报名邀请'));

beforeAll(async () => {
  app = await startTestApp();
  cast = await eventCast(app);
  eventId = (await eventWithParticipants(app, cast)).eventId;
}, 180_000);

afterAll(async () => {
  await app.close();
});

describe('inviting organizations by email', () => {
  it('emails each new address once with a link to register, and says who registered', async () => {
    const { organizer, enterprise } = cast;
    const invited = await api()
      .post(`/api/v1/events/${eventId}/invitations`)
      .set(as(organizer.user, organizer.org))
      .send({
        emails: ['Wang.Fang@Example.com', 'wang.fang@example.com', enterprise.user.email],
        message: '诚邀贵单位参加动力电池专场',
      })
      .expect(201);
    expect(invited.body.invited.map((i: { email: string }) => i.email).sort()).toEqual(
      ['wang.fang@example.com', enterprise.user.email].sort(),
    );
    expect(invited.body.alreadyInvited).toEqual([]);

    const mail = await app.mailbox.waitFor('wang.fang@example.com', '报名邀请', 20_000);
    expect(mail.subject).toContain('2027 江苏省科技成果对接会');
    expect(mail.text).toContain('诚邀贵单位参加动力电池专场');
    expect(mail.text).toContain(`/events/${eventId}`);
    expect(mail.html).toContain(`href="${app.baseUrl}/events/${eventId}"`);
    await app.mailbox.waitFor(enterprise.user.email, '报名邀请', 20_000);

    const list = await api()
      .get(`/api/v1/events/${eventId}/invitations`)
      .set(as(organizer.user, organizer.org))
      .expect(200);
    expect(
      Object.fromEntries(
        list.body.map((i: { email: string; registered: boolean }) => [i.email, i.registered]),
      ),
    ).toEqual({ 'wang.fang@example.com': false, [enterprise.user.email]: true });
  });

  it('sends nothing twice: an address invited again, or the job run again', async () => {
    const { organizer } = cast;
    const again = await api()
      .post(`/api/v1/events/${eventId}/invitations`)
      .set(as(organizer.user, organizer.org))
      .send({ emails: ['wang.fang@example.com'] })
      .expect(201);
    expect(again.body).toEqual({ invited: [], alreadyInvited: ['wang.fang@example.com'] });
    const [row] = await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM event_invitations WHERE email = 'wang.fang@example.com'`,
    );
    const mail = await app.worker!.get(EventInvitationService).emailFor(row!.id);
    const outcome = await app
      .worker!.get(EmailDeliveryService)
      .deliver(`event-invitation:${row!.id}`, 'event-invitation', mail!.to, mail!.email);
    expect(outcome).toBe('already-sent');
    await settle();
    expect(invitationsTo('wang.fang@example.com')).toHaveLength(1);
  });

  it('refuses bad addresses, participants and events not open for registration', async () => {
    const { organizer, enterprise } = cast;
    const bad = await api()
      .post(`/api/v1/events/${eventId}/invitations`)
      .set(as(organizer.user, organizer.org))
      .send({ emails: ['not-an-address'] })
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'emails' })]);
    await api()
      .post(`/api/v1/events/${eventId}/invitations`)
      .set(as(enterprise.user, enterprise.org))
      .send({ emails: ['li.lei@example.com'] })
      .expect(403);
    const draft = await api()
      .post('/api/v1/events')
      .set(as(organizer.user, organizer.org))
      .send(eventBody())
      .expect(201);
    const closed = await api()
      .post(`/api/v1/events/${draft.body.id as string}/invitations`)
      .set(as(organizer.user, organizer.org))
      .send({ emails: ['li.lei@example.com'] })
      .expect(409);
    expect(closed.body.type).toContain('registration-closed');
    await settle();
    expect(invitationsTo('li.lei@example.com')).toHaveLength(0);
  });
});
