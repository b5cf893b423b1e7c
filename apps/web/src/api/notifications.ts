/**
 * The caller's in-app notifications (GET/POST /notifications…), the unread-count stream, their
 * notification preferences (/me/notification-preferences) and emailed unsubscribe links (/unsubscribe).
 */
import { currentLanguage } from '../i18n';
import { API_PREFIX, apiRequest, getAccessToken, refreshAccessToken } from './client';

/** Kept in step with NOTIFICATION_KINDS in libs/notifications. */
export const notificationKinds = [
  'match-found',
  'subscription-hit',
  'message-received',
  'deal-changed',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const inAppModes = ['instant', 'off'] as const;
export const emailModes = ['instant', 'digest', 'off'] as const;
export type InAppMode = (typeof inAppModes)[number];
export type EmailMode = (typeof emailModes)[number];

export interface KindPreference {
  kind: NotificationKind;
  inApp: InAppMode;
  email: EmailMode;
}

/** What an unsubscribe link names: one kind, or `digest` (every kind that comes by daily digest). */
export interface Unsubscribe {
  scope: NotificationKind | 'digest';
  kinds: NotificationKind[];
}

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  title: string;
  body: string;
  link: string;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPage {
  items: AppNotification[];
  nextBefore: string | null;
}

export const notificationsApi = {
  list: (before?: string) =>
    apiRequest<NotificationPage>('/notifications', { query: { before, limit: 20 }, organization: false }),
  unreadCount: () => apiRequest<{ unread: number }>('/notifications/unread-count', { organization: false }),
  read: (id: string) =>
    apiRequest<AppNotification>(`/notifications/${encodeURIComponent(id)}/read`, {
      method: 'POST',
      organization: false,
    }),
  readAll: () =>
    apiRequest<{ unread: number }>('/notifications/read-all', { method: 'POST', organization: false }),
  preferences: () =>
    apiRequest<{ kinds: KindPreference[] }>('/me/notification-preferences', { organization: false }),
  savePreferences: (kinds: KindPreference[]) =>
    apiRequest<{ kinds: KindPreference[] }>('/me/notification-preferences', {
      method: 'PUT',
      body: { kinds },
      organization: false,
    }),
  previewUnsubscribe: (token: string) =>
    apiRequest<Unsubscribe>('/unsubscribe', { query: { token }, auth: 'public' }),
  unsubscribe: (token: string) =>
    apiRequest<Unsubscribe>('/unsubscribe', { method: 'POST', query: { token }, auth: 'public' }),
};

const RECONNECT_MS = 3_000;

/**
 * Follows GET /notifications/stream until `signal` aborts, calling `onUnread` with each count. Read with
 * fetch rather than EventSource, which cannot send the bearer token; reconnects after the server ends
 * the stream (it does every few minutes) or a network failure, refreshing the token after a 401.
 */
export async function followUnreadCount(
  onUnread: (count: number) => void,
  signal: AbortSignal,
): Promise<void> {
  while (!signal.aborted) {
    try {
      const token = getAccessToken();
      const response = await fetch(`${API_PREFIX}/notifications/stream`, {
        headers: {
          Accept: 'text/event-stream',
          'Accept-Language': currentLanguage(),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        credentials: 'include',
        signal,
      });
      if (response.status === 401) {
        if (!(await refreshAccessToken())) return;
        continue;
      }
      if (response.ok && response.body) {
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          const events = buffer.split('\n\n');
          buffer = events.pop() ?? '';
          for (const event of events) {
            const data = /^event: unread\ndata: (.*)$/m.exec(event)?.[1];
            if (data) onUnread((JSON.parse(data) as { unread: number }).unread);
          }
        }
      }
    } catch {
      // Aborted, or the network failed: the loop ends or reconnects below.
    }
    if (!signal.aborted) await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
  }
}
