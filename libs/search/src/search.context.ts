import type { BoundedContext } from '#core';
import { EventType, JobName, type EventRoutes } from '#queue';
import { SearchConfig } from './search.config.js';
import { ReferenceController } from './http/reference.controller.js';
import { SearchController } from './http/search.controller.js';
import { SearchModule } from './search.module.js';
import { SearchSyncProcessor } from './jobs/search-sync.processor.js';

/** The search context: no tables of its own (it indexes the postings'); the reference code lists too. */
export const searchContext: BoundedContext = {
  name: 'search',
  module: SearchModule,
  entities: [],
  controllers: [ReferenceController, SearchController],
  processors: [SearchSyncProcessor],
  routes: {
    [EventType.DemandPublished]: [JobName.SyncSearchDocument],
    [EventType.DemandUpdated]: [JobName.SyncSearchDocument],
    [EventType.DemandClosed]: [JobName.SyncSearchDocument],
    [EventType.PostingPublished]: [JobName.SyncSearchDocument],
    [EventType.PostingUpdated]: [JobName.SyncSearchDocument],
    [EventType.PostingWithdrawn]: [JobName.SyncSearchDocument],
  } satisfies EventRoutes,
  config: SearchConfig,
};
