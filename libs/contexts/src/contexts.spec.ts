import { describe, expect, it } from '@jest/globals';
import { translate, type ContextMessages } from '#core';
import { assembleEventRoutes, EventType, JobName } from '#queue';
import { contexts } from './index.js';

/**
 * The routes as one table, frozen when they moved into the contexts' descriptors: what each event
 * starts must not change by moving a route (the relay records the jobs on each outbox row, in order).
 */
const ROUTES_BEFORE_DESCRIPTORS: Record<EventType, JobName[]> = {
  [EventType.InvitationCreated]: [JobName.SendInvitationEmail],
  [EventType.PasswordResetRequested]: [JobName.SendPasswordResetEmail],
  [EventType.EmailVerificationRequested]: [JobName.SendEmailVerification],
  [EventType.RegistrationAttempted]: [JobName.SendRegistrationAttemptEmail],
  [EventType.DemandPublished]: [JobName.SyncSearchDocument, JobName.MatchPosting, JobName.MatchSubscriptions],
  [EventType.DemandUpdated]: [JobName.SyncSearchDocument, JobName.MatchPosting],
  [EventType.DemandClosed]: [JobName.SyncSearchDocument, JobName.MatchPosting],
  [EventType.PostingPublished]: [
    JobName.SyncSearchDocument,
    JobName.MatchPosting,
    JobName.MatchSubscriptions,
  ],
  [EventType.PostingUpdated]: [JobName.SyncSearchDocument, JobName.MatchPosting],
  [EventType.PostingWithdrawn]: [JobName.SyncSearchDocument, JobName.MatchPosting],
  [EventType.ExpertClaimInvited]: [JobName.SendExpertClaimEmail],
  [EventType.ExpertImportRequested]: [JobName.ImportExperts],
  [EventType.MatchFound]: [JobName.NotifyMatch],
  [EventType.MessagePosted]: [JobName.NotifyMessage],
  [EventType.DealChanged]: [JobName.NotifyDeal],
  [EventType.EventAgendaPublished]: [JobName.SendEventAgendas],
  [EventType.EventMeetingChanged]: [JobName.NotifyEventMeetingChange],
  [EventType.EventCancelled]: [JobName.NotifyEventCancelled],
  [EventType.EventInvitationCreated]: [JobName.SendEventInvitation],
  [EventType.EventReminderDue]: [JobName.SendEventReminder],
  [EventType.FileRemoved]: [JobName.RemoveStoredFile],
  [EventType.PostingDeleted]: [JobName.PurgePostingFiles],
  [EventType.TaskReminderDue]: [JobName.RemindTask],
  [EventType.InterestExpressed]: [JobName.NotifyInterest],
  [EventType.AccessRequested]: [JobName.NotifyAccessRequested],
  [EventType.AccessDecided]: [JobName.NotifyAccessDecided],
  [EventType.ProposalSubmitted]: [JobName.NotifyProposalSubmitted],
  [EventType.ProposalDecided]: [JobName.NotifyProposalDecided],
  [EventType.PostingModerated]: [JobName.NotifyModeration],
  [EventType.ReportStatusChanged]: [JobName.NotifyReport],
};

describe('the contexts’ outbox routes', () => {
  it('start the same jobs, in the same order, as the one table did', () => {
    expect(assembleEventRoutes(contexts)).toEqual(ROUTES_BEFORE_DESCRIPTORS);
  });

  it('keep the registry’s job order whatever the order of the contexts', () => {
    expect(assembleEventRoutes([...contexts].reverse())).toEqual(ROUTES_BEFORE_DESCRIPTORS);
  });

  it('refuse an event routed to one job twice, an unknown event and an unknown job', () => {
    const twice = { name: 'twice', routes: { [EventType.DealChanged]: [JobName.NotifyDeal] } };
    expect(() => assembleEventRoutes([...contexts, twice])).toThrow(
      `Event ${EventType.DealChanged} is routed to ${JobName.NotifyDeal} twice`,
    );
    expect(() =>
      assembleEventRoutes([{ name: 'x', routes: { 'no.such-event': [JobName.NotifyDeal] } }]),
    ).toThrow('Context x routes an unknown event: no.such-event');
    expect(() =>
      assembleEventRoutes([{ name: 'x', routes: { [EventType.DealChanged]: ['no-such-job'] } }]),
    ).toThrow(`Context x routes ${EventType.DealChanged} to an unknown job: no-such-job`);
  });
});

describe('the contexts’ messages', () => {
  const withMessages = contexts.flatMap((context) =>
    context.messages ? [[context.name, context.messages] as [string, ContextMessages]] : [],
  );

  it.each(withMessages)('of %s have every zh-CN key in English too', (_, messages) => {
    for (const ns of ['problem', 'field'] as const) {
      expect(Object.keys(messages.en[ns] ?? {}).sort()).toEqual(
        Object.keys(messages['zh-CN'][ns] ?? {}).sort(),
      );
    }
  });

  it('join the shared translations, which keep their own text on a shared key', () => {
    expect(translate('zh-CN', 'problem', 'file-not-found')).toBe('文件不存在');
    expect(translate('en', 'problem', 'event-not-found')).toBe('Event not found');
    expect(translate('zh-CN', 'problem', 'organization-not-verified')).toBe(
      '机构通过认证后才能申请查看保密需求',
    );
  });
});
