import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONSENT_VERSION } from '#identity';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import {
  confirmationFromMailbox,
  createOrganization,
  DEFAULT_PASSWORD,
  refreshCookie,
  signIn,
  signUp,
  signUpUnverified,
} from '../support/http.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({
    env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '1000' },
  });
});

afterAll(async () => {
  await app.close();
});

const api = () => request(app.baseUrl);

describe('registration and sign-in', () => {
  it('registers, signs in and returns the user with no memberships yet', async () => {
    const registered = await api()
      .post('/api/v1/auth/register')
      .send({
        email: ' Zhang.Wei@Example.com ',
        password: DEFAULT_PASSWORD,
        name: '张伟',
        consentVersion: CONSENT_VERSION,
      })
      .expect(202);
    expect(registered.body).toEqual({ email: 'zhang.wei@example.com' });

    const login = await api()
      .post('/api/v1/auth/login')
      .send({ email: 'zhang.wei@example.com', password: DEFAULT_PASSWORD })
      .expect(200);
    expect(login.body).toEqual({ accessToken: expect.any(String), expiresIn: 900 });
    const cookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []).join(';');
    expect(cookie).toMatch(/duijie_refresh=[^;]+/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);

    const me = await api().get('/api/v1/me').auth(login.body.accessToken, { type: 'bearer' }).expect(200);
    expect(me.body).toMatchObject({
      email: 'zhang.wei@example.com',
      name: '张伟',
      emailVerified: false,
      platformRole: null,
      memberships: [],
    });
  });

  it('answers a taken email exactly as a new one, and tells the owner by email with a reset link', async () => {
    const owner = await signUp(app);
    const fresh = await api().post('/api/v1/auth/register').send({
      email: 'brand-new@example.com',
      password: DEFAULT_PASSWORD,
      name: '新人',
      consentVersion: CONSENT_VERSION,
    });
    const taken = await api().post('/api/v1/auth/register').send({
      email: owner.email.toUpperCase(),
      password: DEFAULT_PASSWORD,
      name: '冒名',
      consentVersion: CONSENT_VERSION,
    });
    expect(taken.status).toBe(fresh.status);
    expect(taken.body).toEqual({ email: owner.email });
    expect(fresh.body).toEqual({ email: 'brand-new@example.com' });
    expect(Object.keys(taken.headers).sort()).toEqual(Object.keys(fresh.headers).sort());
    const mail = await app.mailbox.waitFor(owner.email, '尝试');
    expect(mail.text).toMatch(/http:\/\/\S+reset-password\?id=\S+/);
    const [{ n }] = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM users WHERE email = $1',
      [owner.email],
    );
    expect(n).toBe(1);
    const [{ name }] = await app.dataSource.query<{ name: string }[]>(
      'SELECT name FROM users WHERE email = $1',
      [owner.email],
    );
    expect(name).not.toBe('冒名');
  });

  it('refuses a weak password with a localized field error', async () => {
    const response = await api()
      .post('/api/v1/auth/register')
      .set('accept-language', 'en')
      .send({ email: 'weak@example.com', password: 'short', name: 'Weak', consentVersion: CONSENT_VERSION })
      .expect(400);
    expect(response.body.errors).toEqual([
      {
        field: 'password',
        code: 'isStrongPassword',
        message: 'must be at least 12 characters and not one repeated character',
      },
    ]);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const user = await signUp(app);
    const wrong = await api()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'not the password!' })
      .expect(401);
    const unknown = await api()
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@example.com', password: 'not the password!' })
      .expect(401);
    expect(wrong.body.type).toBe(unknown.body.type);
    expect(wrong.body.detail).toBe('邮箱或密码不正确');
  });

  it('throttles an account after repeated failures, before checking the password, and records the sign-in in the audit log', async () => {
    const user = await signUp(app);
    for (let i = 0; i < 3; i += 1) {
      await api()
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: 'wrong password!!' })
        .expect(401);
    }
    const throttled = await api()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: DEFAULT_PASSWORD })
      .expect(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    const signIns = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.signed-in' AND subject_id = $1`,
      [user.id],
    );
    expect(signIns[0].n).toBe(1);
  });
});

