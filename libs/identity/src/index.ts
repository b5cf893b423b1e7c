export { abilityFor, asSubject, type AbilityOver, type IdentityAbility } from './access/abilities.js';
export { readsOrganization, roleIn, type Actor } from './access/actor.js';
export { AuditEntry } from './audit/audit-entry.entity.js';
export { AuditService, type AuditRecord, type AuditTrailEntry } from './audit/audit.service.js';
export { AuthService, RESET_PURPOSE, type ClientInfo, type IssuedTokens } from './auth/auth.service.js';
export { hashPassword } from './auth/password-hasher.js';
export { PasswordResetRequest } from './auth/password-reset-request.entity.js';
export { PrincipalService, type Principal } from './auth/principal.service.js';
export { linkToken, randomNonce, sameToken } from './auth/secrets.js';
export * from './dto/auth.dto.js';
export * from './dto/organization.dto.js';
export * from './dto/token.dto.js';
export * from './dto/user-admin.dto.js';
export { IdentityModule } from './identity.module.js';
export { InvitationService, type InvitationEmail } from './organizations/invitation.service.js';
export { Membership, MEMBER_ROLES, type MemberRole } from './organizations/membership.entity.js';
export { MembershipService } from './organizations/membership.service.js';
export {
  Organization,
  ORGANIZATION_TYPES,
  type OrganizationType,
} from './organizations/organization.entity.js';
export {
  OrganizationDirectory,
  type DirectoryFilter,
  type OrganizationSummary,
} from './organizations/organization-directory.js';
export { OrganizationService } from './organizations/organization.service.js';
export { ApiKeyService } from './tokens/api-key.service.js';
export { PersonalAccessTokenService } from './tokens/personal-access-token.service.js';
export { User } from './users/user.entity.js';
export { ensurePlatformAdmin } from './users/platform-admin.js';
export { UserService } from './users/user.service.js';
export { identityContext } from './identity.context.js';
export { IdentityConfig } from './identity.config.js';
