import type { CatalogueKind, PostingKind } from '#core';

/**
 * Queue, job and event names are stored data (in Redis and in outbox rows): never rename one without a
 * migration plan. Queue keys share the deployment's `{prefix}` hash tag, so they live in one Redis Cluster slot.
 */
export enum QueueName {
  Email = 'email',
  Maintenance = 'maintenance',
  Imports = 'imports',
  Search = 'search',
  Matching = 'matching',
  Notifications = 'notifications',
  Webhooks = 'webhooks',
  Subscriptions = 'subscriptions',
  Events = 'events',
  Files = 'files',
  /** Service work (libs/services): follow-up task reminders. */
  Services = 'services',
  // Issue 16 (portal): owners told of what others do with their postings.
  Interest = 'interest',
}

export enum JobName {
  SendInvitationEmail = 'send-invitation-email',
  SendPasswordResetEmail = 'send-password-reset-email',
  SendEmailVerification = 'send-email-verification',
  SendRegistrationAttemptEmail = 'send-registration-attempt-email',
  ExpireDemands = 'expire-demands',
  SendExpertClaimEmail = 'send-expert-claim-email',
  ImportExperts = 'import-experts',
  SyncSearchDocument = 'sync-search-document',
  MatchPosting = 'match-posting',
  NotifyMatch = 'notify-match',
  NotifyMessage = 'notify-message',
  NotifyDeal = 'notify-deal',
  /** Daily, at DIGEST_HOUR: one SendDigest job per user with pending digest items. */
  ScheduleDigests = 'schedule-digests',
  SendDigest = 'send-digest',
  DeliverWebhook = 'deliver-webhook',
  ReconcileOutbox = 'reconcile-outbox',
  MatchSubscriptions = 'match-subscriptions',
  NotifySubscriptionHits = 'notify-subscription-hits',
  /** Matchmaking events: each participant's agenda email with its `.ics`, once per publication. */
  SendEventAgendas = 'send-event-agendas',
  /** Matchmaking events: the two sides of a moved or cancelled meeting hear of it, with the updated `.ics`. */
  NotifyEventMeetingChange = 'notify-event-meeting-change',
  /** Matchmaking events: every participant of a cancelled event hears of it, with a cancelling `.ics`. */
  NotifyEventCancelled = 'notify-event-cancelled',
  /** Matchmaking events: an organizer's invitation to register, emailed to the invited address once. */
  SendEventInvitation = 'send-event-invitation',
  /** Every minute: queue the reminders of events' meetings and days that came due (libs/events). */
  QueueEventReminders = 'queue-event-reminders',
  /** Matchmaking events: one reminder (a meeting soon, or a participant's day ahead) told by preferences. */
  SendEventReminder = 'send-event-reminder',
  /** Files: the content of a removed file, or of every file of a deleted posting, leaves the storage. */
  RemoveStoredFile = 'remove-stored-file',
  PurgePostingFiles = 'purge-posting-files',
  /** Every minute: queue the reminders of follow-up tasks that came due (libs/services). */
  QueueTaskReminders = 'queue-task-reminders',
  RemindTask = 'remind-task',
  // Issue 16 (portal).
  NotifyInterest = 'notify-interest',
  /** Owners told: an access request to their posting; the requester told of the decision. */
  NotifyAccessRequested = 'notify-access-requested',
  NotifyAccessDecided = 'notify-access-decided',
  /** 揭榜挂帅: the demand's owner told of a proposal; the proposer told of its outcome. */
  NotifyProposalSubmitted = 'notify-proposal-submitted',
  NotifyProposalDecided = 'notify-proposal-decided',
  /** The owner told that a moderator published or rejected (with the reason) their posting. */
  NotifyModeration = 'notify-moderation',
  /** Nightly: the dashboards' daily aggregate compared with the reporting_facts view (libs/reporting). */
  CheckReportingDaily = 'check-reporting-daily',
  /** Every few seconds: the measured figures' dirty days re-counted, so a dashboard read need not wait (libs/reporting). */
  FreshenReportingMeasures = 'freshen-reporting-measures',
  /** 信息报送: the recipient's managers told of a submitted report; the reporter of its return or acceptance. */
  NotifyReport = 'notify-report',
}

