import type { BoundedContext } from '#core';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { AdminController } from './http/admin.controller.js';
import { ApiKeysController } from './http/api-keys.controller.js';
import { AuthController } from './http/auth.controller.js';
import { InvitationsController } from './http/invitations.controller.js';
import { MeController } from './http/me.controller.js';
import { OrganizationsController } from './http/organizations.controller.js';
import { IdentityConfig } from './identity.config.js';
import { IdentityModule } from './identity.module.js';
import { Invitation } from './organizations/invitation.entity.js';
import { Membership } from './organizations/membership.entity.js';
import { Organization } from './organizations/organization.entity.js';
import { PasswordResetRequest } from './auth/password-reset-request.entity.js';
import { ApiKey } from './tokens/api-key.entity.js';
import { PersonalAccessToken } from './tokens/personal-access-token.entity.js';
import { RefreshToken } from './auth/refresh-token.entity.js';
import { Session } from './auth/session.entity.js';
import { User } from './users/user.entity.js';

/** The identity context as the api, the worker and the data source see it. */
export const identityContext: BoundedContext = {
  name: 'identity',
  module: IdentityModule,
  entities: [
    User,
    Session,
    RefreshToken,
    PasswordResetRequest,
    PersonalAccessToken,
    ApiKey,
    Organization,
    Membership,
    Invitation,
    AuditEntry,
  ],
  controllers: [
    AuthController,
    MeController,
    OrganizationsController,
    InvitationsController,
    AdminController,
    ApiKeysController,
  ],
  config: IdentityConfig,
};
