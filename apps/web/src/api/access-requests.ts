/**
 * Access requests to confidential postings. Every kind offers the same routes under its own path
 * (`/api/v1/{kind}/{id}/access-requests`, issue 16), so one factory builds each kind's calls, typed
 * from the demands' operations, which every kind's share.
 */
import type { paths } from './generated/schema';
import { answer, api, type BodyOf } from './client';

/** The kinds whose confidential postings take access requests, by their path under /api/v1. */
export type AccessPath = 'demands' | 'achievements' | 'projects' | 'experts' | 'financing-offers';

type Requests = '/api/v1/demands/{id}/access-requests';

export type AccessRequestInput = BodyOf<paths[Requests]['post']>;

export function accessRequestsApi(kind: AccessPath) {
  // Each kind's path has the demands' operations: the typed client is used through the demands' path type.
  const requests = `/api/v1/${kind}/{id}/access-requests` as Requests;
  const decision = <A extends 'grant' | 'refuse' | 'revoke'>(action: A) =>
    `${requests}/{requestId}/${action}` as `${Requests}/{requestId}/${A}`;
  const onPosting = (id: string) => ({ params: { path: { id } } });
  const onRequest = (id: string, requestId: string) => ({ params: { path: { id, requestId } } });
  return {
    request: (postingId: string, input: AccessRequestInput) =>
      answer(api().POST(requests, { ...onPosting(postingId), body: input })),
    list: (postingId: string) => answer(api().GET(requests, onPosting(postingId))),
    grant: (postingId: string, requestId: string) =>
      answer(api().POST(decision('grant'), onRequest(postingId, requestId))),
    refuse: (postingId: string, requestId: string, reason?: string) =>
      answer(
        api().POST(decision('refuse'), {
          ...onRequest(postingId, requestId),
          body: reason ? { reason } : {},
        }),
      ),
    revoke: (postingId: string, requestId: string) =>
      answer(api().POST(decision('revoke'), onRequest(postingId, requestId))),
  };
}