/** What happened, as written to `outbox_events.type` in the transaction that made it happen. */
export enum EventType {
  InvitationCreated = 'invitation.created',
  PasswordResetRequested = 'password-reset.requested',
  /** A new account, or a resend: the confirmation link goes to the address. */
  EmailVerificationRequested = 'email-verification.requested',
  /** Someone registered with an address that has an account: its owner is told, with a reset link. */
  RegistrationAttempted = 'registration.attempted',
  DemandPublished = 'demand.published',
  DemandUpdated = 'demand.updated',
  DemandClosed = 'demand.closed',
  PostingPublished = 'posting.published',
  PostingUpdated = 'posting.updated',
  PostingWithdrawn = 'posting.withdrawn',
  ExpertClaimInvited = 'expert-claim.invited',
  ExpertImportRequested = 'expert-import.requested',
  /** A new match above the notify threshold, or one whose score clearly improved since it was last notified. */
  MatchFound = 'match.found',
  /** A message written to a conversation: its other side is told. */
  MessagePosted = 'message.posted',
  /** A deal recorded, confirmed, disputed, edited (or a change proposed) or moved to a stage. */
  DealChanged = 'deal.changed',
  /** An event's agenda published (again): `version` names the publication. */
  EventAgendaPublished = 'event-agenda.published',
  /** A meeting moved or called off after its agenda went out; `sequence` is its calendar entry's new SEQUENCE. */
  EventMeetingChanged = 'event-meeting.changed',
  /** The organizers cancelled the whole event. */
  EventCancelled = 'event.cancelled',
  /** An organizer invited an email address to register for its event. */
  EventInvitationCreated = 'event-invitation.created',
  /** A meeting's or a participant's day's reminder came due (`event_reminders.key`). */
  EventReminderDue = 'event-reminder.due',
  /** Files: an owner removed a file (its row is marked), or a posting was deleted with its files. */
  FileRemoved = 'file.removed',
  PostingDeleted = 'posting.deleted',
  /** A follow-up task's reminder time came (libs/services); `remindAt` (ISO) names which reminder. */
  TaskReminderDue = 'task.reminder-due',
  // Issue 16 (portal).
  /** 我要对接: an organization told a posting's owner it wants to work with them. */
  InterestExpressed = 'interest.expressed',
  /** An organization asked to read a confidential posting (any kind). */
  AccessRequested = 'access.requested',
  /** The owner granted, refused or revoked an access request: `status` is the request's new status. */
  AccessDecided = 'access.decided',
  /** A 揭榜方案 submitted to a demand's open call. */
  ProposalSubmitted = 'proposal.submitted',
  /** A proposal shortlisted, awarded or declined (another awarded, or the call closed). */
  ProposalDecided = 'proposal.decided',
  /** A moderator published or rejected a posting; `at` (ISO) names the decision. */
  PostingModerated = 'posting.moderated',
  /** A period report (信息报送) submitted, returned or accepted; `at` (ISO) names the step. */
  ReportStatusChanged = 'report.status-changed',
}

