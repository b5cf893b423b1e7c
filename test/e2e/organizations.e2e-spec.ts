import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { testCreditCode } from '../support/credit-codes.js';
import { createOrganization, signUp, signUpUnverified, type SignedInUser } from '../support/http.js';
import { moderatorOf } from '../support/factories.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app.close();
});

const api = () => request(app.baseUrl);
const as = (user: SignedInUser) => ({ authorization: `Bearer ${user.token}` });

async function auditActions(subjectId: string): Promise<string[]> {
  const rows: { action: string }[] = await app.dataSource.query(
    'SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id',
    [subjectId],
  );
  return rows.map((r) => r.action);
}

describe('creating an organization', () => {
  it('makes the creator its owner, pending verification, with the region named', async () => {
    const owner = await signUp(app);
    const creditCode = testCreditCode();
    const created = await api()
      .post('/api/v1/organizations')
      .set(as(owner))
      .send({
        name: '江苏锂创新能源科技有限公司',
        type: 'enterprise',
        creditCode: creditCode.toLowerCase(),
        regionCode: '320115',
        industryCode: '38',
        description: '动力电池',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      name: '江苏锂创新能源科技有限公司',
      creditCode,
      regionCode: '320115',
      regionName: '江苏省 南京市 江宁区',
      industryCode: '38',
      verificationStatus: 'pending',
    });
    const english = await api()
      .get(`/api/v1/organizations/${created.body.id}`)
      .set(as(owner))
      .set('accept-language', 'en')
      .expect(200);
    expect(english.body.regionName).toBe('Jiangning District, Nanjing, Jiangsu');
    const me = await api().get('/api/v1/me').set(as(owner)).expect(200);
    expect(me.body.memberships).toEqual([
      expect.objectContaining({
        organizationId: created.body.id,
        role: 'owner',
        organization: expect.objectContaining({ name: '江苏锂创新能源科技有限公司' }),
      }),
    ]);
    expect(await auditActions(created.body.id)).toEqual(['organization.created']);
  });

  it('names each invalid field and creates nothing', async () => {
    const owner = await signUp(app);
    const before = await app.dataSource.query('SELECT count(*)::int AS n FROM organizations');
    const response = await api()
      .post('/api/v1/organizations')
      .set(as(owner))
      .send({
        name: '',
        type: 'bank',
        creditCode: '91350100M000100Y44',
        regionCode: '999999',
        industryCode: '99',
      })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'creditCode',
      'industryCode',
      'name',
      'regionCode',
      'type',
    ]);
    expect(response.body.errors.find((e: { field: string }) => e.field === 'creditCode').message).toBe(
      '统一社会信用代码无效（18 位，含校验位）',
    );
    const after = await app.dataSource.query('SELECT count(*)::int AS n FROM organizations');
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses a credit code another organization already uses', async () => {
    const owner = await signUp(app);
    const creditCode = testCreditCode();
    await createOrganization(app, owner, { creditCode });
    const response = await api()
      .post('/api/v1/organizations')
      .set(as(owner))
      .send({ name: '重复机构', type: 'enterprise', creditCode, regionCode: '320102' })
      .expect(409);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'creditCode', code: 'credit-code-taken' }),
    ]);
  });
});

describe('acting for an organization', () => {
  it('answers 404 for an X-Organization-Id the caller does not belong to', async () => {
    const owner = await signUp(app);
    const stranger = await signUp(app);
    const organizationId = await createOrganization(app, owner);
    await api().get('/api/v1/me').set(as(owner)).set('x-organization-id', organizationId).expect(200);
    await api().get('/api/v1/me').set(as(stranger)).set('x-organization-id', organizationId).expect(404);
    await api().get('/api/v1/me').set(as(stranger)).set('x-organization-id', 'not-a-uuid').expect(404);
  });

  it('never shows another organization, not even whether it exists', async () => {
    const owner = await signUp(app);
    const stranger = await signUp(app);
    const organizationId = await createOrganization(app, owner);
    const hidden = await api().get(`/api/v1/organizations/${organizationId}`).set(as(stranger)).expect(404);
    const missing = await api()
      .get('/api/v1/organizations/00000000-0000-4000-8000-000000000000')
      .set(as(stranger))
      .expect(404);
    expect(hidden.body.type).toBe(missing.body.type);
    await api()
      .patch(`/api/v1/organizations/${organizationId}`)
      .set(as(stranger))
      .send({ name: '篡改' })
      .expect(404);
    const unchanged = await api().get(`/api/v1/organizations/${organizationId}`).set(as(owner)).expect(200);
    expect(unchanged.body.name).not.toBe('篡改');
  });
});

