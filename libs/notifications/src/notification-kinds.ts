/**
 * The kinds of event a user can be told about, and how. Stored data (notifications.kind,
 * notification_preferences.kind, digest_items.kind): never rename a value without a migration. A branch
 * that adds a kind adds it here and gives it a default email mode below; the preference matrix, its API
 * and the settings page follow.
 */
export const NOTIFICATION_KINDS = [
  'match-found',
  'subscription-hit',
  'message-received',
  'deal-changed',
  'task-due',
  // Owners told of what others do with their postings (issue 16).
  'interest-received',
  // A meeting of an event moved or called off, or the event cancelled (issue 17).
  'event-changed',
  'access-requested',
  'access-decided',
  'proposal-received',
  'proposal-decided',
  'moderation-decided',
  // 信息报送: a report sent to the organization for review; its return or acceptance, to the reporter.
  'report-submitted',
  'report-reviewed',
  // A participant's meetings of the next day, and each meeting shortly before it (issue 17).
  'event-reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CHANNELS = ['in-app', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** In-app rows are cheap and read in the notification centre, so they have no digest. */
export const IN_APP_MODES = ['instant', 'off'] as const;
export type InAppMode = (typeof IN_APP_MODES)[number];

export const EMAIL_MODES = ['instant', 'digest', 'off'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

export interface KindModes {
  inApp: InAppMode;
  email: EmailMode;
}

/**
 * What a user without a stored choice gets. Saved-search hits can be many a day, so they come by digest;
 * a match, a message or a deal to confirm wants an answer, so it comes at once.
 */
export const DEFAULT_MODES: Record<NotificationKind, KindModes> = {
  'match-found': { inApp: 'instant', email: 'instant' },
  'subscription-hit': { inApp: 'instant', email: 'digest' },
  'message-received': { inApp: 'instant', email: 'instant' },
  // A deal waits for the other side's confirmation: it should hear at once.
  'deal-changed': { inApp: 'instant', email: 'instant' },
  // A reminder is only worth anything on its day.
  'task-due': { inApp: 'instant', email: 'instant' },
  // Someone wants to work with the owner: worth hearing at once.
  'interest-received': { inApp: 'instant', email: 'instant' },
  // The agenda changed under someone who is about to travel to it: at once.
  'event-changed': { inApp: 'instant', email: 'instant' },
  // Each waits on, or answers, someone's decision: heard at once.
  'access-requested': { inApp: 'instant', email: 'instant' },
  'access-decided': { inApp: 'instant', email: 'instant' },
  'proposal-received': { inApp: 'instant', email: 'instant' },
  'proposal-decided': { inApp: 'instant', email: 'instant' },
  'moderation-decided': { inApp: 'instant', email: 'instant' },
  // A report waits on its reviewer, a returned one on its reporter: heard at once.
  'report-submitted': { inApp: 'instant', email: 'instant' },
  'report-reviewed': { inApp: 'instant', email: 'instant' },
  // A reminder is worth nothing once the meeting began: a digest would come too late.
  'event-reminder': { inApp: 'instant', email: 'instant' },
};

export const isNotificationKind = (value: string): value is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(value);