/** Event payloads carry ids only: handlers reload rows, so no confidential text sits in Redis. */
export interface EventPayloads {
  [EventType.InvitationCreated]: { invitationId: string };
  [EventType.PasswordResetRequested]: { resetRequestId: string };
  /** `requestedAt` (ISO) is part of the link's signature and its expiry: not a secret. */
  [EventType.EmailVerificationRequested]: { userId: string; requestedAt: string };
  [EventType.RegistrationAttempted]: { resetRequestId: string };
  [EventType.DemandPublished]: { demandId: string };
  [EventType.DemandUpdated]: { demandId: string };
  [EventType.DemandClosed]: { demandId: string };
  [EventType.PostingPublished]: { kind: CatalogueKind; postingId: string };
  [EventType.PostingUpdated]: { kind: CatalogueKind; postingId: string };
  [EventType.PostingWithdrawn]: { kind: CatalogueKind; postingId: string };
  [EventType.ExpertClaimInvited]: { claimId: string };
  [EventType.ExpertImportRequested]: { importId: string };
  [EventType.MatchFound]: { matchId: string };
  [EventType.MessagePosted]: { messageId: string };
  /**
   * `version` is the deal's version after the change (one event per change, however often relayed);
   * `change` names it (created, confirmed, disputed, edited, change-proposed, change-confirmed, stage)
   * and `bySide` / `byUserId` who made it, so the other side is told and the author is not.
   */
  [EventType.DealChanged]: {
    dealId: string;
    version: number;
    change: string;
    bySide: 'buyer' | 'seller';
    byUserId: string;
  };
  [EventType.EventAgendaPublished]: { eventId: string; version: number };
  /**
   * `slotId` is where the meeting was (cancelled, unscheduled) or now is (moved); `byUserId` made the
   * change and is not told of it.
   */
  [EventType.EventMeetingChanged]: {
    eventId: string;
    meetingId: string;
    sequence: number;
    change: 'moved' | 'cancelled' | 'unscheduled';
    slotId: string;
    byUserId: string;
  };
  [EventType.EventCancelled]: { eventId: string; byUserId: string };
  [EventType.EventInvitationCreated]: { invitationId: string };
  [EventType.EventReminderDue]: { reminderKey: string };
  [EventType.FileRemoved]: { fileId: string };
  [EventType.PostingDeleted]: { kind: PostingKind; postingId: string };
  [EventType.TaskReminderDue]: { taskId: string; remindAt: string };
  // Issue 16 (portal).
  [EventType.InterestExpressed]: { interestId: string };
  [EventType.AccessRequested]: { requestId: string };
  [EventType.AccessDecided]: { requestId: string; status: 'granted' | 'refused' | 'revoked' };
  [EventType.ProposalSubmitted]: { proposalId: string };
  [EventType.ProposalDecided]: { proposalId: string; status: 'shortlisted' | 'awarded' | 'declined' };
  /**
   * `reason` is the moderator's note to the owner (not the posting's content), carried because the
   * posting's own `rejection_reason` is cleared when it is published again, maybe before the job runs.
   */
  [EventType.PostingModerated]: {
    kind: PostingKind;
    postingId: string;
    outcome: 'published' | 'rejected';
    reason: string | null;
    at: string;
  };
  /**
   * `comment` is the reviewer's word to the reporter, carried because submitting the report again clears
   * the report's own, maybe before the job runs.
   */
  [EventType.ReportStatusChanged]: {
    reportId: string;
    status: 'submitted' | 'returned' | 'accepted';
    comment: string | null;
    at: string;
  };
}

export interface JobPayloads {
  [JobName.SendInvitationEmail]: EventPayloads[EventType.InvitationCreated];
  [JobName.SendPasswordResetEmail]: EventPayloads[EventType.PasswordResetRequested];
  [JobName.SendEmailVerification]: EventPayloads[EventType.EmailVerificationRequested];
  [JobName.SendRegistrationAttemptEmail]: EventPayloads[EventType.RegistrationAttempted];
  [JobName.ExpireDemands]: Record<string, never>;
  [JobName.SendExpertClaimEmail]: EventPayloads[EventType.ExpertClaimInvited];
  [JobName.ImportExperts]: EventPayloads[EventType.ExpertImportRequested];
  /** Any event about one posting: the search-sync job re-reads that posting, whatever happened to it. */
  [JobName.SyncSearchDocument]:
    EventPayloads[EventType.DemandPublished] | EventPayloads[EventType.PostingPublished];
  /** Any event about one posting: matching re-reads it, re-scores it if open, drops its matches if not. */
  [JobName.MatchPosting]:
    EventPayloads[EventType.DemandPublished] | EventPayloads[EventType.PostingPublished];
  [JobName.NotifyMatch]: EventPayloads[EventType.MatchFound];
  [JobName.NotifyMessage]: EventPayloads[EventType.MessagePosted];
  [JobName.NotifyDeal]: EventPayloads[EventType.DealChanged];
  [JobName.ScheduleDigests]: Record<string, never>;
  /** `date` (YYYY-MM-DD in DIGEST_TIMEZONE) names the day's digest, so a repeated job sends no second. */
  [JobName.SendDigest]: { userId: string; date: string };
  /** One attempt at one `webhook_deliveries` row; the body is rendered from the row when sent. */
  [JobName.DeliverWebhook]: { deliveryId: string };
  [JobName.ReconcileOutbox]: Record<string, never>;
  /** A newly published posting: which saved searches find it (percolation), then one job per page of hits. */
  [JobName.MatchSubscriptions]:
    EventPayloads[EventType.DemandPublished] | EventPayloads[EventType.PostingPublished];
  /** Saved searches that found one posting: tell their subscribers, a page of them per job. */
  [JobName.NotifySubscriptionHits]: { kind: PostingKind; postingId: string; subscriptionIds: string[] };
  [JobName.SendEventAgendas]: EventPayloads[EventType.EventAgendaPublished];
  [JobName.NotifyEventMeetingChange]: EventPayloads[EventType.EventMeetingChanged];
  [JobName.NotifyEventCancelled]: EventPayloads[EventType.EventCancelled];
  [JobName.SendEventInvitation]: EventPayloads[EventType.EventInvitationCreated];
  [JobName.QueueEventReminders]: Record<string, never>;
  [JobName.SendEventReminder]: EventPayloads[EventType.EventReminderDue];
  [JobName.RemoveStoredFile]: EventPayloads[EventType.FileRemoved];
  [JobName.PurgePostingFiles]: EventPayloads[EventType.PostingDeleted];
  [JobName.QueueTaskReminders]: Record<string, never>;
  [JobName.RemindTask]: EventPayloads[EventType.TaskReminderDue];
  // Issue 16 (portal).
  [JobName.NotifyInterest]: EventPayloads[EventType.InterestExpressed];
  [JobName.NotifyAccessRequested]: EventPayloads[EventType.AccessRequested];
  [JobName.NotifyAccessDecided]: EventPayloads[EventType.AccessDecided];
  [JobName.NotifyProposalSubmitted]: EventPayloads[EventType.ProposalSubmitted];
  [JobName.NotifyProposalDecided]: EventPayloads[EventType.ProposalDecided];
  [JobName.NotifyModeration]: EventPayloads[EventType.PostingModerated];
  [JobName.CheckReportingDaily]: Record<string, never>;
  [JobName.FreshenReportingMeasures]: Record<string, never>;
  [JobName.NotifyReport]: EventPayloads[EventType.ReportStatusChanged];
}

