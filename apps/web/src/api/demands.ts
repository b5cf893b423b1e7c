/** The technical-problem (技术需求) calls of the generated client. */
import type { paths } from './generated/schema';
import { accessRequestsApi, type AccessRequestInput } from './access-requests';
import { answer, api, withPath, type AuthMode, type BodyOf } from './client';
import type { DemandInput, DemandListQuery, DemandUpdate, DemandVisibility } from './types';

export type { CreatedAccessRequest } from './types';

const byId = (id: string) => withPath({ id });
const demandAccess = accessRequestsApi('demands');

export const demandsApi = {
  /**
   * The 难题榜, or with mine='true' the acting organization's own demands. Signed-out visitors call it
   * with auth 'public' (no stale token is sent, and a 401 does not end a session that never existed).
   */
  list: (query: DemandListQuery, auth: AuthMode = 'session') =>
    answer(api(auth).GET('/api/v1/demands', { params: { query } })),
  /** Each GET of a published demand counts a view: fetch once, then keep what actions return. */
  get: (demandId: string, auth: AuthMode = 'session') =>
    answer(api(auth).GET('/api/v1/demands/{id}', byId(demandId))),
  create: (input: DemandInput) => answer(api().POST('/api/v1/demands', { body: input })),
  update: (demandId: string, input: DemandUpdate) =>
    // PATCH: null clears an optional field, which the schema's optional properties do not spell out.
    answer(
      api().PATCH('/api/v1/demands/{id}', {
        ...byId(demandId),
        body: input as BodyOf<paths['/api/v1/demands/{id}']['patch']>,
      }),
    ),
  setVisibility: (demandId: string, visibility: DemandVisibility) =>
    answer(api().POST('/api/v1/demands/{id}/visibility', { ...byId(demandId), body: { visibility } })),
  submit: (demandId: string) => answer(api().POST('/api/v1/demands/{id}/submit', byId(demandId))),
  start: (demandId: string) => answer(api().POST('/api/v1/demands/{id}/start', byId(demandId))),
  solve: (demandId: string) => answer(api().POST('/api/v1/demands/{id}/solve', byId(demandId))),
  close: (demandId: string, reason?: string) =>
    answer(api().POST('/api/v1/demands/{id}/close', { ...byId(demandId), body: reason ? { reason } : {} })),
  publish: (demandId: string) => answer(api().POST('/api/v1/demands/{id}/publish', byId(demandId))),
  reject: (demandId: string, reason: string) =>
    answer(api().POST('/api/v1/demands/{id}/reject', { ...byId(demandId), body: { reason } })),
  reviewQueue: () => answer(api().GET('/api/v1/demands/review-queue')),

  requestAccess: (demandId: string, input: AccessRequestInput) => demandAccess.request(demandId, input),
  listAccessRequests: (demandId: string) => demandAccess.list(demandId),
  grantAccess: (demandId: string, requestId: string) => demandAccess.grant(demandId, requestId),
  refuseAccess: (demandId: string, requestId: string, reason?: string) =>
    demandAccess.refuse(demandId, requestId, reason),
  revokeAccess: (demandId: string, requestId: string) => demandAccess.revoke(demandId, requestId),
};
