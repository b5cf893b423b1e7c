import type { BoundedContext } from '#core';
import { EventType, JobName, type EventRoutes } from '#queue';
import { Expert } from './experts/expert.entity.js';
import { ExpertClaim } from './experts/expert-claim.entity.js';
import { ExpertImport } from './imports/expert-import.entity.js';
import {
  ExpertAccessController,
  ExpertProfilesController,
  ExpertsController,
} from './http/experts.controller.js';
import { SocietiesController } from './http/societies.controller.js';
import { ProfilesModule } from './profiles.module.js';
import { ServiceStation } from './societies/service-station.entity.js';
import { SocietyProfile } from './societies/society-profile.entity.js';
import { ExpertClaimEmailHandler } from './jobs/expert-claim-email.handler.js';
import { ImportsProcessor } from './jobs/imports.processor.js';

/** The profiles context as the api, the worker and the data source see it. */
export const profilesContext: BoundedContext = {
  name: 'profiles',
  module: ProfilesModule,
  entities: [Expert, ExpertClaim, ExpertImport, ServiceStation, SocietyProfile],
  controllers: [ExpertProfilesController, ExpertsController, SocietiesController, ExpertAccessController],
  processors: [ImportsProcessor],
  jobHandlers: [ExpertClaimEmailHandler],
  routes: {
    [EventType.ExpertClaimInvited]: [JobName.SendExpertClaimEmail],
    [EventType.ExpertImportRequested]: [JobName.ImportExperts],
  } satisfies EventRoutes,
};
