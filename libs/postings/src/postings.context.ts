import type { BoundedContext } from '#core';
import { Achievement } from './achievements/achievement.entity.js';
import { Challenge } from './challenges/challenge.entity.js';
import { Demand } from './demands/demand.entity.js';
import { AccessRequest } from './access/access-request.entity.js';
import { FinancingOffer } from './financing-offers/financing-offer.entity.js';
import {
  AchievementAccessController,
  AchievementsController,
  DemandAccessController,
  FinancingOfferAccessController,
  ProjectAccessController,
  FinancingOffersController,
  ProjectsController,
} from './http/catalogue-controllers.js';
import { ChallengeBoardController, ChallengesController } from './http/challenges.controller.js';
import { DemandsController } from './http/demands.controller.js';
import { DemandExpiryHandler } from './jobs/demand-expiry.handler.js';
import { OpenDataController } from './http/open-data.controller.js';
import { PostingsModule } from './postings.module.js';
import { Project } from './projects/project.entity.js';
import { Proposal } from './challenges/proposal.entity.js';

/** The postings context as the api, the worker and the data source see it. */
export const postingsContext: BoundedContext = {
  name: 'postings',
  module: PostingsModule,
  entities: [Demand, AccessRequest, Challenge, Proposal, Achievement, Project, FinancingOffer],
  controllers: [
    DemandsController,
    ChallengesController,
    ChallengeBoardController,
    AchievementsController,
    ProjectsController,
    FinancingOffersController,
    OpenDataController,
    DemandAccessController,
    AchievementAccessController,
    ProjectAccessController,
    FinancingOfferAccessController,
  ],
  jobHandlers: [DemandExpiryHandler],
};
