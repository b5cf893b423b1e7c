/** Shapes of the Duijie HTTP API (see the API contract); dates are ISO 8601 strings. */

export type PlatformRole = 'admin' | 'moderator';
export type MemberRole = 'owner' | 'admin' | 'member';
export type VerificationStatus = 'pending' | 'verified' | 'rejected';
export type OrganizationType =
  'enterprise' | 'society' | 'university' | 'investor' | 'service_agency' | 'organizer';
export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export const memberRoles: readonly MemberRole[] = ['owner', 'admin', 'member'];
export const organizationTypes: readonly OrganizationType[] = [
  'enterprise',
  'society',
  'university',
  'investor',
  'service_agency',
  'organizer',
];

export interface TokenResponse {
  accessToken: string;
  expiresIn: number;
}

export interface RegisteredUser {
  id: string;
  email: string;
  name: string;
}

export interface MembershipOrganization {
  id: string;
  name: string;
  type: OrganizationType;
  regionCode: string;
  verificationStatus: VerificationStatus;
}

export interface Membership {
  organizationId: string;
  role: MemberRole;
  organization: MembershipOrganization;
}

export interface Me {
  id: string;
  email: string;
  name: string;
  platformRole: PlatformRole | null;
  memberships: Membership[];
}

export interface Organization {
  id: string;
  name: string;
  type: OrganizationType;
  creditCode: string;
  regionCode: string;
  regionName: string;
  industryCode: string | null;
  description: string | null;
  verificationStatus: VerificationStatus;
  createdAt: string;
}

export interface CreateOrganizationInput {
  name: string;
  type: OrganizationType;
  creditCode: string;
  regionCode: string;
  industryCode?: string;
  description?: string;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  joinedAt: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: MemberRole;
  status: InvitationStatus;
  expiresAt: string;
}

export interface InvitationPreview {
  id: string;
  organizationName: string;
  email: string;
  role: MemberRole;
  status: InvitationStatus;
}

export interface AcceptedInvitation {
  organizationId: string;
  role: MemberRole;
}

export interface AccessToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface CreatedAccessToken {
  id: string;
  name: string;
  prefix: string;
  token: string;
  createdAt: string;
  expiresAt: string | null;
}

export interface TreeOption {
  code: string;
  name: string;
  children?: TreeOption[];
}

/** RFC 9457 problem details, as every API error is returned. */
export interface ProblemFieldError {
  field: string;
  code: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: ProblemFieldError[];
}
