import type { BoundedContext } from '#core';
import { PortalController } from './http/portal.controller.js';
import { PortalModule } from './portal.module.js';

/** The public portal as the api sees it: no tables and no jobs of its own. */
export const portalContext: BoundedContext = {
  name: 'portal',
  module: PortalModule,
  entities: [],
  controllers: [PortalController],
  processors: [],
};
