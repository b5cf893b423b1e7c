import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { contexts } from '#contexts';
import { AppConfigModule } from '#core';
import { DatabaseModule } from '../../../migrations/data-source.js';
import { AdminController } from './controllers/admin.controller.js';
import { AuthController } from './controllers/auth.controller.js';
import {
  AchievementsController,
  FinancingOffersController,
  ProjectsController,
} from './controllers/catalogue-controllers.js';
import { ChallengesController } from './controllers/challenges.controller.js';
import { DealsController } from './controllers/deals.controller.js';
import { DemandsController } from './controllers/demands.controller.js';
import { ExpertProfilesController, ExpertsController } from './controllers/experts.controller.js';
import { HealthController } from './controllers/health.controller.js';
import { InvitationsController } from './controllers/invitations.controller.js';
import { MatchesController } from './controllers/matches.controller.js';
import { MeController } from './controllers/me.controller.js';
import { NotificationPreferencesController } from './controllers/notification-preferences.controller.js';
import { NotificationsController } from './controllers/notifications.controller.js';
import { OrganizationsController } from './controllers/organizations.controller.js';
import { QueueBoardController } from './controllers/queue-board.controller.js';
import { ReferenceController } from './controllers/reference.controller.js';
import { SocietiesController } from './controllers/societies.controller.js';
import { SearchController } from './controllers/search.controller.js';
import { UnsubscribeController } from './controllers/unsubscribe.controller.js';
import { WebhooksController } from './controllers/webhooks.controller.js';
import { SubscriptionsController } from './controllers/subscriptions.controller.js';
import { AuthGuard } from './http/auth.guard.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { MetricsController, MetricsRegistry } from './observability/metrics.js';

@Module({
  imports: [AppConfigModule, DatabaseModule, TerminusModule, ...contexts.map((context) => context.module)],
  controllers: [
    AuthController,
    MeController,
    OrganizationsController,
    InvitationsController,
    DemandsController,
    ChallengesController,
    AchievementsController,
    ProjectsController,
    FinancingOffersController,
    ExpertProfilesController,
    ExpertsController,
    SocietiesController,
    AdminController,
    QueueBoardController,
    ReferenceController,
    SearchController,
    MatchesController,
    NotificationsController,
    NotificationPreferencesController,
    UnsubscribeController,
    WebhooksController,
    SubscriptionsController,
    DealsController,
    HealthController,
    MetricsController,
    ...contexts.flatMap((context) => context.controllers ?? []),
  ],
  providers: [
    MetricsRegistry,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class AppModule {}
