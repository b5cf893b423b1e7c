import request from 'supertest';
import { startTestApp, type TestApp } from './app-harness.js';
import { moderatorOf, party, publishedPosting } from './factories.js';
import type { SignedInUser } from './http.js';

export interface SearchHit {
  id: string;
  kind: string;
  title: string;
  titleHighlight: string;
  snippet: string;
  score: number;
}

export interface SearchAnswer {
  total: number;
  hits: SearchHit[];
  facets: Record<string, { value: string; count: number; label?: string }[]>;
  corrections: Record<string, string>;
}

/** GET /api/v1/search as `token` (anonymous without one), expecting 200. */
export async function search(
  app: TestApp,
  query: Record<string, string | number>,
  token?: string,
  language = 'zh-CN',
): Promise<SearchAnswer> {
  const call = request(app.baseUrl).get('/api/v1/search').query(query).set('accept-language', language);
  if (token) call.auth(token, { type: 'bearer' });
  const response = await call.expect(200);
  return response.body as SearchAnswer;
}

/** Polls until `check` passes: the search-sync job runs in the worker, after the write's commit. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** An app with the worker (search sync runs), an owner with an organization, and a moderator. */
export interface SearchWorld {
  app: TestApp;
  owner: SignedInUser;
  organization: string;
  moderator: SignedInUser;
  /** Creates a demand (demandBody + patch) and publishes it through the real workflow; its id. */
  publish(patch?: Record<string, unknown>): Promise<string>;
}

export async function startSearchWorld(): Promise<SearchWorld> {
  const app = await startTestApp();
  const owner = await party(app);
  return {
    app,
    owner: owner.user,
    organization: owner.org,
    moderator: await moderatorOf(app),
    publish: async (patch = {}) => (await publishedPosting(app, 'demand', { owner, body: patch })).id,
  };
}
