import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CurrentActor,
  LongTextBody,
  OptionalActor,
  ProblemResponses,
  Public,
  RequestLanguage,
  UuidParam,
} from '#http';
import type { Language } from '#core';
import type { Actor } from '#identity';
import {
  ChallengeBoardPageDto,
  ChallengeBoardQueryDto,
  ChallengeDto,
  OpenChallengeDto,
  ProposalDto,
  ScoreProposalDto,
  SubmitProposalDto,
} from '../dto/challenge.dto.js';
import { ChallengeService } from '../challenges/challenge.service.js';

/** 揭榜挂帅 open calls on a demand and their proposals (揭榜方案). */
@ApiTags('challenges')
@ApiBearerAuth()
@Controller('api/v1/demands/:id/challenge')
export class ChallengesController {
  constructor(private readonly challenges: ChallengeService) {}

  @Post()
  @ApiCreatedResponse({ type: ChallengeDto, description: 'Owner opens a call on a published demand' })
  @ProblemResponses(400, 401, 403, 404, 409)
  open(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: OpenChallengeDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.challenges.open(actor, id, body, lang);
  }

  @Post('close')
  @HttpCode(200)
  @ApiOkResponse({
    type: ChallengeDto,
    description: 'The owner ends an open call; waiting proposals are declined',
  })
  @ProblemResponses(401, 403, 404, 409)
  close(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.challenges.close(actor, id, lang);
  }

  @Get()
  @Public()
  @ApiOkResponse({ type: ChallengeDto })
  @ProblemResponses(404)
  get(@OptionalActor() actor: Actor | null, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.challenges.get(actor, id, lang);
  }

  @Post('proposals')
  @LongTextBody()
  @ApiCreatedResponse({ type: ProposalDto, description: 'One proposal per organization (X-Organization-Id)' })
  @ProblemResponses(400, 401, 403, 404, 409)
  submit(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: SubmitProposalDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.challenges.submit(actor, id, body, lang);
  }

  @Get('proposals')
  @ApiOkResponse({
    type: [ProposalDto],
    description: 'The owner sees all, best score first; others only their own',
  })
  @ProblemResponses(401, 404)
  list(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.challenges.list(actor, id, lang);
  }

  @Post('proposals/:proposalId/score')
  @HttpCode(200)
  @ApiOkResponse({ type: ProposalDto })
  @ProblemResponses(400, 401, 403, 404)
  score(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('proposalId') proposalId: string,
    @Body() body: ScoreProposalDto,
  ) {
    return this.challenges.score(actor, id, proposalId, body);
  }

  @Post('proposals/:proposalId/shortlist')
  @HttpCode(200)
  @ApiOkResponse({ type: ProposalDto })
  @ProblemResponses(401, 403, 404, 409)
  shortlist(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('proposalId') proposalId: string,
  ) {
    return this.challenges.decide(actor, id, proposalId, 'shortlist');
  }

  @Post('proposals/:proposalId/award')
  @HttpCode(200)
  @ApiOkResponse({
    type: ProposalDto,
    description: 'Awards this proposal, closes the call and declines the others',
  })
  @ProblemResponses(401, 403, 404, 409)
  award(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('proposalId') proposalId: string,
  ) {
    return this.challenges.decide(actor, id, proposalId, 'award');
  }
}

/** The 揭榜挂帅 board: open calls across the demands the caller may see. */
@ApiTags('challenges')
@ApiBearerAuth()
@Controller('api/v1/challenges')
export class ChallengeBoardController {
  constructor(private readonly challenges: ChallengeService) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: ChallengeBoardPageDto,
    description: 'Open calls, newest demand first; a confidential demand’s call as its teaser, without award',
  })
  @ProblemResponses(400)
  board(
    @OptionalActor() actor: Actor | null,
    @Query() query: ChallengeBoardQueryDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.challenges.board(actor, query, lang);
  }
}