describe('members and invitations', () => {
  it('invites by email, sends the link through SMTP, and the invitee joins with the invited role', async () => {
    const owner = await signUp(app);
    const organizationId = await createOrganization(app, owner, { name: '深圳智视精密检测有限公司' });
    const invitee = await signUp(app);
    const invitation = await api()
      .post(`/api/v1/organizations/${organizationId}/invitations`)
      .set(as(owner))
      .send({ email: invitee.email, role: 'admin' })
      .expect(201);
    expect(invitation.body).toMatchObject({ email: invitee.email, role: 'admin', status: 'pending' });

    const mail = await app.mailbox.waitFor(invitee.email, '深圳智视精密检测有限公司');
    const link = new URL(/http:\/\/\S+\/invitations\/\S+/.exec(mail.text)![0]);
    const token = link.searchParams.get('token')!;
    expect(link.pathname).toBe(`/invitations/${invitation.body.id}`);

    const preview = await api().get(`/api/v1/invitations/${invitation.body.id}`).query({ token }).expect(200);
    expect(preview.body).toMatchObject({
      organizationName: '深圳智视精密检测有限公司',
      role: 'admin',
      status: 'pending',
    });
    await api().get(`/api/v1/invitations/${invitation.body.id}`).query({ token: 'forged' }).expect(404);

    await api()
      .post(`/api/v1/invitations/${invitation.body.id}/accept`)
      .set(as(invitee))
      .send({ token })
      .expect(200);
    const members = await api()
      .get(`/api/v1/organizations/${organizationId}/members`)
      .set(as(owner))
      .expect(200);
    expect(members.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: invitee.id, role: 'admin', email: invitee.email }),
      ]),
    );
    await api()
      .post(`/api/v1/invitations/${invitation.body.id}/accept`)
      .set(as(invitee))
      .send({ token })
      .expect(404);
    // Sign-up also mails the invitee its address confirmation, at its own pace: count invitations only.
    const invitations = app.mailbox.messages.filter(
      (m) => m.to === invitee.email && m.subject.includes('深圳智视精密检测有限公司'),
    );
    expect(invitations).toHaveLength(1);
  });

  it('counts accepting an emailed invitation as confirming the address', async () => {
    const owner = await signUp(app);
    const organizationId = await createOrganization(app, owner, { name: '邀请确认测试机构' });
    const invitee = await signUpUnverified(app);
    const invitation = await api()
      .post(`/api/v1/organizations/${organizationId}/invitations`)
      .set(as(owner))
      .send({ email: invitee.email, role: 'member' })
      .expect(201);
    const mail = await app.mailbox.waitFor(invitee.email, '邀请确认测试机构');
    const token = new URL(/http:\/\/\S+\/invitations\/\S+/.exec(mail.text)![0]).searchParams.get('token')!;
    await api().get(`/api/v1/organizations/${organizationId}/members`).set(as(invitee)).expect(403);
    await api()
      .post(`/api/v1/invitations/${invitation.body.id}/accept`)
      .set(as(invitee))
      .send({ token })
      .expect(200);
    const me = await api().get('/api/v1/me').set(as(invitee)).expect(200);
    expect(me.body.emailVerified).toBe(true);
    await api().get(`/api/v1/organizations/${organizationId}/members`).set(as(invitee)).expect(200);
  });

  it('lets only the invited address accept', async () => {
    const owner = await signUp(app);
    const organizationId = await createOrganization(app, owner);
    const intruder = await signUp(app);
    const invitation = await api()
      .post(`/api/v1/organizations/${organizationId}/invitations`)
      .set(as(owner))
      .send({ email: 'someone.else@example.com' })
      .expect(201);
    const mail = await app.mailbox.waitFor('someone.else@example.com');
    const token = new URL(/http:\/\/\S+\/invitations\/\S+/.exec(mail.text)![0]).searchParams.get('token')!;
    const refused = await api()
      .post(`/api/v1/invitations/${invitation.body.id}/accept`)
      .set(as(intruder))
      .send({ token })
      .expect(403);
    expect(refused.body.detail).toContain('someone.else@example.com');
  });

  it('refuses a second pending invitation to the same address and one to an existing member', async () => {
    const owner = await signUp(app);
    const organizationId = await createOrganization(app, owner);
    await api()
      .post(`/api/v1/organizations/${organizationId}/invitations`)
      .set(as(owner))
      .send({ email: 'twice@example.com' })
      .expect(201);
    await api()
      .post(`/api/v1/organizations/${organizationId}/invitations`)
      .set(as(owner))
      .send({ email: 'twice@example.com' })
      .expect(409);
    await api()
      .post(`/api/v1/organizations/${organizationId}/invitations`)
      .set(as(owner))
      .send({ email: owner.email })
      .expect(409);
  });

  it('revokes a pending invitation so its link stops working', async () => {
    const owner = await signUp(app);
    const organizationId = await createOrganization(app, owner);
    const invitee = await signUp(app);
    const invitation = await api()
      .post(`/api/v1/organizations/${organizationId}/invitations`)
      .set(as(owner))
      .send({ email: invitee.email })
      .expect(201);
    const mail = await app.mailbox.waitFor(invitee.email, '邀请您加入');
    const token = new URL(/http:\/\/\S+\/invitations\/\S+/.exec(mail.text)![0]).searchParams.get('token')!;
    await api()
      .delete(`/api/v1/organizations/${organizationId}/invitations/${invitation.body.id}`)
      .set(as(owner))
      .expect(204);
    const pending = await api()
      .get(`/api/v1/organizations/${organizationId}/invitations`)
      .set(as(owner))
      .expect(200);
    expect(pending.body).toEqual([]);
    await api()
      .post(`/api/v1/invitations/${invitation.body.id}/accept`)
      .set(as(invitee))
      .send({ token })
      .expect(404);
  });

  it('changes roles with an audit entry and never leaves an organization without an owner', async () => {
    const owner = await signUp(app);
    const organizationId = await createOrganization(app, owner);
    const colleague = await signUp(app);
    await app.dataSource.query(
      `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
      [organizationId, colleague.id],
    );
    await api()
      .patch(`/api/v1/organizations/${organizationId}/members/${colleague.id}`)
      .set(as(owner))
      .send({ role: 'admin' })
      .expect(200);
    const membership = await app.dataSource.query(
      'SELECT id FROM memberships WHERE organization_id = $1 AND user_id = $2',
      [organizationId, colleague.id],
    );
    expect(await auditActions(membership[0].id)).toEqual(['membership.role-changed']);

    // An admin manages members but may not touch the owner or make anyone owner.
    await api()
      .patch(`/api/v1/organizations/${organizationId}/members/${owner.id}`)
      .set(as(colleague))
      .send({ role: 'member' })
      .expect(403);
    await api()
      .patch(`/api/v1/organizations/${organizationId}/members/${colleague.id}`)
      .set(as(colleague))
      .send({ role: 'owner' })
      .expect(403);
    // The last owner cannot step down or leave.
    const lastOwner = await api()
      .patch(`/api/v1/organizations/${organizationId}/members/${owner.id}`)
      .set(as(owner))
      .send({ role: 'member' })
      .expect(409);
    expect(lastOwner.body.type).toMatch(/last-owner$/);
    await api()
      .delete(`/api/v1/organizations/${organizationId}/members/${owner.id}`)
      .set(as(owner))
      .expect(409);
    // A member may leave on their own.
    await api()
      .delete(`/api/v1/organizations/${organizationId}/members/${colleague.id}`)
      .set(as(colleague))
      .expect(204);
  });
});

describe('verification by platform staff', () => {
  it('lets a moderator verify a pending organization and records who did it', async () => {
    const owner = await signUp(app);
    const moderator = await moderatorOf(app);
    const organizationId = await createOrganization(app, owner);

    await api()
      .post(`/api/v1/admin/organizations/${organizationId}/verification`)
      .set(as(owner))
      .send({ status: 'verified' })
      .expect(404);
    const queue = await api().get('/api/v1/admin/organizations').set(as(moderator)).expect(200);
    expect(queue.body.map((o: { id: string }) => o.id)).toContain(organizationId);
    const verified = await api()
      .post(`/api/v1/admin/organizations/${organizationId}/verification`)
      .set(as(moderator))
      .send({ status: 'verified', note: '营业执照已核验' })
      .expect(200);
    expect(verified.body).toMatchObject({ verificationStatus: 'verified', verifiedAt: expect.any(String) });
    const entries = await app.dataSource.query(
      `SELECT actor_user_id, data FROM audit_log WHERE subject_id = $1 AND action = 'organization.verified'`,
      [organizationId],
    );
    expect(entries).toEqual([
      { actor_user_id: moderator.id, data: { from: 'pending', to: 'verified', note: '营业执照已核验' } },
    ]);
  });

  it('keeps a verification that lands while the owner edits the organization', async () => {
    const moderator = await moderatorOf(app);
    const owner = await signUp(app);
    for (let round = 0; round < 40; round += 1) {
      const organizationId = await createOrganization(app, owner);
      // The verification is sent first and the edit a few milliseconds after it (varied by round): in
      // some rounds the verification commits between the edit's read and its write.
      const [verified, edited] = await Promise.all([
        api()
          .post(`/api/v1/admin/organizations/${organizationId}/verification`)
          .set(as(moderator))
          .send({ status: 'verified' }),
        sleep(2 + (round % 8)).then(() =>
          api()
            .patch(`/api/v1/organizations/${organizationId}`)
            .set(as(owner))
            .send({ name: `竞态科技${round}` }),
        ),
      ]);
      expect([edited.status, verified.status]).toEqual([200, 200]);
      const stored = await api().get(`/api/v1/organizations/${organizationId}`).set(as(owner)).expect(200);
      expect(stored.body).toMatchObject({ name: `竞态科技${round}`, verificationStatus: 'verified' });
    }
  });

  it('keeps the audit log append-only even for the database owner', async () => {
    const owner = await signUp(app);
    await createOrganization(app, owner);
    await expect(app.dataSource.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(app.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });
});
