/** Typed wrappers for the 揭榜挂帅 (open call) operations of a demand. */
import { ApiError, apiRequest, type AuthMode } from './client';
import type { Challenge, ChallengeInput, Proposal, ProposalInput } from './types';

const id = encodeURIComponent;
const path = (demandId: string, rest = '') => `/demands/${id(demandId)}/challenge${rest}`;
const proposalPath = (demandId: string, proposalId: string, action: string) =>
  path(demandId, `/proposals/${id(proposalId)}/${action}`);

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
      return await apiRequest<Challenge>(path(demandId), { auth });
    } catch (cause) {
      if (isChallengeNotFound(cause)) return null;
      throw cause;
    }
  },
  open: (demandId: string, input: ChallengeInput) =>
    apiRequest<Challenge>(path(demandId), { method: 'POST', body: input }),
  submitProposal: (demandId: string, input: ProposalInput) =>
    apiRequest<Proposal>(path(demandId, '/proposals'), { method: 'POST', body: input }),
  /** The owner gets all proposals, best score first; others only their organization's. */
  listProposals: (demandId: string) => apiRequest<Proposal[]>(path(demandId, '/proposals')),
  score: (demandId: string, proposalId: string, scores: Record<string, number>) =>
    apiRequest<Proposal>(proposalPath(demandId, proposalId, 'score'), { method: 'POST', body: { scores } }),
  shortlist: (demandId: string, proposalId: string) =>
    apiRequest<Proposal>(proposalPath(demandId, proposalId, 'shortlist'), { method: 'POST' }),
  award: (demandId: string, proposalId: string) =>
    apiRequest<Proposal>(proposalPath(demandId, proposalId, 'award'), { method: 'POST' }),
};
