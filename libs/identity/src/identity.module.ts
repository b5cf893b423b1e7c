import { Module } from '@nestjs/common';
import { AuditService } from './audit/audit.service.js';
import { IdentityCache } from './cache/identity-cache.js';
import { AccessTokenService } from './auth/access-token.service.js';
import { AuthService } from './auth/auth.service.js';
import { ThrottleService } from './auth/throttle.service.js';
import { PrincipalService } from './auth/principal.service.js';
import { InvitationService } from './organizations/invitation.service.js';
import { MembershipService } from './organizations/membership.service.js';
import { OrganizationDirectory } from './organizations/organization-directory.js';
import { OrganizationService } from './organizations/organization.service.js';
import { ApiKeyService } from './tokens/api-key.service.js';
import { PersonalAccessTokenService } from './tokens/personal-access-token.service.js';
import { UserService } from './users/user.service.js';

const services = [
  AuditService,
  IdentityCache,
  AccessTokenService,
  AuthService,
  ThrottleService,
  PrincipalService,
  OrganizationService,
  OrganizationDirectory,
  MembershipService,
  InvitationService,
  PersonalAccessTokenService,
  ApiKeyService,
  UserService,
];

/** Users, sessions, organizations and memberships. Needs AppConfigModule, TypeOrmModule and QueueModule. */
@Module({ providers: services, exports: services })
export class IdentityModule {}