describe('email confirmation', () => {
  it('lets an unconfirmed account sign in, read /me and public pages, and nothing else', async () => {
    const user = await signUpUnverified(app);
    await api().get('/api/v1/me').auth(user.token, { type: 'bearer' }).expect(200);
    await api().get('/api/v1/demands').auth(user.token, { type: 'bearer' }).expect(200);
    for (const call of [
      api().post('/api/v1/organizations').send({ name: '未确认机构' }),
      api().post('/api/v1/me/tokens').send({ name: 'ci' }),
      api().get('/api/v1/notifications'),
    ]) {
      const response = await call.auth(user.token, { type: 'bearer' });
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toBe('https://duijie.example/problems/email-not-verified');
    }
  });

  it('confirms the address through the emailed link, which then lets the same session act', async () => {
    const user = await signUpUnverified(app);
    const link = await confirmationFromMailbox(app, user.email);
    const other = await signUpUnverified(app);
    const otherLink = await confirmationFromMailbox(app, other.email);
    await api()
      .post('/api/v1/auth/email-verifications')
      .send({ ...link, token: otherLink.token })
      .expect(400);
    await api()
      .post('/api/v1/auth/email-verifications')
      .send({ ...link, requestedAt: new Date(Date.now() - 2 * 86_400_000).toISOString() })
      .expect(400);
    await api().post('/api/v1/auth/email-verifications').send(link).expect(204);
    const me = await api().get('/api/v1/me').auth(user.token, { type: 'bearer' }).expect(200);
    expect(me.body.emailVerified).toBe(true);
    await api().get('/api/v1/notifications').auth(user.token, { type: 'bearer' }).expect(200);
    await api().get('/api/v1/notifications').auth(other.token, { type: 'bearer' }).expect(403);
  });

  it('sends a new link on request', async () => {
    const user = await signUpUnverified(app);
    await confirmationFromMailbox(app, user.email);
    await api()
      .post('/api/v1/auth/email-verification-requests')
      .auth(user.token, { type: 'bearer' })
      .expect(202);
    await eventuallyCount(user.email, 2);
    await api()
      .post('/api/v1/auth/email-verifications')
      .send(await confirmationFromMailbox(app, user.email))
      .expect(204);
  });

  it('refuses a personal access token of an unconfirmed account', async () => {
    const user = await signUp(app);
    const pat = await createToken(user, 'ci');
    await app.dataSource.query('UPDATE users SET email_verified_at = NULL WHERE id = $1', [user.id]);
    const response = await api().get('/api/v1/notifications').auth(pat.body.token, { type: 'bearer' });
    expect(response.status).toBe(403);
    expect(response.body.type).toMatch(/email-not-verified$/);
  });
});

/** A personal access token of `user`, as the creation answer's body. */
async function createToken(user: { token: string }, name: string) {
  return api().post('/api/v1/me/tokens').auth(user.token, { type: 'bearer' }).send({ name }).expect(201);
}

async function eventuallyCount(email: string, count: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (
    app.mailbox.messages.filter((m) => m.to.includes(email) && m.subject.includes('确认')).length < count
  ) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} confirmation emails to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('refresh tokens', () => {
  it('rotates the refresh token and ends the session when a rotated token is reused', async () => {
    const user = await signUp(app);
    const first = await api().post('/api/v1/auth/refresh').set('cookie', user.cookie).expect(200);
    const rotated = refreshCookie(first.headers['set-cookie']);
    expect(rotated).not.toBe(user.cookie);

    const reuse = await api().post('/api/v1/auth/refresh').set('cookie', user.cookie).expect(401);
    expect(reuse.body.type).toMatch(/refresh-token-reused$/);
    // The whole family is gone: the newest token and the access tokens of the session stop working.
    await api().post('/api/v1/auth/refresh').set('cookie', rotated).expect(401);
    await api().get('/api/v1/me').auth(first.body.accessToken, { type: 'bearer' }).expect(401);
    await api().get('/api/v1/me').auth(user.token, { type: 'bearer' }).expect(401);
  });

  it('ends the session on logout, access token included', async () => {
    const user = await signUp(app);
    await api().post('/api/v1/auth/logout').set('cookie', user.cookie).expect(204);
    await api().get('/api/v1/me').auth(user.token, { type: 'bearer' }).expect(401);
    await api().post('/api/v1/auth/refresh').set('cookie', user.cookie).expect(401);
  });

  it('refuses a missing or forged token', async () => {
    await api().get('/api/v1/me').expect(401);
    await api().get('/api/v1/me').auth('not-a-jwt', { type: 'bearer' }).expect(401);
    await api().post('/api/v1/auth/refresh').set('cookie', 'duijie_refresh=forged').expect(401);
  });
});

