export * from './dto/conversation.dto.js';
export { Conversation } from './conversation.entity.js';
export { ConversationRead } from './conversation-read.entity.js';
export {
  ConversationService,
  type ConversationMatches,
  type MessageNotice,
  type OpenConversation,
  type PostingContact,
} from './conversation.service.js';
export { ConversationsModule } from './conversations.module.js';
export { MessageNotifier } from './message-notifier.js';
export { ConversationMessage, MESSAGE_MAX_LENGTH } from './message.entity.js';
export { conversationsContext } from './conversations.context.js';
