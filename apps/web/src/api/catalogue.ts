/**
 * The catalogue postings' calls. Achievements, projects, financing offers and experts share one workflow
 * (submit → publish / reject, archive, visibility) and one set of paths under /api/v1/{kind}, so one
 * factory builds each kind's calls, typed from that kind's operations in the generated schema.
 */
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/schema';
import { xlsxBody } from './xlsx-upload';
import { answer, api, withPath, type AuthMode, type BodyOf, type QueryOf, type Schemas } from './client';
import type {
  CatalogueKinds,
  CataloguePath,
  PostingBaseQuery,
  PostingDetail,
  PostingPage,
  PostingSummary,
  PostingVisibility,
  SocietyQuery,
  SocietyUpdate,
  StationInput,
} from './catalogue-types';

/** PATCH body: any editable field but visibility; null clears an optional one. */
export type PostingUpdate<I> = { [K in Exclude<keyof I, 'visibility'>]?: I[K] | null };

export interface CatalogueApi<
  S extends PostingSummary,
  D extends S & PostingDetail,
  I,
  Q extends PostingBaseQuery,
> {
  /** The public list, or with mine='true' the acting organization's own postings in every status. */
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

type Operation<P, M extends string> = P extends keyof paths
  ? paths[P] extends Record<M, infer O>
    ? O
    : never
  : never;
type Summary<K extends CataloguePath> = CatalogueKinds[K]['summary'];
type Detail<K extends CataloguePath> = CatalogueKinds[K]['detail'];
type Input<K extends CataloguePath> = BodyOf<Operation<`/api/v1/${K}`, 'post'>>;
type Query<K extends CataloguePath> = QueryOf<Operation<`/api/v1/${K}`, 'get'>>;

/**
 * The same generated client seen without its path types, for paths built from the kind: the factory's
 * own signature carries each kind's types, read from the schema above.
 */
type AnyOperation = {
  parameters: { query?: object; path?: { id: string } };
  requestBody?: { content: { 'application/json': object } };
  responses: { 200: { content: { 'application/json': unknown } } };
};
const byKind = (auth: AuthMode = 'session') =>
  api(auth) as unknown as Client<Record<string, Record<'get' | 'post' | 'patch', AnyOperation>>>;

export function catalogueApi<K extends CataloguePath>(
  kind: K,
): CatalogueApi<Summary<K>, Detail<K>, Input<K>, Query<K>> {
  type D = Detail<K>;
  const base = `/api/v1/${kind}`;
  const item = `${base}/{id}`;
  const on = (id: string) => ({ path: { id } });
  const step = (id: string, action: string, body?: object) =>
    answer(byKind().POST(`${item}/${action}`, { params: on(id), body })) as Promise<D>;
  return {
    list: (query, auth = 'session') =>
      answer(byKind(auth).GET(base, { params: { query } })) as Promise<PostingPage<Summary<K>>>,
    get: (id, auth = 'session') => answer(byKind(auth).GET(item, { params: on(id) })) as Promise<D>,
    create: (input) => answer(byKind().POST(base, { body: input as object })) as Promise<D>,
    update: (id, input) => answer(byKind().PATCH(item, { params: on(id), body: input })) as Promise<D>,
    setVisibility: (id, visibility) => step(id, 'visibility', { visibility }),
    submit: (id) => step(id, 'submit'),
    archive: (id) => step(id, 'archive'),
    publish: (id) => step(id, 'publish'),
    reject: (id, reason) => step(id, 'reject', { reason }),
    reviewQueue: () => answer(byKind().GET(`${base}/review-queue`)) as Promise<Summary<K>[]>,
  };
}

export const achievementsApi = catalogueApi('achievements');
export const projectsApi = catalogueApi('projects');
export const financingOffersApi = catalogueApi('financing-offers');

export const expertsApi = {
  ...catalogueApi('experts'),
  /** Society editors: emails the expert a link to /experts/claim. */
  inviteClaim: (expertId: string) =>
    answer(api().POST('/api/v1/experts/{id}/claim-invitations', withPath({ id: expertId }))),
  /** The signed-in user whose account email matches takes the profile over. */
  claim: (input: BodyOf<paths['/api/v1/experts/claims']['post']>) =>
    answer(api('session', false).POST('/api/v1/experts/claims', { body: input })),
  claimed: () => answer(api('session', false).GET('/api/v1/experts/claimed')),
  importTemplate: () => answer(api().GET('/api/v1/experts/import-template', { parseAs: 'blob' })),
  /** The raw .xlsx, sent as it is; the acting organization (X-Organization-Id) is the society. */
  startImport: (file: Blob) => answer(api().POST('/api/v1/experts/imports', xlsxBody(file))),
  getImport: (importId: string) =>
    answer(api().GET('/api/v1/experts/imports/{importId}', { params: { path: { importId } } })),
};

const society = (id: string) => ({ path: { id } });
const station = (id: string, stationId: string) => ({ path: { id, stationId } });

export const societiesApi = {
  list: (query: SocietyQuery, auth: AuthMode = 'session') =>
    answer(api(auth).GET('/api/v1/societies', { params: { query } })),
  get: (societyId: string, auth: AuthMode = 'session') =>
    answer(api(auth).GET('/api/v1/societies/{id}', { params: society(societyId) })),
  update: (societyId: string, input: SocietyUpdate) =>
    answer(
      api().PATCH('/api/v1/societies/{id}', {
        params: society(societyId),
        body: input as Schemas['UpdateSocietyDto'],
      }),
    ),
  createStation: (societyId: string, input: StationInput) =>
    answer(
      api().POST('/api/v1/societies/{id}/stations', {
        params: society(societyId),
        body: input as Schemas['CreateStationDto'],
      }),
    ),
  updateStation: (societyId: string, stationId: string, input: Partial<StationInput>) =>
    answer(
      api().PATCH('/api/v1/societies/{id}/stations/{stationId}', {
        params: station(societyId, stationId),
        body: input as Schemas['UpdateStationDto'],
      }),
    ),
  deleteStation: (societyId: string, stationId: string) =>
    answer(
      api().DELETE('/api/v1/societies/{id}/stations/{stationId}', { params: station(societyId, stationId) }),
    ),
};
