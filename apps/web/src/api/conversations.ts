/** The conversations a match's contact opens, and their messages, through the generated client. */
import { schemaRules } from './generated/rules';
import { answer, api, withPath, type Schemas } from './client';

export type ConversationDetail = Schemas['ConversationDetailDto'];
export type ConversationMessage = Schemas['MessageDto'];

/** The longest message the API accepts. */
export const MESSAGE_MAX_LENGTH = schemaRules.PostMessageDto.body.maxLength;

const readListeners = new Set<() => void>();

/** Calls `listener` whenever this tab marks a thread read, so unread counts elsewhere drop at once. */
export function onThreadRead(listener: () => void): () => void {
  readListeners.add(listener);
  return () => readListeners.delete(listener);
}

export const conversationsApi = {
  list: () => answer(api().GET('/api/v1/conversations')),
  get: (id: string) => answer(api().GET('/api/v1/conversations/{id}', withPath({ id }))),
  messages: (id: string, before?: string) =>
    answer(
      api().GET('/api/v1/conversations/{id}/messages', {
        params: { path: { id }, query: { before, limit: 30 } },
      }),
    ),
  post: (id: string, body: string) =>
    answer(api().POST('/api/v1/conversations/{id}/messages', { ...withPath({ id }), body: { body } })),
  read: async (id: string) => {
    const marker = await answer(api().POST('/api/v1/conversations/{id}/read', withPath({ id })));
    for (const listener of readListeners) listener();
    return marker;
  },
};
