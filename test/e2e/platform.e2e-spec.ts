import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import request from 'supertest';
import { buildOpenApi } from '../../apps/api/src/openapi.js';
import { startTestApp, type TestApp } from '../support/app-harness.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
});

afterAll(async () => {
  await app.close();
});

const api = () => request(app.baseUrl);

describe('operations endpoints', () => {
  it('reports liveness without touching dependencies', async () => {
    const response = await api().get('/health/live').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('reports readiness of PostgreSQL and Redis', async () => {
    const response = await api().get('/health/ready').expect(200);
    expect(response.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('exposes Prometheus metrics with request durations by route pattern', async () => {
    await api().get('/api/v1/organizations/00000000-0000-4000-8000-000000000000').expect(401);
    const response = await api().get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toContain('http_request_duration_seconds_bucket');
    expect(response.text).toContain('route="/api/v1/organizations/:id"');
    expect(response.text).toContain('process_cpu_seconds_total');
  });

  it('echoes a sane request id and makes one up otherwise', async () => {
    const given = await api().get('/health/live').set('x-request-id', 'trace-1234567890').expect(200);
    expect(given.headers['x-request-id']).toBe('trace-1234567890');
    const invented = await api().get('/health/live').set('x-request-id', 'bad id with spaces').expect(200);
    expect(invented.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('OpenAPI', () => {
  it('serves the document and the UI', async () => {
    const json = await api().get('/api/docs-json').expect(200);
    expect(json.body.paths['/api/v1/organizations']).toBeDefined();
    await api().get('/api/docs').expect(200);
  });

  it('matches the committed openapi.json (run `npm run openapi` after changing the API)', async () => {
    const committed = JSON.parse(await readFile('openapi.json', 'utf8')) as unknown;
    expect(JSON.parse(JSON.stringify(buildOpenApi(app.api)))).toEqual(committed);
  });
});
