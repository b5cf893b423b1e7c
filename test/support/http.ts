import request from 'supertest';
import { CONSENT_VERSION } from '#identity';
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

/**
 * Registers a fresh user through the public API and marks the address confirmed in the database (a test
 * factory's shortcut: the emailed link is tested in auth.e2e-spec), then signs in.
 */
export async function signUp(
  app: TestApp,
  patch: { email?: string; name?: string } = {},
): Promise<SignedInUser> {
  const email = await register(app, patch);
  // The id from the database, not from /me: an authenticated call would cache the principal, and tests
  // change roles in the database right after signing up (grantPlatformRole).
  await app.dataSource.query('UPDATE users SET email_verified_at = now() WHERE email = $1', [email]);
  const [{ id }] = await app.dataSource.query<{ id: string }[]>('SELECT id FROM users WHERE email = $1', [
    email,
  ]);
  return signIn(app, email, DEFAULT_PASSWORD, id);
}

/** Registers and signs in a user who has not confirmed the address yet. */
export async function signUpUnverified(
  app: TestApp,
  patch: { email?: string; name?: string } = {},
): Promise<SignedInUser> {
  const email = await register(app, patch);
  const [{ id }] = await app.dataSource.query<{ id: string }[]>('SELECT id FROM users WHERE email = $1', [
    email,
  ]);
  return signIn(app, email, DEFAULT_PASSWORD, id);
}

async function register(app: TestApp, patch: { email?: string; name?: string }): Promise<string> {
  counter += 1;
  const email = patch.email ?? `user${counter}-${Date.now()}@example.com`;
  await request(app.baseUrl)
    .post('/api/v1/auth/register')
    .send({
      email,
      password: DEFAULT_PASSWORD,
      name: patch.name ?? `测试用户${counter}`,
      consentVersion: CONSENT_VERSION,
    })
    .expect(202);
  return email.trim().toLowerCase();
}

/** The confirmation link emailed to `email` (the newest one), as the body its page posts. */
export async function confirmationFromMailbox(
  app: TestApp,
  email: string,
): Promise<{ userId: string; requestedAt: string; token: string }> {
  await app.mailbox.waitFor(email, '确认');
  const mail = app.mailbox.messages.filter((m) => m.to.includes(email) && m.subject.includes('确认')).at(-1)!;
  const link = new URL(/http:\/\/\S+verify-email\S+/.exec(mail.text)![0]);
  return {
    userId: link.searchParams.get('id')!,
    requestedAt: link.searchParams.get('at')!,
    token: link.searchParams.get('token')!,
  };
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

/** A user who owns an organization: one party of a test (factories.ts's `party` makes one). */
export interface Party {
  user: SignedInUser;
  org: string;
}

/** Makes `user` a platform admin or moderator directly in the database (there is no API for the first one). */
export async function grantPlatformRole(
  app: TestApp,
  user: SignedInUser,
  role: 'admin' | 'moderator',
): Promise<void> {
  await app.dataSource.query('UPDATE users SET platform_role = $1 WHERE id = $2', [role, user.id]);
}

/** A valid demand body; `patch` overrides fields. */
export function demandBody(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '高镍三元正极材料循环寿命提升',
    description: '现有 NCM811 电芯在 1000 次循环后容量保持率低于 80%，需要改性或包覆方案。',
    category: 'chokepoint',
    industryCode: '38',
    fields: ['EV-BATTERY'],
    keywords: ['锂离子电池', '正极材料'],
    regionCode: '320115',
    budgetMinWan: 50,
    budgetMaxWan: 120,
    trlRequired: 6,
    deadline: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
    cooperationModes: ['development'],
    visibility: 'public',
    contact: { name: '王强', phone: '025-12345678' },
    ...patch,
  };
}

/** Creates a demand as `user` acting for `organizationId`; returns its id. */
export async function createDemand(
  app: TestApp,
  user: SignedInUser,
  organizationId: string,
  patch: Record<string, unknown> = {},
): Promise<string> {
  const response = await request(app.baseUrl)
    .post('/api/v1/demands')
    .auth(user.token, { type: 'bearer' })
    .set('x-organization-id', organizationId)
    .send(demandBody(patch))
    .expect(201);
  return response.body.id as string;
}

/** Moves a demand straight to `published` through the real workflow (owner submits, a moderator publishes). */
export async function publishDemand(
  app: TestApp,
  owner: SignedInUser,
  moderator: SignedInUser,
  id: string,
): Promise<void> {
  await request(app.baseUrl)
    .post(`/api/v1/demands/${id}/submit`)
    .auth(owner.token, { type: 'bearer' })
    .expect(200);
  await request(app.baseUrl)
    .post(`/api/v1/demands/${id}/publish`)
    .auth(moderator.token, { type: 'bearer' })
    .expect(200);
}

export async function verifyOrganization(app: TestApp, organizationId: string): Promise<void> {
  await app.dataSource.query(`UPDATE organizations SET verification_status = 'verified' WHERE id = $1`, [
    organizationId,
  ]);
}

/** A supertest parser that keeps a binary answer (an Excel or PDF file) whole as a Buffer: `.parse(binaryBody)`. */
export function binaryBody(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
