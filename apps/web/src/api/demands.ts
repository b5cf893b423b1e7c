/** Typed wrappers for the technical-problem (技术需求) operations of the contract. */
import { apiRequest, type AuthMode } from './client';
import type {
  AccessRequestStatus,
  Demand,
  DemandAccessRequest,
  DemandInput,
  DemandListQuery,
  DemandPage,
  DemandSummary,
  DemandUpdate,
  DemandVisibility,
} from './types';

const id = encodeURIComponent;
const path = (demandId: string, rest = '') => `/demands/${id(demandId)}${rest}`;

/** What POST …/access-requests answers: the caller's own request. */
export interface CreatedAccessRequest {
  id: string;
  status: AccessRequestStatus;
  createdAt: string;
}

export const demandsApi = {
  /**
   * The 难题榜, or with mine=true the acting organization's own demands. Signed-out visitors call it
   * with auth 'public' (no stale token is sent, and a 401 does not end a session that never existed).
   */
  list: (query: DemandListQuery, auth: AuthMode = 'session') =>
    apiRequest<DemandPage>('/demands', { query: { ...query }, auth }),
  /** Each GET of a published demand counts a view: fetch once, then keep what actions return. */
  get: (demandId: string, auth: AuthMode = 'session') => apiRequest<Demand>(path(demandId), { auth }),
  create: (input: DemandInput) => apiRequest<Demand>('/demands', { method: 'POST', body: input }),
  update: (demandId: string, input: DemandUpdate) =>
    apiRequest<Demand>(path(demandId), { method: 'PATCH', body: input }),
  setVisibility: (demandId: string, visibility: DemandVisibility) =>
    apiRequest<Demand>(path(demandId, '/visibility'), { method: 'POST', body: { visibility } }),
  submit: (demandId: string) => apiRequest<Demand>(path(demandId, '/submit'), { method: 'POST' }),
  start: (demandId: string) => apiRequest<Demand>(path(demandId, '/start'), { method: 'POST' }),
  solve: (demandId: string) => apiRequest<Demand>(path(demandId, '/solve'), { method: 'POST' }),
  close: (demandId: string, reason?: string) =>
    apiRequest<Demand>(path(demandId, '/close'), { method: 'POST', body: reason ? { reason } : {} }),
  publish: (demandId: string) => apiRequest<Demand>(path(demandId, '/publish'), { method: 'POST' }),
  reject: (demandId: string, reason: string) =>
    apiRequest<Demand>(path(demandId, '/reject'), { method: 'POST', body: { reason } }),
  reviewQueue: () => apiRequest<DemandSummary[]>('/demands/review-queue'),

  requestAccess: (demandId: string, input: { ndaAccepted: true; message?: string }) =>
    apiRequest<CreatedAccessRequest>(path(demandId, '/access-requests'), { method: 'POST', body: input }),
  listAccessRequests: (demandId: string) =>
    apiRequest<DemandAccessRequest[]>(path(demandId, '/access-requests')),
  grantAccess: (demandId: string, requestId: string) =>
    apiRequest<DemandAccessRequest>(path(demandId, `/access-requests/${id(requestId)}/grant`), {
      method: 'POST',
    }),
  refuseAccess: (demandId: string, requestId: string, reason?: string) =>
    apiRequest<DemandAccessRequest>(path(demandId, `/access-requests/${id(requestId)}/refuse`), {
      method: 'POST',
      body: reason ? { reason } : {},
    }),
  revokeAccess: (demandId: string, requestId: string) =>
    apiRequest<DemandAccessRequest>(path(demandId, `/access-requests/${id(requestId)}/revoke`), {
      method: 'POST',
    }),
};
