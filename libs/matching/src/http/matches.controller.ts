import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, ProblemResponses, RequestLanguage, UuidParam } from '#http';
import type { Language, PostingKind } from '#core';
import type { Actor } from '#identity';
import {
  ContactedMatchDto,
  ContactMatchDto,
  DeclineMatchDto,
  MatchDto,
  MatchListDto,
  MatchPageQueryDto,
} from '../dto/match.dto.js';
import { MatchingService, type MatchAction } from '../matching.service.js';

const LIST_DESCRIPTION =
  'The posting’s matches, best first, a page at a time (`limit`, `cursor` = the previous page’s ' +
  '`nextCursor`, `kind` of the other side), each with its calibrated fit level, reasons in the request ' +
  'language and how the other side has answered them in aggregate (owners and moderators; 404 for anyone else)';

/**
 * Matches: each posting's ranked list (under its own path), the acting organization's inbox, and the
 * parties' actions. Matching itself runs in the worker after each publish or edit.
 */
@ApiTags('matches')
@ApiBearerAuth()
@Controller('api/v1')
export class MatchesController {
  constructor(private readonly matching: MatchingService) {}

  @Get('demands/:id/matches')
  @ApiOkResponse({ type: MatchListDto, description: LIST_DESCRIPTION })
  @ProblemResponses(400, 401, 404)
  demandMatches(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @RequestLanguage() lang: Language,
    @Query() page: MatchPageQueryDto,
  ) {
    return this.list(actor, 'demand', id, lang, page);
  }

  @Get('experts/:id/matches')
  @ApiOkResponse({ type: MatchListDto, description: LIST_DESCRIPTION })
  @ProblemResponses(400, 401, 404)
  expertMatches(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @RequestLanguage() lang: Language,
    @Query() page: MatchPageQueryDto,
  ) {
    return this.list(actor, 'expert', id, lang, page);
  }

  @Get('achievements/:id/matches')
  @ApiOkResponse({ type: MatchListDto, description: LIST_DESCRIPTION })
  @ProblemResponses(400, 401, 404)
  achievementMatches(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @RequestLanguage() lang: Language,
    @Query() page: MatchPageQueryDto,
  ) {
    return this.list(actor, 'achievement', id, lang, page);
  }

  @Get('projects/:id/matches')
  @ApiOkResponse({ type: MatchListDto, description: LIST_DESCRIPTION })
  @ProblemResponses(400, 401, 404)
  projectMatches(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @RequestLanguage() lang: Language,
    @Query() page: MatchPageQueryDto,
  ) {
    return this.list(actor, 'project', id, lang, page);
  }

  @Get('financing-offers/:id/matches')
  @ApiOkResponse({ type: MatchListDto, description: LIST_DESCRIPTION })
  @ProblemResponses(400, 401, 404)
  financingOfferMatches(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @RequestLanguage() lang: Language,
    @Query() page: MatchPageQueryDto,
  ) {
    return this.list(actor, 'financing-offer', id, lang, page);
  }

  @Get('matches')
  @ApiOkResponse({
    type: [MatchDto],
    description:
      'The acting organization’s inbox: the matches of its postings, on either side, that it was ' +
      'notified of (score ≥ 0.3), newest first, each naming its own posting (`posting`); superseded ' +
      'ones stay, marked, since notifications link to them. A page at a time (`limit`, `cursor`, `kind`): ' +
      'the next page’s cursor is in the `X-Next-Cursor` header, absent at the end',
  })
  @ProblemResponses(400, 401)
  async inbox(
    @CurrentActor() actor: Actor,
    @RequestLanguage() lang: Language,
    @Query() page: MatchPageQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MatchDto[]> {
    const { items, nextCursor } = await this.matching.inbox(actor, lang, page);
    if (nextCursor) reply.header('x-next-cursor', nextCursor);
    return items;
  }

  @Get('matches/:id')
  @ApiOkResponse({
    type: MatchDto,
    description:
      'One match as a party sees it: what the notifications link to (either side; 404 for anyone else)',
  })
  @ProblemResponses(401, 404)
  one(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.matching.one(actor, id, lang);
  }

  @Post('matches/:id/view')
  @HttpCode(200)
  @ApiOkResponse({ type: MatchDto })
  @ProblemResponses(401, 404)
  view(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.act(actor, id, 'view', lang);
  }

  @Post('matches/:id/contact')
  @HttpCode(200)
  @ApiOkResponse({
    type: ContactedMatchDto,
    description:
      'Opens the match’s conversation between the two organizations (or answers the one it has), with ' +
      'the optional first message',
  })
  @ProblemResponses(400, 401, 404)
  contact(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: ContactMatchDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.matching.contact(actor, id, lang, body.message);
  }

  @Post('matches/:id/shortlist')
  @HttpCode(200)
  @ApiOkResponse({ type: MatchDto })
  @ProblemResponses(401, 404)
  shortlist(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.act(actor, id, 'shortlist', lang);
  }

  @Post('matches/:id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: MatchDto, description: 'With a reason code; `other` needs a text' })
  @ProblemResponses(400, 401, 404)
  decline(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: DeclineMatchDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.matching.act(actor, id, 'decline', lang, body);
  }

  private list(actor: Actor, kind: PostingKind, id: string, lang: Language, page: MatchPageQueryDto) {
    return this.matching.listForPosting(actor, kind, id, lang, page);
  }

  private act(actor: Actor, id: string, action: Exclude<MatchAction, 'decline' | 'contact'>, lang: Language) {
    return this.matching.act(actor, id, action, lang);
  }
}