/** Which queue carries each job. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendInvitationEmail]: QueueName.Email,
  [JobName.SendPasswordResetEmail]: QueueName.Email,
  [JobName.SendEmailVerification]: QueueName.Email,
  [JobName.SendRegistrationAttemptEmail]: QueueName.Email,
  [JobName.ExpireDemands]: QueueName.Maintenance,
  [JobName.SendExpertClaimEmail]: QueueName.Email,
  [JobName.ImportExperts]: QueueName.Imports,
  [JobName.SyncSearchDocument]: QueueName.Search,
  [JobName.MatchPosting]: QueueName.Matching,
  [JobName.NotifyMatch]: QueueName.Notifications,
  [JobName.NotifyMessage]: QueueName.Notifications,
  [JobName.NotifyDeal]: QueueName.Notifications,
  [JobName.ScheduleDigests]: QueueName.Maintenance,
  [JobName.SendDigest]: QueueName.Notifications,
  [JobName.DeliverWebhook]: QueueName.Webhooks,
  [JobName.ReconcileOutbox]: QueueName.Maintenance,
  [JobName.MatchSubscriptions]: QueueName.Subscriptions,
  [JobName.NotifySubscriptionHits]: QueueName.Subscriptions,
  [JobName.SendEventAgendas]: QueueName.Events,
  [JobName.NotifyEventMeetingChange]: QueueName.Events,
  [JobName.NotifyEventCancelled]: QueueName.Events,
  [JobName.SendEventInvitation]: QueueName.Events,
  [JobName.QueueEventReminders]: QueueName.Events,
  [JobName.SendEventReminder]: QueueName.Events,
  [JobName.RemoveStoredFile]: QueueName.Files,
  [JobName.PurgePostingFiles]: QueueName.Files,
  [JobName.QueueTaskReminders]: QueueName.Services,
  [JobName.RemindTask]: QueueName.Services,
  // Issue 16 (portal).
  [JobName.NotifyInterest]: QueueName.Interest,
  [JobName.NotifyAccessRequested]: QueueName.Interest,
  [JobName.NotifyAccessDecided]: QueueName.Interest,
  [JobName.NotifyProposalSubmitted]: QueueName.Interest,
  [JobName.NotifyProposalDecided]: QueueName.Interest,
  [JobName.NotifyModeration]: QueueName.Interest,
  [JobName.CheckReportingDaily]: QueueName.Maintenance,
  [JobName.FreshenReportingMeasures]: QueueName.Maintenance,
  [JobName.NotifyReport]: QueueName.Notifications,
};

export const isEventType = (value: string): value is EventType =>
  Object.values<string>(EventType).includes(value);
