/**
 * The one place that talks HTTP to the API: openapi-fetch clients typed by the schema generated from
 * openapi.json (./generated, `npm run openapi`), with a middleware that adds Accept-Language, the bearer
 * token (kept in memory only) and X-Organization-Id, turns problem+json answers into ApiError, and on a
 * 401 refreshes the access token once (refresh token = httpOnly cookie) and retries before giving up and
 * reporting the session lost.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { currentLanguage } from '../i18n';
import type { components, paths } from './generated/schema';

export const API_PREFIX = '/api/v1';

/** The API's schemas by name: `Schemas['DemandDto']`. */
export type Schemas = components['schemas'];
export type Problem = Schemas['ProblemDto'];
export type ProblemFieldError = Schemas['FieldProblemDto'];

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** The query parameters of an operation: `QueryOf<paths['/api/v1/demands']['get']>`. */
export type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** The JSON body an operation takes. */
export type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
/** The JSON a successful call of an operation answers. */
export type AnswerOf<O> = O extends { responses: { 200: infer R } }
  ? Json<R>
  : O extends { responses: { 201: infer R } }
    ? Json<R>
    : void;

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Partial<Problem>;

  constructor(status: number, problem: Partial<Problem>, fallbackMessage: string) {
    super(problem.detail || problem.title || fallbackMessage);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors(): ProblemFieldError[] {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }

  /** status 0: the request never got an HTTP answer. */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

let accessToken: string | null = null;
let organizationId: string | null = null;
let refreshInFlight: Promise<string | null> | null = null;
const sessionLostListeners = new Set<() => void>();
const organizationRejectedListeners = new Set<() => void>();

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
  rememberSession(token !== null);
}

/**
 * Whether this browser may hold a refresh cookie. The cookie is httpOnly, so the page keeps this hint
 * beside it: a visitor who never signed in (or signed out) is not sent to POST /auth/refresh on every page
 * load only to be answered 401 (issue 16).
 */
const SESSION_HINT = 'duijie.session';

function rememberSession(present: boolean): void {
  try {
    if (present) window.localStorage.setItem(SESSION_HINT, '1');
    else window.localStorage.removeItem(SESSION_HINT);
  } catch {
    // Storage is optional: without it the hint is missing and the page asks the server as before.
  }
}

export function mayHaveSession(): boolean {
  try {
    return window.localStorage.getItem(SESSION_HINT) !== null;
  } catch {
    return true;
  }
}

/** The organization the user acts for; sent as X-Organization-Id once known to be one of theirs. */
export function setRequestOrganization(id: string | null): void {
  organizationId = id;
}

/** Called when a 401 could not be cured by a refresh: the user has to sign in again. */
export function onSessionLost(listener: () => void): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

/**
 * Called when the server answers that the X-Organization-Id we sent is not (or no longer) one of the
 * user's organizations, e.g. after being removed from it: the memberships need reloading.
 */
export function onOrganizationRejected(listener: () => void): () => void {
  organizationRejectedListeners.add(listener);
  return () => organizationRejectedListeners.delete(listener);
}

/**
 * - 'session' (default): bearer token (+ X-Organization-Id); a 401 triggers one refresh and a retry.
 * - 'bearer': bearer token if there is one, but a 401 is just an answer (no refresh).
 * - 'public': no credentials at all (sign-in, sign-up, password reset, reference data…); a stale
 *   access token must not be sent there, the server would refuse it.
 */
export type AuthMode = 'session' | 'bearer' | 'public';

/** fetch, with a failure to get any HTTP answer reported as ApiError status 0 (aborts stay aborts). */
async function send(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, {}, 'Network error');
  }
}

function setCredentials(headers: Headers, auth: AuthMode, organization: boolean): void {
  headers.set('Accept-Language', currentLanguage());
  if (auth === 'public') return;
  if (accessToken) headers.set('Authorization', `Bearer ${accessToken}`);
  if (organization && organizationId) headers.set('X-Organization-Id', organizationId);
}

