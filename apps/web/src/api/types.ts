/**
 * The web app's names for the API's shapes: aliases of the schema generated from openapi.json (run
 * `npm run openapi` after changing the API), and the enum values the forms offer, read from the same
 * schema. Dates are ISO 8601 strings.
 */
import type { paths } from './generated/schema';
import { queryRules, schemaRules } from './generated/rules';
import type { AnswerOf, QueryOf, Schemas } from './client';

export type { Problem, ProblemFieldError } from './client';

export type TokenResponse = Schemas['AccessTokenDto'];
export type Me = Schemas['MeDto'];
export type Membership = Schemas['MembershipSummaryDto'];
export type Organization = Schemas['OrganizationDto'];
export type CreateOrganizationInput = Schemas['CreateOrganizationDto'];
export type Member = Schemas['MemberDto'];
export type Invitation = Schemas['InvitationDto'];
export type AccessToken = Schemas['PersonalTokenDto'];
export type CreatedAccessToken = Schemas['CreatedPersonalTokenDto'];
export type TreeOption = Schemas['CodeNodeDto'];

export type MemberRole = Member['role'];
export type VerificationStatus = Organization['verificationStatus'];
export type OrganizationType = Organization['type'];

export const memberRoles: readonly MemberRole[] = schemaRules.MemberDto.role.enum;
export const organizationTypes: readonly OrganizationType[] = schemaRules.OrganizationDto.type.enum;
/** The same for a new address and one that has an account: registration does not tell them apart. */
export type RegistrationReceipt = AnswerOf<paths['/api/v1/auth/register']['post']>;

/** Technical problems (技术需求 / 难题). */
export type DemandSummary = Schemas['DemandSummaryDto'];
export type Demand = Schemas['DemandDto'];
export type DemandInput = Schemas['CreateDemandDto'];
export type DemandContact = Schemas['ContactDto'];
/** An access request as the demand's owner sees it. */
export type DemandAccessRequest = Schemas['AccessRequestDto'];
export type DemandListQuery = QueryOf<paths['/api/v1/demands']['get']>;
/** What POST …/access-requests answers: the caller's own request. */
export type CreatedAccessRequest = AnswerOf<paths['/api/v1/demands/{id}/access-requests']['post']>;

export type DemandCategory = Demand['category'];
export type DemandStatus = Demand['status'];
export type DemandVisibility = Demand['visibility'];
export type CooperationMode = Demand['cooperationModes'][number];
export type DemandSort = NonNullable<DemandListQuery['sort']>;
export type AccessRequestStatus = DemandAccessRequest['status'];

export const demandCategories: readonly DemandCategory[] = schemaRules.DemandDto.category.enum;
export const demandStatuses: readonly DemandStatus[] = schemaRules.DemandDto.status.enum;
export const demandVisibilities: readonly DemandVisibility[] = schemaRules.DemandDto.visibility.enum;
export const cooperationModes: readonly CooperationMode[] = schemaRules.DemandDto.cooperationModes.items.enum;
export const demandSorts: readonly DemandSort[] = queryRules['/api/v1/demands'].sort.enum;
/** Technology readiness levels 1–9. */
export const trlLevels = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** PATCH body: any editable field (never visibility); null clears an optional one. */
export type DemandUpdate = {
  [K in Exclude<keyof DemandInput, 'visibility'>]?: DemandInput[K] | null;
};

/** 揭榜挂帅: an open call on a demand, and the proposals (揭榜方案) answering it. */
export type Challenge = Schemas['ChallengeDto'];
export type ChallengeInput = Schemas['OpenChallengeDto'];
export type ChallengeCriterion = Schemas['CriterionDto'];
export type ChallengeStatus = Challenge['status'];
export type Proposal = Schemas['ProposalDto'];
export type ProposalInput = Schemas['SubmitProposalDto'];
export type ProposalStatus = Proposal['status'];
