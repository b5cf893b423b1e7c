import type { BoundedContext } from '#core';
import { ConversationRead } from './conversation-read.entity.js';
import { Conversation } from './conversation.entity.js';
import { ConversationsModule } from './conversations.module.js';
import { ConversationsController } from './http/conversations.controller.js';
import { ConversationMessage } from './message.entity.js';

/** The conversations context as the api, the worker and the data source see it. */
export const conversationsContext: BoundedContext = {
  name: 'conversations',
  module: ConversationsModule,
  entities: [Conversation, ConversationMessage, ConversationRead],
  controllers: [ConversationsController],
};