/** The problem+json body of an error answer, or what the status line says when there is none. */
async function readProblem(response: Response): Promise<Partial<Problem>> {
  const text = await response.text().catch(() => '');
  if (text && (response.headers.get('content-type') ?? '').includes('json')) {
    try {
      const body = JSON.parse(text) as unknown;
      if (body && typeof body === 'object') return body as Partial<Problem>;
    } catch {
      // Not JSON after all: fall back to the status line.
    }
  }
  return { status: response.status, title: response.statusText || undefined };
}

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers share one request, since a
 * rotating refresh token must not be presented twice.
 */
export function refreshAccessToken(): Promise<string | null> {
  if (!refreshInFlight) {
    refreshInFlight = (async () => {
      try {
        // No bearer: an expired access token would make the server refuse even this public route.
        const { data } = await api('public').POST('/api/v1/auth/refresh');
        setAccessToken(data?.accessToken ?? null);
        return accessToken;
      } catch (cause) {
        // Refused: the session is over. Unreachable: the token may still be good once the network is back.
        if (!(cause instanceof ApiError && cause.isNetworkError)) setAccessToken(null);
        return null;
      } finally {
        refreshInFlight = null;
      }
    })();
  }
  return refreshInFlight;
}

/** Credentials per request, the 401 refresh-and-retry, and every error answer thrown as ApiError. */
function credentials(auth: AuthMode, organization: boolean): Middleware {
  // A copy of each session request taken before it is sent, since a sent request's body is spent.
  const retries = new Map<string, Request>();
  return {
    onRequest({ request, id }) {
      setCredentials(request.headers, auth, organization);
      if (auth === 'session') retries.set(id, request.clone());
      return request;
    },
    onError({ id }) {
      retries.delete(id);
    },
    async onResponse({ response, id }) {
      const retry = retries.get(id);
      retries.delete(id);
      let answer = response;
      if (answer.status === 401 && retry) {
        if (await refreshAccessToken()) {
          setCredentials(retry.headers, auth, organization);
          answer = await send(retry);
        }
        if (answer.status === 401) {
          accessToken = null;
          sessionLostListeners.forEach((listener) => listener());
        }
      }
      if (answer.ok) return answer;
      const problem = await readProblem(answer);
      const sentOrganization = auth !== 'public' && organization && organizationId !== null;
      if (answer.status === 404 && sentOrganization && problem.type?.endsWith('/organization-not-found')) {
        organizationRejectedListeners.forEach((listener) => listener());
      }
      throw new ApiError(answer.status, problem, `HTTP ${answer.status}`);
    },
  };
}

const clients = new Map<string, Client<paths>>();

/**
 * The generated client for one way of calling: `api().GET('/api/v1/demands/{id}', …)`. `organization`
 * false leaves X-Organization-Id off, for user-level calls such as /me.
 */
export function api(auth: AuthMode = 'session', organization = true): Client<paths> {
  const key = `${auth}:${organization}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient<paths>({
      credentials: 'include',
      headers: { Accept: 'application/json, application/problem+json' },
      fetch: send,
    });
    client.use(credentials(auth, organization));
    clients.set(key, client);
  }
  return client;
}

/**
 * A body whose optional fields may also be null. The API's optional fields accept null (class-validator's
 * IsOptional) and on PATCH null clears the field, which openapi.json does not spell out.
 */
export type NullableOptional<T> = { [K in keyof T]: undefined extends T[K] ? T[K] | null : T[K] };

/** The options of a call on one item: `withPath({ id })` is `{ params: { path: { id } } }`. */
export function withPath<P extends Record<string, string>>(path: P): { params: { path: P } } {
  return { params: { path } };
}

/**
 * The body of a call's answer. Error answers never get here (the middleware throws them as ApiError);
 * an answer without a body (204) is void.
 */
export async function answer<T>(
  call: Promise<{ data?: T; response: Response }>,
): Promise<[T] extends [never] ? void : T> {
  const { data } = await call;
  return data as [T] extends [never] ? void : T;
}
