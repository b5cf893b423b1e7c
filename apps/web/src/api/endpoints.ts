/** Typed wrappers, one per API operation of the contract. */
import { apiRequest } from './client';
import type {
  AcceptedInvitation,
  AccessToken,
  CreateOrganizationInput,
  CreatedAccessToken,
  Invitation,
  InvitationPreview,
  Me,
  Member,
  MemberRole,
  Organization,
  RegistrationReceipt,
  TokenResponse,
  TreeOption,
  VerificationStatus,
} from './types';

const id = encodeURIComponent;

export const authApi = {
  register: (input: { email: string; password: string; name: string }) =>
    apiRequest<RegistrationReceipt>('/auth/register', { method: 'POST', body: input, auth: 'public' }),
  confirmEmail: (input: { userId: string; requestedAt: string; token: string }) =>
    apiRequest<void>('/auth/email-verifications', { method: 'POST', body: input, auth: 'public' }),
  resendVerification: () =>
    apiRequest<void>('/auth/email-verification-requests', { method: 'POST', organization: false }),
  login: (input: { email: string; password: string }) =>
    apiRequest<TokenResponse>('/auth/login', { method: 'POST', body: input, auth: 'public' }),
  /** With the bearer when there is one, so the server can end this session too. */
  logout: (withBearer = true) =>
    apiRequest<void>('/auth/logout', { method: 'POST', auth: withBearer ? 'bearer' : 'public' }),
  requestPasswordReset: (email: string) =>
    apiRequest<void>('/auth/password-reset-requests', { method: 'POST', body: { email }, auth: 'public' }),
  resetPassword: (input: { requestId: string; token: string; password: string }) =>
    apiRequest<void>('/auth/password-resets', { method: 'POST', body: input, auth: 'public' }),
  changePassword: (input: { currentPassword: string; newPassword: string }) =>
    apiRequest<TokenResponse>('/auth/password', { method: 'POST', body: input }),
};

export const meApi = {
  get: () => apiRequest<Me>('/me', { organization: false }),
  listTokens: () => apiRequest<AccessToken[]>('/me/tokens'),
  createToken: (input: { name: string; expiresInDays?: number }) =>
    apiRequest<CreatedAccessToken>('/me/tokens', { method: 'POST', body: input }),
  revokeToken: (tokenId: string) => apiRequest<void>(`/me/tokens/${id(tokenId)}`, { method: 'DELETE' }),
};

export const organizationsApi = {
  create: (input: CreateOrganizationInput) =>
    apiRequest<Organization>('/organizations', { method: 'POST', body: input }),
  get: (orgId: string) => apiRequest<Organization>(`/organizations/${id(orgId)}`),
  update: (
    orgId: string,
    input: Partial<Pick<Organization, 'name' | 'regionCode' | 'industryCode' | 'description'>>,
  ) => apiRequest<Organization>(`/organizations/${id(orgId)}`, { method: 'PATCH', body: input }),
  listMembers: (orgId: string) => apiRequest<Member[]>(`/organizations/${id(orgId)}/members`),
  changeMemberRole: (orgId: string, userId: string, role: MemberRole) =>
    apiRequest<Member>(`/organizations/${id(orgId)}/members/${id(userId)}`, {
      method: 'PATCH',
      body: { role },
    }),
  removeMember: (orgId: string, userId: string) =>
    apiRequest<void>(`/organizations/${id(orgId)}/members/${id(userId)}`, { method: 'DELETE' }),
  invite: (orgId: string, input: { email: string; role: MemberRole }) =>
    apiRequest<Invitation>(`/organizations/${id(orgId)}/invitations`, { method: 'POST', body: input }),
  listInvitations: (orgId: string) => apiRequest<Invitation[]>(`/organizations/${id(orgId)}/invitations`),
  revokeInvitation: (orgId: string, invitationId: string) =>
    apiRequest<void>(`/organizations/${id(orgId)}/invitations/${id(invitationId)}`, { method: 'DELETE' }),
};

export const invitationsApi = {
  preview: (invitationId: string, token: string) =>
    apiRequest<InvitationPreview>(`/invitations/${id(invitationId)}`, { query: { token }, auth: 'public' }),
  accept: (invitationId: string, token: string) =>
    apiRequest<AcceptedInvitation>(`/invitations/${id(invitationId)}/accept`, {
      method: 'POST',
      body: { token },
    }),
};

export const adminApi = {
  listOrganizations: (verificationStatus: VerificationStatus = 'pending') =>
    apiRequest<Organization[]>('/admin/organizations', { query: { verificationStatus } }),
  setVerification: (orgId: string, input: { status: 'verified' | 'rejected'; note?: string }) =>
    apiRequest<Organization>(`/admin/organizations/${id(orgId)}/verification`, {
      method: 'POST',
      body: input,
    }),
  /** Sets the HttpOnly cookie that lets this browser open the queue dashboard at /admin/queues. */
  openQueueBoard: () => apiRequest<void>('/admin/queue-board/session', { method: 'POST' }),
};

export const referenceApi = {
  regions: () => apiRequest<TreeOption[]>('/reference/regions', { auth: 'public' }),
  industries: () => apiRequest<TreeOption[]>('/reference/industries', { auth: 'public' }),
  /** Technology fields (技术领域), named in the UI language. */
  techFields: () => apiRequest<TreeOption[]>('/reference/tech-fields', { auth: 'public' }),
};
