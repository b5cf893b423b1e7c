/** The caller's in-app notifications (GET/POST /notifications…) and the unread-count stream. */
import { currentLanguage } from '../i18n';
import { API_PREFIX, apiRequest, getAccessToken, refreshAccessToken } from './client';

export interface AppNotification {
  id: string;
  kind: 'match-found' | 'subscription-hit';
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