describe('passwords', () => {
  it('changes the password and ends every other session and every token, but keeps this session', async () => {
    const user = await signUp(app);
    const other = await signIn(app, user.email, DEFAULT_PASSWORD);
    const pat = await createToken(user, 'ci');
    await api().get('/api/v1/me').auth(pat.body.token, { type: 'bearer' }).expect(200);
    const changed = await api()
      .post('/api/v1/auth/password')
      .auth(user.token, { type: 'bearer' })
      .send({ currentPassword: DEFAULT_PASSWORD, newPassword: 'a brand new passphrase' })
      .expect(200);
    await api().get('/api/v1/me').auth(changed.body.accessToken, { type: 'bearer' }).expect(200);
    await api().get('/api/v1/me').auth(user.token, { type: 'bearer' }).expect(200);
    await api().get('/api/v1/me').auth(other.token, { type: 'bearer' }).expect(401);
    await api().get('/api/v1/me').auth(pat.body.token, { type: 'bearer' }).expect(401);
    await api()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: DEFAULT_PASSWORD })
      .expect(401);
    await api()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'a brand new passphrase' })
      .expect(200);
  });

  it('refuses a wrong current password with a field error', async () => {
    const user = await signUp(app);
    const response = await api()
      .post('/api/v1/auth/password')
      .auth(user.token, { type: 'bearer' })
      .send({ currentPassword: 'not my password', newPassword: 'a brand new passphrase' })
      .expect(400);
    expect(response.body.errors[0]).toMatchObject({
      field: 'currentPassword',
      code: 'wrong-current-password',
    });
  });

  it('resets a forgotten password through the emailed link, once, ending every session and token', async () => {
    const user = await signUp(app);
    const pat = await createToken(user, 'left by an intruder');
    await api().get('/api/v1/me').auth(pat.body.token, { type: 'bearer' }).expect(200);
    // An organization's API key the intruder made is ended too: the account's owner mints its own.
    const org = await createOrganization(app, user);
    const key = (
      await api()
        .post('/api/v1/api-keys')
        .auth(user.token, { type: 'bearer' })
        .set('x-organization-id', org)
        .send({ name: 'left by an intruder' })
        .expect(201)
    ).body.key as string;
    await api().get('/api/v1/open/demands').set('X-Api-Key', key).expect(200);
    await api().post('/api/v1/auth/password-reset-requests').send({ email: user.email }).expect(202);
    const mail = await app.mailbox.waitFor(user.email, '重置');
    const link = new URL(/http:\/\/\S+reset-password\S+/.exec(mail.text)![0]);
    const body = {
      requestId: link.searchParams.get('id'),
      token: link.searchParams.get('token'),
      password: 'reset passphrase 2026',
    };

    await api()
      .post('/api/v1/auth/password-resets')
      .send({ ...body, token: 'wrong' })
      .expect(400);
    await api().post('/api/v1/auth/password-resets').send(body).expect(204);
    await api().post('/api/v1/auth/password-resets').send(body).expect(400);
    await api().get('/api/v1/me').auth(user.token, { type: 'bearer' }).expect(401);
    await api().get('/api/v1/me').auth(pat.body.token, { type: 'bearer' }).expect(401);
    await api().get('/api/v1/open/demands').set('X-Api-Key', key).expect(401);
    await api()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'reset passphrase 2026' })
      .expect(200);
  });

  it('accepts a reset request for an unknown email without revealing it', async () => {
    await api().post('/api/v1/auth/password-reset-requests').send({ email: 'ghost@example.com' }).expect(202);
  });
});

