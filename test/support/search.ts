import request from 'supertest';
import type { TestApp } from './app-harness.js';

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
