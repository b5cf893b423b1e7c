import type { BoundedContext } from '#core';
import { EventType, JobName, type EventRoutes } from '#queue';
import { Deal } from './deal.entity.js';
import { DealsModule } from './deals.module.js';
import { DealsController } from './http/deals.controller.js';
import { DealNotifyHandler } from './jobs/deal-notify.handler.js';

/** The deals context as the api, the worker and the data source see it. */
export const dealsContext: BoundedContext = {
  name: 'deals',
  module: DealsModule,
  entities: [Deal],
  controllers: [DealsController],
  jobHandlers: [DealNotifyHandler],
  routes: {
    [EventType.DealChanged]: [JobName.NotifyDeal],
  } satisfies EventRoutes,
};
