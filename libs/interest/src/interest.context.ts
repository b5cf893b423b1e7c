import type { BoundedContext } from '#core';
import { EventType, JobName, type EventRoutes } from '#queue';
import { InterestConfig } from './interest.config.js';
import { InterestController } from './http/interest.controller.js';
import { InterestBlock } from './interest-block.entity.js';
import { Interest } from './interest.entity.js';
import { InterestModule } from './interest.module.js';
import { InterestProcessor } from './jobs/interest.processor.js';

/** The 我要对接 context as the api, the worker and the data source see it. */
export const interestContext: BoundedContext = {
  name: 'interest',
  module: InterestModule,
  entities: [Interest, InterestBlock],
  controllers: [InterestController],
  processors: [InterestProcessor],
  routes: {
    [EventType.InterestExpressed]: [JobName.NotifyInterest],
    [EventType.AccessRequested]: [JobName.NotifyAccessRequested],
    [EventType.AccessDecided]: [JobName.NotifyAccessDecided],
    [EventType.ProposalSubmitted]: [JobName.NotifyProposalSubmitted],
    [EventType.ProposalDecided]: [JobName.NotifyProposalDecided],
    [EventType.PostingModerated]: [JobName.NotifyModeration],
  } satisfies EventRoutes,
  config: InterestConfig,
};
