import request from 'supertest';
import type { TestApp } from './app-harness.js';
import { testCreditCode } from './credit-codes.js';

export const DEFAULT_PASSWORD = 'correct horse battery staple';

export interface SignedInUser {
  id: string;
  email: string;
  token: string;
  /** `duijie_refresh=…`, ready for a Cookie header. */
  cookie: string;
}

let counter = 0;

/** Registers and signs in a fresh user through the public API. */
export async function signUp(
  app: TestApp,
  patch: { email?: string; name?: string } = {},
): Promise<SignedInUser> {
  counter += 1;
  const email = patch.email ?? `user${counter}-${Date.now()}@example.com`;
  const registered = await request(app.baseUrl)
    .post('/api/v1/auth/register')
    .send({ email, password: DEFAULT_PASSWORD, name: patch.name ?? `测试用户${counter}` })
    .expect(201);
  return signIn(app, email, DEFAULT_PASSWORD, registered.body.id as string);
}

export async function signIn(
  app: TestApp,
  email: string,
  password: string,
  id?: string,
): Promise<SignedInUser> {
  const response = await request(app.baseUrl)
    .post('/api/v1/auth/login')
    .send({ email, password })
    .expect(200);
  const token = response.body.accessToken as string;
  const userId =
    id ?? ((await request(app.baseUrl).get('/api/v1/me').auth(token, { type: 'bearer' })).body.id as string);
  return { id: userId, email, token, cookie: refreshCookie(response.headers['set-cookie']) };
}

export function refreshCookie(setCookie: string | string[] | undefined): string {
  return (
    ([] as string[])
      .concat(setCookie ?? [])
      .find((c) => c.startsWith('duijie_refresh='))
      ?.split(';')[0] ?? ''
  );
}

/** Creates an organization owned by `owner`; returns its id. */
export async function createOrganization(
  app: TestApp,
  owner: SignedInUser,
  patch: Record<string, unknown> = {},
): Promise<string> {
  counter += 1;
  const response = await request(app.baseUrl)
    .post('/api/v1/organizations')
    .auth(owner.token, { type: 'bearer' })
    .send({
      name: `测试机构${counter}`,
      type: 'enterprise',
      creditCode: testCreditCode(),
      regionCode: '320102',
      ...patch,
    })
    .expect(201);
  return response.body.id as string;
}

/** Makes `user` a platform admin or moderator directly in the database (there is no API for the first one). */
export async function grantPlatformRole(
  app: TestApp,
  user: SignedInUser,
  role: 'admin' | 'moderator',
): Promise<void> {
  await app.dataSource.query('UPDATE users SET platform_role = $1 WHERE id = $2', [role, user.id]);
}
