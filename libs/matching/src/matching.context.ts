import type { BoundedContext } from '#core';
import { MatchesController } from './http/matches.controller.js';
import { Match } from './match.entity.js';
import { MatchProfileRecord } from './match-profile.entity.js';
import { MatchingModule } from './matching.module.js';
import { MatchingProcessor } from './jobs/matching.processor.js';

/** The matching context as the api, the worker and the data source see it. */
export const matchingContext: BoundedContext = {
  name: 'matching',
  module: MatchingModule,
  entities: [Match, MatchProfileRecord],
  controllers: [MatchesController],
  processors: [MatchingProcessor],
};
