import { Module } from '@nestjs/common';
import { DealsModule } from '#deals';
import { IdentityModule } from '#identity';
import { MatchingModule } from '#matching';
import { NotificationsModule } from '#notifications';
import { PostingsModule } from '#postings';
import { ProfilesModule } from '#profiles';
import { DispatchService } from './dispatch.service.js';
import { RatingService } from './rating.service.js';
import { ServiceRecordStore } from './records/service-record-store.js';
import { ServiceAccess } from './service-access.js';
import { ServiceLogService } from './service-log.service.js';
import { TaskReminderService } from './task-reminder.service.js';
import { TaskService } from './task.service.js';
import { VisitService } from './visit.service.js';

const services = [
  VisitService,
  ServiceLogService,
  DispatchService,
  TaskService,
  RatingService,
  TaskReminderService,
];

/** Service work (服务记录): visits, service logs, dispatches, follow-up tasks with reminders, ratings. */
@Module({
  imports: [IdentityModule, PostingsModule, ProfilesModule, MatchingModule, DealsModule, NotificationsModule],
  providers: [...services, ServiceAccess, ServiceRecordStore],
  exports: services,
})
export class ServicesModule {}
