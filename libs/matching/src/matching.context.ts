import type { BoundedContext } from '#core';
import { Match } from './match.entity.js';
import { MatchProfileRecord } from './match-profile.entity.js';
import { MatchingModule } from './matching.module.js';

/** The matching context as the api, the worker and the data source see it. */
export const matchingContext: BoundedContext = {
  name: 'matching',
  module: MatchingModule,
  entities: [Match, MatchProfileRecord],
};
