/** Accounts, organizations, invitations, administration and reference data: calls of the generated client. */
import type { paths } from './generated/schema';
import { currentLanguage } from '../i18n';
import { answer, api, withPath, type BodyOf, type NullableOptional, type Schemas } from './client';
import type { MemberRole, OrganizationType, VerificationStatus } from './types';

type Body<P extends keyof paths, M extends keyof paths[P]> = BodyOf<paths[P][M]>;
const publicApi = () => api('public');
const byId = (id: string) => withPath({ id });
const member = (id: string, userId: string) => withPath({ id, userId });

export const authApi = {
  register: (input: Body<'/api/v1/auth/register', 'post'>) =>
    answer(publicApi().POST('/api/v1/auth/register', { body: input })),
  login: (input: Body<'/api/v1/auth/login', 'post'>) =>
    answer(publicApi().POST('/api/v1/auth/login', { body: input })),
  confirmEmail: (input: Body<'/api/v1/auth/email-verifications', 'post'>) =>
    answer(publicApi().POST('/api/v1/auth/email-verifications', { body: input })),
  /** Without X-Organization-Id: an unconfirmed account may not act for an organization yet. */
  resendVerification: () => answer(api('session', false).POST('/api/v1/auth/email-verification-requests')),
  /** With the bearer when there is one, so the server can end this session too. */
  logout: (withBearer = true) => answer(api(withBearer ? 'bearer' : 'public').POST('/api/v1/auth/logout')),
  requestPasswordReset: (email: string) =>
    answer(publicApi().POST('/api/v1/auth/password-reset-requests', { body: { email } })),
  resetPassword: (input: Body<'/api/v1/auth/password-resets', 'post'>) =>
    answer(publicApi().POST('/api/v1/auth/password-resets', { body: input })),
  changePassword: (input: Body<'/api/v1/auth/password', 'post'>) =>
    answer(api().POST('/api/v1/auth/password', { body: input })),
};

export const meApi = {
  get: () => answer(api('session', false).GET('/api/v1/me')),
  listTokens: () => answer(api().GET('/api/v1/me/tokens')),
  createToken: (input: Body<'/api/v1/me/tokens', 'post'>) =>
    answer(api().POST('/api/v1/me/tokens', { body: input })),
  revokeToken: (tokenId: string) => answer(api().DELETE('/api/v1/me/tokens/{id}', byId(tokenId))),
};

export const organizationsApi = {
  create: (input: Body<'/api/v1/organizations', 'post'>) =>
    answer(api().POST('/api/v1/organizations', { body: input })),
  get: (orgId: string) => answer(api().GET('/api/v1/organizations/{id}', byId(orgId))),
  search: (q: string, type?: OrganizationType) =>
    answer(api().GET('/api/v1/organizations/search', { params: { query: { q, type, limit: 20 } } })),
  update: (orgId: string, input: NullableOptional<Body<'/api/v1/organizations/{id}', 'patch'>>) =>
    answer(
      api().PATCH('/api/v1/organizations/{id}', {
        ...byId(orgId),
        body: input as Body<'/api/v1/organizations/{id}', 'patch'>,
      }),
    ),
  listMembers: (orgId: string) => answer(api().GET('/api/v1/organizations/{id}/members', byId(orgId))),
  changeMemberRole: (orgId: string, userId: string, role: MemberRole) =>
    answer(
      api().PATCH('/api/v1/organizations/{id}/members/{userId}', {
        ...member(orgId, userId),
        body: { role },
      }),
    ),
  removeMember: (orgId: string, userId: string) =>
    answer(api().DELETE('/api/v1/organizations/{id}/members/{userId}', member(orgId, userId))),
  invite: (orgId: string, input: Body<'/api/v1/organizations/{id}/invitations', 'post'>) =>
    answer(api().POST('/api/v1/organizations/{id}/invitations', { ...byId(orgId), body: input })),
  listInvitations: (orgId: string) =>
    answer(api().GET('/api/v1/organizations/{id}/invitations', byId(orgId))),
  revokeInvitation: (orgId: string, invitationId: string) =>
    answer(
      api().DELETE('/api/v1/organizations/{id}/invitations/{invitationId}', {
        params: { path: { id: orgId, invitationId } },
      }),
    ),
};

export const invitationsApi = {
  preview: (invitationId: string, token: string) =>
    answer(
      publicApi().GET('/api/v1/invitations/{id}', {
        params: { path: { id: invitationId }, query: { token } },
      }),
    ),
  accept: (invitationId: string, token: string) =>
    answer(api().POST('/api/v1/invitations/{id}/accept', { ...byId(invitationId), body: { token } })),
};

export const adminApi = {
  listOrganizations: (verificationStatus: VerificationStatus = 'pending') =>
    answer(api().GET('/api/v1/admin/organizations', { params: { query: { verificationStatus } } })),
  setVerification: (orgId: string, input: Body<'/api/v1/admin/organizations/{id}/verification', 'post'>) =>
    answer(api().POST('/api/v1/admin/organizations/{id}/verification', { ...byId(orgId), body: input })),
  /** Sets the HttpOnly cookie that lets this browser open the queue dashboard at /admin/queues. */
  openQueueBoard: () => answer(api().POST('/api/v1/admin/queue-board/session')),
};

/** The lists named in two languages take the UI's (the client sends the same header on every call). */
const named = () => ({ params: { header: { 'accept-language': currentLanguage() } } });

export const referenceApi = {
  /** GB/T 2260 regions, named in the UI language. */
  regions: () => answer(publicApi().GET('/api/v1/reference/regions', named())),
  industries: () => answer(publicApi().GET('/api/v1/reference/industries', named())),
  /** Technology fields (技术领域), named in the UI language. */
  techFields: () => answer(publicApi().GET('/api/v1/reference/tech-fields', named())),
  /** The fields (and the GB/T 4754 division) a posting's text is about, best first. */
  suggestTechFields: (text: string, signal?: AbortSignal) =>
    answer(publicApi().GET('/api/v1/reference/tech-fields/suggest', { params: { query: { text } }, signal })),
};

/** GET /reference/tech-fields/suggest. */
export type FieldSuggestions = Schemas['FieldSuggestionsDto'];
