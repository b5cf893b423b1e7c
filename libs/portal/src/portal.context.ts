import type { BoundedContext } from '#core';
import { PortalController } from './http/portal.controller.js';
import { PortalConfig } from './portal.config.js';
import { PortalModule } from './portal.module.js';

/** The public portal as the api sees it: no tables and no jobs of its own; the operator's details. */
export const portalContext: BoundedContext = {
  name: 'portal',
  module: PortalModule,
  entities: [],
  controllers: [PortalController],
  processors: [],
  config: PortalConfig,
};
