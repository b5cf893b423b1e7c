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

/** Technical problems (技术需求 / 难题). */
export type DemandCategory = 'common' | 'chokepoint' | 'shortboard' | 'efficiency';
export type DemandStatus =
  'draft' | 'submitted' | 'rejected' | 'published' | 'in_progress' | 'solved' | 'closed' | 'expired';
export type DemandVisibility = 'public' | 'registered' | 'confidential';
export type CooperationMode = 'development' | 'transfer' | 'licensing' | 'consulting' | 'service' | 'talent';
export type DemandSort = 'newest' | 'views' | 'deadline';
export type AccessRequestStatus = 'pending' | 'granted' | 'refused' | 'revoked';

export const demandCategories: readonly DemandCategory[] = [
  'common',
  'chokepoint',
  'shortboard',
  'efficiency',
];
export const demandStatuses: readonly DemandStatus[] = [
  'draft',
  'submitted',
  'rejected',
  'published',
  'in_progress',
  'solved',
  'closed',
  'expired',
];
export const demandVisibilities: readonly DemandVisibility[] = ['public', 'registered', 'confidential'];
export const cooperationModes: readonly CooperationMode[] = [
  'development',
  'transfer',
  'licensing',
  'consulting',
  'service',
  'talent',
];
export const demandSorts: readonly DemandSort[] = ['newest', 'views', 'deadline'];
/** Technology readiness levels 1–9. */
export const trlLevels = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export interface DemandSummary {
  id: string;
  title: string;
  category: DemandCategory;
  industryCode: string | null;
  industryName: string | null;
  fields: string[];
  fieldNames: string[];
  /** null for a nationwide demand (全国). */
  regionCode: string | null;
  /** 全国 / Nationwide when it has no region. */
  regionName: string;
  /** 地域要求: only suppliers from its own province fit. */
  regionRequired: boolean;
  budgetMinWan: number | null;
  budgetMaxWan: number | null;
  /** ISO date (YYYY-MM-DD). */
  deadline: string | null;
  status: DemandStatus;
  visibility: DemandVisibility;
  /** True when confidential content is withheld from the caller (only the teaser shows). */
  redacted: boolean;
  teaser: string | null;
  viewCount: number;
  publishedAt: string | null;
  updatedAt: string;
  /** null when redacted. */
  organizationName: string | null;
}

export interface DemandAttachment {
  name: string;
  sizeBytes: number;
  mimeType: string;
}

export interface DemandContact {
  name: string;
  phone?: string;
  email?: string;
}

/** The acting organization's own access request to a confidential demand. */
export interface OwnAccessRequest {
  id: string;
  status: AccessRequestStatus;
  createdAt: string;
}

export interface Demand extends DemandSummary {
  /** null when redacted. */
  description: string | null;
  keywords: string[];
  trlRequired: number | null;
  cooperationModes: CooperationMode[];
  attachments: DemandAttachment[];
  /** null when redacted. */
  contact: DemandContact | null;
  ndaText: string | null;
  rejectionReason: string | null;
  organizationId: string | null;
  canEdit: boolean;
  accessRequest: OwnAccessRequest | null;
}

export interface DemandPage {
  items: DemandSummary[];
  nextCursor: string | null;
}

export type DemandListQuery = {
  category?: DemandCategory;
  industryCode?: string;
  regionCode?: string;
  field?: string;
  q?: string;
  sort?: DemandSort;
  mine?: boolean;
  limit?: number;
  cursor?: string;
};

export interface DemandInput {
  title: string;
  description: string;
  category: DemandCategory;
  industryCode?: string;
  fields: string[];
  keywords?: string[];
  /** Left out (null on an edit) for a nationwide demand. */
  regionCode?: string;
  regionRequired?: boolean;
  budgetMinWan?: number;
  budgetMaxWan?: number;
  trlRequired?: number;
  deadline?: string;
  cooperationModes: CooperationMode[];
  visibility: DemandVisibility;
  teaser?: string;
  ndaText?: string;
  contact?: DemandContact;
  attachments?: DemandAttachment[];
}

/** PATCH body: any editable field (never visibility); null clears an optional one. */
export type DemandUpdate = {
  [K in Exclude<keyof DemandInput, 'visibility'>]?: DemandInput[K] | null;
};

/** An access request as the demand's owner sees it. */
export interface DemandAccessRequest {
  id: string;
  organizationId: string;
  organizationName: string;
  status: AccessRequestStatus;
  message: string | null;
  ndaAcceptedAt: string;
  createdAt: string;
  decidedAt: string | null;
  reason: string | null;
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

/** 揭榜挂帅: an open call on a demand, and the proposals (揭榜方案) answering it. */
export type ChallengeStatus = 'open' | 'awarded' | 'closed';

export interface ChallengeCriterion {
  name: string;
  /** 1–100; the weights of a call add up to 100. */
  weight: number;
}

export interface Challenge {
  id: string;
  demandId: string;
  awardWan: number;
  /** YYYY-MM-DD: proposals close after this day. */
  deadline: string;
  criteria: ChallengeCriterion[];
  description: string | null;
  status: ChallengeStatus;
  proposalCount: number;
}

export interface ChallengeInput {
  awardWan: number;
  deadline: string;
  criteria: ChallengeCriterion[];
  description?: string;
}

export type ProposalStatus = 'submitted' | 'shortlisted' | 'awarded' | 'declined';

export interface Proposal {
  id: string;
  organizationId: string;
  organizationName: string;
  summary: string;
  approach: string;
  team: string;
  costWan: number;
  durationDays: number;
  status: ProposalStatus;
  scores: Record<string, number> | null;
  totalScore: number | null;
  createdAt: string;
}

export interface ProposalInput {
  summary: string;
  approach: string;
  team: string;
  costWan: number;
  durationDays: number;
}
