/** The conversations a match's contact opens, and their messages. */
import { apiRequest } from './client';
import type { MatchItem } from './matches';

export interface OrganizationRef {
  id: string;
  name: string;
}

export interface ConversationSummary {
  id: string;
  matchId: string | null;
  subject: string;
  organization: OrganizationRef;
  /** Anonymous (null id and name) while it is the undisclosed owner of a confidential posting. */
  counterpart: { id: string | null; name: string | null; disclosed: boolean };
  unread: number;
  lastMessage: { body: string; authorOrganization: OrganizationRef; createdAt: string } | null;
  lastMessageAt: string;
  canPost: boolean;
}

export interface ConversationDetail extends ConversationSummary {
  match: MatchItem | null;
}

export interface ConversationMessage {
  id: string;
  conversationId: string;
  body: string;
  authorName: string | null;
  authorOrganization: OrganizationRef;
  mine: boolean;
  createdAt: string;
}

export interface MessagePage {
  items: ConversationMessage[];
  nextBefore: string | null;
}

/** The longest message the API accepts. */
export const MESSAGE_MAX_LENGTH = 5000;

const path = (id: string) => `/conversations/${encodeURIComponent(id)}`;

const readListeners = new Set<() => void>();

/** Calls `listener` whenever this tab marks a thread read, so unread counts elsewhere drop at once. */
export function onThreadRead(listener: () => void): () => void {
  readListeners.add(listener);
  return () => readListeners.delete(listener);
}

export const conversationsApi = {
  list: () => apiRequest<ConversationSummary[]>('/conversations'),
  get: (id: string) => apiRequest<ConversationDetail>(path(id)),
  messages: (id: string, before?: string) =>
    apiRequest<MessagePage>(`${path(id)}/messages`, { query: { before, limit: 30 } }),
  post: (id: string, body: string) =>
    apiRequest<ConversationMessage>(`${path(id)}/messages`, { method: 'POST', body: { body } }),
  read: async (id: string) => {
    const marker = await apiRequest<{ unread: number }>(`${path(id)}/read`, { method: 'POST' });
    for (const listener of readListeners) listener();
    return marker;
  },
};
