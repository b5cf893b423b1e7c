import type { BoundedContext } from '#core';
import { EventType, JobName, type EventRoutes } from '#queue';
import { MatchesController } from './http/matches.controller.js';
import { Match } from './match.entity.js';
import { MatchProfileRecord } from './match-profile.entity.js';
import { MatchingModule } from './matching.module.js';
import { MatchingProcessor } from './jobs/matching.processor.js';
import { MatchNotifyHandler } from './jobs/match-notify.handler.js';

/** The matching context as the api, the worker and the data source see it. */
export const matchingContext: BoundedContext = {
  name: 'matching',
  module: MatchingModule,
  entities: [Match, MatchProfileRecord],
  controllers: [MatchesController],
  processors: [MatchingProcessor],
  jobHandlers: [MatchNotifyHandler],
  routes: {
    [EventType.DemandPublished]: [JobName.MatchPosting],
    [EventType.DemandUpdated]: [JobName.MatchPosting],
    [EventType.DemandClosed]: [JobName.MatchPosting],
    [EventType.PostingPublished]: [JobName.MatchPosting],
    [EventType.PostingUpdated]: [JobName.MatchPosting],
    [EventType.PostingWithdrawn]: [JobName.MatchPosting],
    [EventType.MatchFound]: [JobName.NotifyMatch],
  } satisfies EventRoutes,
};
