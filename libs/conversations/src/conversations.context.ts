import type { BoundedContext } from '#core';
import { EventType, JobName, type EventRoutes } from '#queue';
import { ConversationRead } from './conversation-read.entity.js';
import { Conversation } from './conversation.entity.js';
import { ConversationsModule } from './conversations.module.js';
import { ConversationsController } from './http/conversations.controller.js';
import { ConversationMessage } from './message.entity.js';
import { MessageNotifyHandler } from './jobs/message-notify.handler.js';

/** The conversations context as the api, the worker and the data source see it. */
export const conversationsContext: BoundedContext = {
  name: 'conversations',
  module: ConversationsModule,
  entities: [Conversation, ConversationMessage, ConversationRead],
  controllers: [ConversationsController],
  jobHandlers: [MessageNotifyHandler],
  routes: {
    [EventType.MessagePosted]: [JobName.NotifyMessage],
  } satisfies EventRoutes,
};
