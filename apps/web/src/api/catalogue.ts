/**
 * Typed wrappers for the catalogue postings. Achievements, projects, financing offers and experts share
 * one workflow (submit → publish / reject, archive, visibility) and one set of verbs, so one factory
 * builds each kind's API from its path.
 */
import { apiDownload, apiRequest, type AuthMode } from './client';
import type {
  Achievement,
  AchievementInput,
  AchievementQuery,
  AchievementSummary,
  ClaimInvitation,
  Expert,
  ExpertImport,
  ExpertInput,
  ExpertQuery,
  ExpertSummary,
  FinancingOffer,
  FinancingOfferInput,
  FinancingOfferQuery,
  FinancingOfferSummary,
  PostingBaseQuery,
  PostingDetail,
  PostingPage,
  PostingSummary,
  PostingVisibility,
  Project,
  ProjectInput,
  ProjectQuery,
  ProjectSummary,
  Society,
  SocietySummary,
  SocietyUpdate,
  Station,
  StationInput,
} from './catalogue-types';

const id = encodeURIComponent;

/** PATCH body: any editable field but visibility; null clears an optional one. */
export type PostingUpdate<I> = { [K in Exclude<keyof I, 'visibility'>]?: I[K] | null };

export interface CatalogueApi<
  S extends PostingSummary,
  D extends S & PostingDetail,
  I,
  Q extends PostingBaseQuery,
> {
  /** The public list, or with mine=true the acting organization's own postings in every status. */
  list(query: Q, auth?: AuthMode): Promise<PostingPage<S>>;
  /** Each GET of a published posting counts a view: fetch once, then keep what actions return. */
  get(postingId: string, auth?: AuthMode): Promise<D>;
  create(input: I): Promise<D>;
  update(postingId: string, input: PostingUpdate<I>): Promise<D>;
  setVisibility(postingId: string, visibility: PostingVisibility): Promise<D>;
  submit(postingId: string): Promise<D>;
  archive(postingId: string): Promise<D>;
  publish(postingId: string): Promise<D>;
  reject(postingId: string, reason: string): Promise<D>;
  reviewQueue(): Promise<S[]>;
}

export function catalogueApi<
  S extends PostingSummary,
  D extends S & PostingDetail,
  I,
  Q extends PostingBaseQuery,
>(base: string): CatalogueApi<S, D, I, Q> {
  const path = (postingId: string, rest = '') => `${base}/${id(postingId)}${rest}`;
  const step = (name: string) => (postingId: string) =>
    apiRequest<D>(path(postingId, `/${name}`), { method: 'POST' });
  return {
    list: (query, auth = 'session') => apiRequest<PostingPage<S>>(base, { query: { ...query }, auth }),
    get: (postingId, auth = 'session') => apiRequest<D>(path(postingId), { auth }),
    create: (input) => apiRequest<D>(base, { method: 'POST', body: input }),
    update: (postingId, input) => apiRequest<D>(path(postingId), { method: 'PATCH', body: input }),
    setVisibility: (postingId, visibility) =>
      apiRequest<D>(path(postingId, '/visibility'), { method: 'POST', body: { visibility } }),
    submit: step('submit'),
    archive: step('archive'),
    publish: step('publish'),
    reject: (postingId, reason) =>
      apiRequest<D>(path(postingId, '/reject'), { method: 'POST', body: { reason } }),
    reviewQueue: () => apiRequest<S[]>(`${base}/review-queue`),
  };
}

export const achievementsApi = catalogueApi<
  AchievementSummary,
  Achievement,
  AchievementInput,
  AchievementQuery
>('/achievements');
export const projectsApi = catalogueApi<ProjectSummary, Project, ProjectInput, ProjectQuery>('/projects');
export const financingOffersApi = catalogueApi<
  FinancingOfferSummary,
  FinancingOffer,
  FinancingOfferInput,
  FinancingOfferQuery
>('/financing-offers');

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const expertsApi = {
  ...catalogueApi<ExpertSummary, Expert, ExpertInput, ExpertQuery>('/experts'),
  /** Society editors: emails the expert a link to /experts/claim. */
  inviteClaim: (expertId: string) =>
    apiRequest<ClaimInvitation>(`/experts/${id(expertId)}/claim-invitations`, { method: 'POST', body: {} }),
  /** The signed-in user whose account email matches takes the profile over. */
  claim: (input: { claimId: string; token: string }) =>
    apiRequest<Expert>('/experts/claims', { method: 'POST', body: input, organization: false }),
  claimed: () => apiRequest<ExpertSummary[]>('/experts/claimed', { organization: false }),
  importTemplate: () => apiDownload('/experts/import-template'),
  /** The raw .xlsx; the acting organization (X-Organization-Id) is the society. */
  startImport: (file: Blob) =>
    apiRequest<{ id: string; status: ExpertImport['status'] }>('/experts/imports', {
      method: 'POST',
      body: file.type === XLSX_TYPE ? file : new Blob([file], { type: XLSX_TYPE }),
    }),
  getImport: (importId: string) => apiRequest<ExpertImport>(`/experts/imports/${id(importId)}`),
};

export const societiesApi = {
  list: (
    query: { q?: string; regionCode?: string; cursor?: string; limit?: number },
    auth: AuthMode = 'session',
  ) => apiRequest<PostingPage<SocietySummary>>('/societies', { query, auth }),
  get: (societyId: string, auth: AuthMode = 'session') =>
    apiRequest<Society>(`/societies/${id(societyId)}`, { auth }),
  update: (societyId: string, input: SocietyUpdate) =>
    apiRequest<Society>(`/societies/${id(societyId)}`, { method: 'PATCH', body: input }),
  createStation: (societyId: string, input: StationInput) =>
    apiRequest<Station>(`/societies/${id(societyId)}/stations`, { method: 'POST', body: input }),
  updateStation: (societyId: string, stationId: string, input: Partial<StationInput>) =>
    apiRequest<Station>(`/societies/${id(societyId)}/stations/${id(stationId)}`, {
      method: 'PATCH',
      body: input,
    }),
  deleteStation: (societyId: string, stationId: string) =>
    apiRequest<void>(`/societies/${id(societyId)}/stations/${id(stationId)}`, { method: 'DELETE' }),
};
