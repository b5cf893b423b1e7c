/**
 * The caller's in-app notifications (GET/POST /notifications…), the unread-count stream, their
 * notification preferences (/me/notification-preferences) and emailed unsubscribe links (/unsubscribe).
 */
import { schemaRules } from './generated/rules';
import { ApiError, answer, api, refreshAccessToken, withPath, type Schemas } from './client';

export type AppNotification = Schemas['NotificationDto'];
export type KindPreference = Schemas['KindPreferenceDto'];
/** What an unsubscribe link names: one kind, or `digest` (every kind that comes by daily digest). */
export type Unsubscribe = Schemas['UnsubscribeDto'];
export type NotificationKind = AppNotification['kind'];
export type InAppMode = KindPreference['inApp'];
export type EmailMode = KindPreference['email'];

export const notificationKinds: readonly NotificationKind[] = schemaRules.NotificationDto.kind.enum;
export const inAppModes: readonly InAppMode[] = schemaRules.KindPreferenceDto.inApp.enum;
export const emailModes: readonly EmailMode[] = schemaRules.KindPreferenceDto.email.enum;

// Notifications and preferences belong to the user: no organization header.
const userApi = () => api('session', false);

export const notificationsApi = {
  list: (before?: string) =>
    answer(userApi().GET('/api/v1/notifications', { params: { query: { before, limit: 20 } } })),
  unreadCount: () => answer(userApi().GET('/api/v1/notifications/unread-count')),
  read: (id: string) => answer(userApi().POST('/api/v1/notifications/{id}/read', withPath({ id }))),
  readAll: () => answer(userApi().POST('/api/v1/notifications/read-all')),
  preferences: () => answer(userApi().GET('/api/v1/me/notification-preferences')),
  savePreferences: (kinds: KindPreference[]) =>
    answer(userApi().PUT('/api/v1/me/notification-preferences', { body: { kinds } })),
  previewUnsubscribe: (token: string) =>
    answer(api('public').GET('/api/v1/unsubscribe', { params: { query: { token } } })),
  unsubscribe: (token: string) =>
    answer(api('public').POST('/api/v1/unsubscribe', { params: { query: { token } } })),
};

const RECONNECT_MS = 3_000;

/**
 * Follows GET /notifications/stream until `signal` aborts, calling `onUnread` with each count. Read as a
 * fetch stream rather than with EventSource, which cannot send the bearer token; reconnects after the
 * server ends the stream (it does every few minutes) or a network failure, refreshing the token after a
 * 401 and stopping when that fails (the stream alone does not end the session).
 */
export async function followUnreadCount(
  onUnread: (count: number) => void,
  signal: AbortSignal,
): Promise<void> {
  while (!signal.aborted) {
    try {
      const stream = await answer(
        api('bearer', false).GET('/api/v1/notifications/stream', {
          parseAs: 'stream',
          headers: { Accept: 'text/event-stream' },
          signal,
        }),
      );
      if (stream) {
        const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
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
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 401) {
        if (!(await refreshAccessToken())) return;
        continue;
      }
      // Aborted, or the network failed: the loop ends or reconnects below.
    }
    if (!signal.aborted) await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
  }
}
