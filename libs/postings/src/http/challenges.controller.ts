import { Body, Query } from '@nestjs/common';
import {
  ApiController,
  CreateRoute,
  CurrentActor,
  OptionalActor,
  ReadRoute,
  RequestLanguage,
  StatusStep,
  Transition,
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
@ApiController('challenges', 'api/v1/demands/:id/challenge')
export class ChallengesController {
  constructor(private readonly challenges: ChallengeService) {}

  @CreateRoute(undefined, ChallengeDto, { description: 'Owner opens a call on a published demand' })
  open(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: OpenChallengeDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.challenges.open(actor, id, body, lang);
  }

  @StatusStep('close', ChallengeDto, 'The owner ends an open call; waiting proposals are declined')
  close(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.challenges.close(actor, id, lang);
  }

  @ReadRoute(undefined, ChallengeDto, { public: true })
  get(@OptionalActor() actor: Actor | null, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.challenges.get(actor, id, lang);
  }

  @CreateRoute('proposals', ProposalDto, {
    longText: true,
    description: 'One proposal per organization (X-Organization-Id)',
  })
  submit(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() body: SubmitProposalDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.challenges.submit(actor, id, body, lang);
  }

  @ReadRoute('proposals', [ProposalDto], {
    problems: [401, 404],
    description: 'The owner sees all, best score first; others only their own',
  })
  list(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RequestLanguage() lang: Language) {
    return this.challenges.list(actor, id, lang);
  }

  @Transition('proposals/:proposalId/score', ProposalDto, undefined, [400, 401, 403, 404])
  score(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('proposalId') proposalId: string,
    @Body() body: ScoreProposalDto,
  ) {
    return this.challenges.score(actor, id, proposalId, body);
  }

  @Transition('proposals/:proposalId/shortlist', ProposalDto, undefined, [401, 403, 404, 409])
  shortlist(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('proposalId') proposalId: string,
  ) {
    return this.challenges.decide(actor, id, proposalId, 'shortlist');
  }

  @StatusStep(
    'proposals/:proposalId/award',
    ProposalDto,
    'Awards this proposal, closes the call and declines the others',
  )
  award(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('proposalId') proposalId: string,
  ) {
    return this.challenges.decide(actor, id, proposalId, 'award');
  }
}

/** The 揭榜挂帅 board: open calls across the demands the caller may see. */
@ApiController('challenges', 'api/v1/challenges')
export class ChallengeBoardController {
  constructor(private readonly challenges: ChallengeService) {}

  @ReadRoute(undefined, ChallengeBoardPageDto, {
    public: true,
    problems: [400],
    description: 'Open calls, newest demand first; a confidential demand’s call as its teaser, without award',
  })
  board(
    @OptionalActor() actor: Actor | null,
    @Query() query: ChallengeBoardQueryDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.challenges.board(actor, query, lang);
  }
}
