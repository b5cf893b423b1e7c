import { Body, Query } from '@nestjs/common';
import {
  ApiController,
  CreateRoute,
  CurrentActor,
  ReadRoute,
  RequestLanguage,
  StatusStep,
  UuidParam,
} from '#http';
import type { Language } from '#core';
import type { Actor } from '#identity';
import {
  ConversationDetailDto,
  ConversationDto,
  MessageDto,
  MessagePageDto,
  MessageQueryDto,
  PostMessageDto,
  ReadMarkerDto,
} from '../dto/conversation.dto.js';
import { ConversationService } from '../conversation.service.js';

/**
 * Conversations between two organizations (a match's are opened by POST /matches/{id}/contact). Members
 * of either organization read and write; platform admins read; anyone else gets a 404.
 */
@ApiController('conversations', 'api/v1/conversations')
export class ConversationsController {
  constructor(private readonly conversations: ConversationService) {}

  @ReadRoute(undefined, [ConversationDto], {
    problems: [401],
    description:
      'The acting organization’s threads (every organization of the caller’s without X-Organization-Id), ' +
      'newest activity first, with unread counts and the last message',
  })
  list(@CurrentActor() actor: Actor) {
    return this.conversations.list(actor);
  }

  @ReadRoute(':id', ConversationDetailDto, { problems: [401, 404] })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.conversations.get(actor, id, lang);
  }

  @ReadRoute(':id/messages', MessagePageDto, {
    problems: [400, 401, 404],
    description: 'Newest first, a page at a time',
  })
  messages(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: MessageQueryDto) {
    return this.conversations.messages(actor, id, query);
  }

  @CreateRoute(':id/messages', MessageDto, {
    problems: [400, 401, 403, 404],
    description: 'The other organization’s members are told',
  })
  post(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() body: PostMessageDto) {
    return this.conversations.post(actor, id, body.body);
  }

  @StatusStep(
    ':id/read',
    ReadMarkerDto,
    'Marks the thread read for the caller’s organization',
    [401, 403, 404],
  )
  read(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.conversations.markRead(actor, id);
  }
}
