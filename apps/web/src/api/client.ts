/**
 * The one place that talks HTTP to the API: adds Accept-Language, the bearer token (kept in memory
 * only) and X-Organization-Id, turns problem+json answers into ApiError, and on a 401 refreshes the
 * access token once (refresh token = httpOnly cookie) before giving up and reporting the session lost.
 */
import { currentLanguage } from '../i18n';
import type { Problem, ProblemFieldError, TokenResponse } from './types';

export const API_PREFIX = '/api/v1';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem, fallbackMessage: string) {
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

function baseHeaders(withBearer: boolean, withOrganization: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
  };
  if (withBearer && accessToken) headers.Authorization = `Bearer ${accessToken}`;
  if (withBearer && withOrganization && organizationId) headers['X-Organization-Id'] = organizationId;
  return headers;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function toProblem(body: unknown, response: Response): Problem {
  if (body && typeof body === 'object') return body as Problem;
  return { status: response.status, title: response.statusText || undefined };
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { credentials: 'include', ...init });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, {}, 'Network error');
  }
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
        const response = await send(`${API_PREFIX}/auth/refresh`, {
          method: 'POST',
          headers: baseHeaders(false, false),
        });
        if (!response.ok) {
          accessToken = null;
          return null;
        }
        const body = (await readBody(response)) as TokenResponse | undefined;
        accessToken = body?.accessToken ?? null;
        return accessToken;
      } catch {
        return null;
      } finally {
        refreshInFlight = null;
      }
    })();
  }
  return refreshInFlight;
}

/**
 * - 'session' (default): bearer token (+ X-Organization-Id); a 401 triggers one refresh and a retry.
 * - 'bearer': bearer token if there is one, but a 401 is just an answer (no refresh).
 * - 'public': no credentials at all (sign-in, sign-up, password reset, reference data…); a stale
 *   access token must not be sent there, the server would refuse it.
 */
export type AuthMode = 'session' | 'bearer' | 'public';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  auth?: AuthMode;
  /** Send X-Organization-Id (default true); false for user-level calls such as /me. */
  organization?: boolean;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const url = `${API_PREFIX}${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

/** Sends a request with the session's credentials, refreshing the access token once on a 401. */
async function authorisedFetch(path: string, options: RequestOptions): Promise<Response> {
  const { method = 'GET', body, query, auth = 'session', organization = true, signal } = options;
  const url = buildUrl(path, query);

  const attempt = () => {
    const headers = baseHeaders(auth !== 'public', organization);
    const init: RequestInit = { method, headers, signal };
    if (body instanceof Blob) {
      // A file sent as it is (e.g. an .xlsx import), typed by the file itself.
      headers['Content-Type'] = body.type || 'application/octet-stream';
      init.body = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return send(url, init);
  };

  let response = await attempt();
  if (response.status === 401 && auth === 'session') {
    const renewed = await refreshAccessToken();
    if (renewed) response = await attempt();
    if (response.status === 401) {
      accessToken = null;
      sessionLostListeners.forEach((listener) => listener());
    }
  }
  return response;
}

async function failure(response: Response, options: RequestOptions): Promise<ApiError> {
  const { auth = 'session', organization = true } = options;
  const problem = toProblem(await readBody(response), response);
  const sentOrganization = auth !== 'public' && organization && organizationId !== null;
  if (response.status === 404 && sentOrganization && problem.type?.endsWith('/organization-not-found')) {
    organizationRejectedListeners.forEach((listener) => listener());
  }
  return new ApiError(response.status, problem, `HTTP ${response.status}`);
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await authorisedFetch(path, options);
  if (!response.ok) throw await failure(response, options);
  return (await readBody(response)) as T;
}

/** A file the API answers (e.g. an .xlsx template), fetched with the session's credentials. */
export async function apiDownload(path: string, options: RequestOptions = {}): Promise<Blob> {
  const response = await authorisedFetch(path, options);
  if (!response.ok) throw await failure(response, options);
  return response.blob();
}