describe('disabled users and personal access tokens', () => {
  it('lets a personal access token call the API until it is revoked', async () => {
    const user = await signUp(app);
    const created = await api()
      .post('/api/v1/me/tokens')
      .auth(user.token, { type: 'bearer' })
      .send({ name: 'ERP 集成' })
      .expect(201);
    expect(created.body.token).toMatch(/^dj_pat_/);
    await api().get('/api/v1/me').auth(created.body.token, { type: 'bearer' }).expect(200);
    const listed = await api().get('/api/v1/me/tokens').auth(user.token, { type: 'bearer' }).expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ id: created.body.id, name: 'ERP 集成', lastUsedAt: expect.any(String) }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    const stored = await app.dataSource.query('SELECT token_hash FROM personal_access_tokens WHERE id = $1', [
      created.body.id,
    ]);
    expect(stored[0].token_hash).not.toContain(created.body.token.slice(7));

    await api()
      .delete(`/api/v1/me/tokens/${created.body.id}`)
      .auth(user.token, { type: 'bearer' })
      .expect(204);
    await api().get('/api/v1/me').auth(created.body.token, { type: 'bearer' }).expect(401);
  });

  it('stops every token of a disabled user at once', async () => {
    const admin = await signUp(app);
    await app.dataSource.query(`UPDATE users SET platform_role = 'admin' WHERE id = $1`, [admin.id]);
    const user = await signUp(app);
    const pat = await createToken(user, 'ci');

    await api()
      .patch(`/api/v1/admin/users/${user.id}`)
      .auth(user.token, { type: 'bearer' })
      .send({ status: 'disabled' })
      .expect(404);
    await api()
      .patch(`/api/v1/admin/users/${user.id}`)
      .auth(admin.token, { type: 'bearer' })
      .send({ status: 'disabled' })
      .expect(200);

    await api().get('/api/v1/me').auth(user.token, { type: 'bearer' }).expect(401);
    await api().get('/api/v1/me').auth(pat.body.token, { type: 'bearer' }).expect(401);
    await api().post('/api/v1/auth/refresh').set('cookie', user.cookie).expect(401);
    const login = await api()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: DEFAULT_PASSWORD })
      .expect(401);
    expect(login.body.type).toMatch(/account-disabled$/);
  });

  it('audits each change of a user’s status from the status it really left, when two admins act at once', async () => {
    const [first, second] = [await signUp(app), await signUp(app)];
    await app.dataSource.query(`UPDATE users SET platform_role = 'admin' WHERE id = ANY($1)`, [
      [first.id, second.id],
    ]);
    const user = await signUp(app);
    const set = (admin: typeof first, status: string) =>
      api().patch(`/api/v1/admin/users/${user.id}`).auth(admin.token, { type: 'bearer' }).send({ status });
    for (let round = 0; round < 15; round += 1) {
      const [a, b] = await Promise.all([set(first, 'disabled'), set(second, 'active')]);
      expect([a.status, b.status]).toEqual([200, 200]);
    }
    const trail = await app.dataSource.query<{ data: { from: string; to: string } }[]>(
      `SELECT data FROM audit_log WHERE subject_id = $1 AND action LIKE 'user.%abled' ORDER BY id`,
      [user.id],
    );
    expect(trail).toHaveLength(30);
    // Each entry starts where the one before it ended, and the last ends where the user stands.
    let status = 'active';
    for (const { data } of trail) {
      expect(data.from).toBe(status);
      status = data.to;
    }
    const [stored] = await app.dataSource.query<{ status: string }[]>(
      `SELECT status FROM users WHERE id = $1`,
      [user.id],
    );
    expect(stored!.status).toBe(status);
  });
});
