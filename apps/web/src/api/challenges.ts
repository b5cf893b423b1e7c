/** The 揭榜挂帅 (open call) calls of a demand, through the generated client. */
import { ApiError, answer, api, withPath, type AuthMode } from './client';
import type { Challenge, ChallengeInput, ProposalInput } from './types';

const onDemand = (id: string) => withPath({ id });
const proposal = (id: string, proposalId: string) => withPath({ id, proposalId });

/** The 404 a demand without an open call answers (not an error for the UI). */
export function isChallengeNotFound(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 404 &&
    (error.problem.type?.endsWith('challenge-not-found') ?? false)
  );
}

export const challengesApi = {
  /** The demand's call, or null when it has none. */
  get: async (demandId: string, auth: AuthMode = 'session'): Promise<Challenge | null> => {
    try {
      return await answer(api(auth).GET('/api/v1/demands/{id}/challenge', onDemand(demandId)));
    } catch (cause) {
      if (isChallengeNotFound(cause)) return null;
      throw cause;
    }
  },
  open: (demandId: string, input: ChallengeInput) =>
    answer(api().POST('/api/v1/demands/{id}/challenge', { ...onDemand(demandId), body: input })),
  /** The owner ends an open call; waiting proposals are declined. */
  close: (demandId: string) => answer(api().POST('/api/v1/demands/{id}/challenge/close', onDemand(demandId))),
  submitProposal: (demandId: string, input: ProposalInput) =>
    answer(api().POST('/api/v1/demands/{id}/challenge/proposals', { ...onDemand(demandId), body: input })),
  /** The owner gets all proposals, best score first; others only their organization's. */
  listProposals: (demandId: string) =>
    answer(api().GET('/api/v1/demands/{id}/challenge/proposals', onDemand(demandId))),
  score: (demandId: string, proposalId: string, scores: Record<string, number>) =>
    answer(
      api().POST('/api/v1/demands/{id}/challenge/proposals/{proposalId}/score', {
        ...proposal(demandId, proposalId),
        body: { scores },
      }),
    ),
  shortlist: (demandId: string, proposalId: string) =>
    answer(
      api().POST(
        '/api/v1/demands/{id}/challenge/proposals/{proposalId}/shortlist',
        proposal(demandId, proposalId),
      ),
    ),
  award: (demandId: string, proposalId: string) =>
    answer(
      api().POST(
        '/api/v1/demands/{id}/challenge/proposals/{proposalId}/award',
        proposal(demandId, proposalId),
      ),
    ),
};
