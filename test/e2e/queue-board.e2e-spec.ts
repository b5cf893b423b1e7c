import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { grantPlatformRole, signIn, signUp, DEFAULT_PASSWORD, type SignedInUser } from '../support/http.js';

let app: TestApp;
let admin: SignedInUser;
let moderator: SignedInUser;
let member: SignedInUser;

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  admin = await signUp(app);
  moderator = await signUp(app);
  member = await signUp(app);
  await grantPlatformRole(app, admin, 'admin');
  await grantPlatformRole(app, moderator, 'moderator');
});

afterAll(async () => {
  await app.close();
});

/** The dashboard cookie the session endpoint sets for `user`, ready for a Cookie header. */
async function boardCookie(user: SignedInUser): Promise<{ status: number; cookie: string; raw: string }> {
  const response = await request(app.baseUrl)
    .post('/api/v1/admin/queue-board/session')
    .auth(user.token, { type: 'bearer' });
  const raw = ([] as string[]).concat(response.headers['set-cookie'] ?? []).join('\n');
  return { status: response.status, cookie: raw.split(';')[0] ?? '', raw };
}

describe('the queue dashboard at /admin/queues', () => {
  it('gives a platform admin an HttpOnly cookie scoped to the dashboard, which opens it', async () => {
    const { status, cookie, raw } = await boardCookie(admin);
    expect(status).toBe(204);
    expect(raw).toMatch(/^duijie_queue_board=/);
    expect(raw).toMatch(/HttpOnly/);
    expect(raw).toMatch(/SameSite=Strict/);
    expect(raw).toMatch(/Path=\/admin\/queues/);
    const page = await request(app.baseUrl).get('/admin/queues').set('Cookie', cookie).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const queues = await request(app.baseUrl)
      .get('/admin/queues/api/queues')
      .set('Cookie', cookie)
      .expect(200);
    const names = (queues.body.queues as { name: string }[]).map((queue) => queue.name);
    expect(names).toEqual(expect.arrayContaining(['matching', 'notifications', 'email', 'maintenance']));
  });

  it('answers 401 in the caller’s language without a cookie, even to a bearer header', async () => {
    const anonymous = await request(app.baseUrl)
      .get('/admin/queues')
      .set('Accept-Language', 'en')
      .expect(401)
      .expect('content-type', /application\/problem\+json/);
    expect(anonymous.body.detail).toBe('Please sign in first');
    const zh = await request(app.baseUrl).get('/admin/queues/api/queues').expect(401);
    expect(zh.body.detail).toBe('请先登录');
    await request(app.baseUrl).get('/admin/queues').auth(admin.token, { type: 'bearer' }).expect(401);
    await request(app.baseUrl).get('/admin/queues').set('Cookie', 'duijie_queue_board=forged').expect(401);
  });

  it('refuses the cookie to moderators and members with 403, and anonymous callers with 401', async () => {
    expect((await boardCookie(moderator)).status).toBe(403);
    expect((await boardCookie(member)).status).toBe(403);
    await request(app.baseUrl).post('/api/v1/admin/queue-board/session').expect(401);
    // A member's own access token put in the cookie by hand is still not an admin's.
    const forged = `duijie_queue_board=${member.token}`;
    const refused = await request(app.baseUrl).get('/admin/queues').set('Cookie', forged).expect(403);
    expect(refused.body).toMatchObject({ status: 403 });
  });

  it('closes the dashboard when the admin signs out', async () => {
    const session = await signIn(app, admin.email, DEFAULT_PASSWORD, admin.id);
    const { cookie } = await boardCookie(session);
    await request(app.baseUrl).get('/admin/queues/api/queues').set('Cookie', cookie).expect(200);
    await request(app.baseUrl)
      .post('/api/v1/auth/logout')
      .auth(session.token, { type: 'bearer' })
      .set('Cookie', session.cookie)
      .expect(204);
    await request(app.baseUrl).get('/admin/queues/api/queues').set('Cookie', cookie).expect(401);
  });
});
