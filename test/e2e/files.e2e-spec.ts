import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { FilesConfig } from '#files';
import {
  createDemand,
  createOrganization,
  grantPlatformRole,
  publishDemand,
  signUp,
  verifyOrganization,
  type SignedInUser,
} from '../support/http.js';
import { docxFile, executableFile, pdfFile, pngFile } from '../fixtures/files.js';

/**
 * Files end to end on the real api and worker: uploads checked by content and limits, downloads that
 * follow the posting's visibility and access grants (a marker planted in a confidential demand's file
 * never reaches anyone else), the licence of an organization for its members and platform staff only,
 * and removal through the outbox and worker.
 */
type Role = 'anonymous' | 'owner' | 'ownerMember' | 'granted' | 'outsider' | 'moderator' | 'platformAdmin';
const ROLES: Role[] = [
  'anonymous',
  'owner',
  'ownerMember',
  'granted',
  'outsider',
  'moderator',
  'platformAdmin',
];
const MARKER = `MARKER-${randomBytes(6).toString('hex')}`;

let app: TestApp;
const users = {} as Record<Exclude<Role, 'anonymous'>, SignedInUser>;
let ownerOrg: string;
let confidential: string;
let open: string;
let secretFile: string;
let openFile: string;
let licenceFile: string;

const api = () => request(app.baseUrl);
let grantedOrg: string;
/** The granted user acts for its organization, which holds the grant (as the web app always sends). */
const as = (call: request.Test, role: Role) => {
  if (role === 'anonymous') return call;
  if (role === 'granted') void call.set('x-organization-id', grantedOrg);
  return call.auth(users[role].token, { type: 'bearer' });
};
const bytes = (response: request.Response) =>
  response.status === 200 ? Buffer.from(response.body as Buffer) : Buffer.from(response.text);

function upload(role: Role, path: string, files: [Buffer, string][], purpose = 'specification') {
  const call = as(api().post(`/api/v1/${path}/files`), role).field('purpose', purpose);
  for (const [content, name] of files) call.attach('file', content, name);
  return call;
}

beforeAll(async () => {
  app = await startTestApp({ env: { FILES_MAX_SIZE_MB: '1', FILES_MAX_PER_OWNER: '3' } });
  for (const role of ROLES.filter((r): r is Exclude<Role, 'anonymous'> => r !== 'anonymous'))
    users[role] = await signUp(app);
  await grantPlatformRole(app, users.moderator, 'moderator');
  await grantPlatformRole(app, users.platformAdmin, 'admin');
  ownerOrg = await createOrganization(app, users.owner);
  await app.dataSource.query(
    `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
    [ownerOrg, users.ownerMember.id],
  );
  grantedOrg = await createOrganization(app, users.granted);
  await verifyOrganization(app, grantedOrg);
  await verifyOrganization(app, await createOrganization(app, users.outsider));
  await verifyOrganization(app, ownerOrg);
  confidential = await createDemand(app, users.owner, ownerOrg, {
    visibility: 'confidential',
    teaser: '某新能源企业寻求电池热管理方案',
    ndaText: '未经许可不得向第三方披露',
  });
  open = await createDemand(app, users.owner, ownerOrg);
  for (const id of [confidential, open]) await publishDemand(app, users.owner, users.moderator, id);
  const secret = await upload('owner', `demands/${confidential}`, [
    [pdfFile(MARKER), `${MARKER}.pdf`],
  ]).expect(201);
  secretFile = secret.body[0].id;
  openFile = (await upload('owner', `demands/${open}`, [[pngFile(), '图纸.png']], 'drawing').expect(201))
    .body[0].id;
  const licence = await upload(
    'owner',
    `organizations/${ownerOrg}`,
    [[pdfFile(`licence ${MARKER}`), '营业执照.pdf']],
    'business-licence',
  ).expect(201);
  licenceFile = licence.body[0].id;
  // The granted organization asks for access to the confidential demand and the owner grants it.
  const asked = await api()
    .post(`/api/v1/demands/${confidential}/access-requests`)
    .auth(users.granted.token, { type: 'bearer' })
    .set('x-organization-id', grantedOrg)
    .send({ ndaAccepted: true })
    .expect(201);
  await api()
    .post(`/api/v1/demands/${confidential}/access-requests/${asked.body.id}/grant`)
    .auth(users.owner.token, { type: 'bearer' })
    .expect(200);
}, 120_000);

afterAll(async () => {
  await app.close();
});

describe('uploads', () => {
  it('stores a PDF with its sniffed type, its size and a cleaned name, and reads it back byte for byte', async () => {
    const content = pdfFile('round trip');
    const response = await upload('owner', `demands/${open}`, [
      [content, '../../etc/规格\u202Efdp.exe'],
    ]).expect(201);
    expect(response.body[0]).toMatchObject({
      contentType: 'application/pdf',
      sizeBytes: content.length,
      purpose: 'specification',
    });
    expect(response.body[0].name).toBe('规格_fdp.pdf');
    const download = await api()
      .get(`/api/v1/demands/${open}/files/${response.body[0].id}`)
      .buffer(true)
      .expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.headers['cache-control']).toBe('private, no-store');
    expect(Buffer.from(download.body as Buffer).equals(content)).toBe(true);
    await as(api().delete(`/api/v1/demands/${open}/files/${response.body[0].id}`), 'owner').expect(204);
  });

  it('accepts Office documents by their content', async () => {
    const response = await upload('owner', `demands/${open}`, [[docxFile(), 'spec.docx']]).expect(201);
    expect(response.body[0].contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    await as(api().delete(`/api/v1/demands/${open}/files/${response.body[0].id}`), 'owner').expect(204);
  });

  it('refuses a renamed executable with a field error and stores nothing', async () => {
    // Files held (not being removed): the worker may still be dropping an earlier test's removed rows.
    const held = 'SELECT count(*)::int AS n FROM files WHERE removed_at IS NULL';
    const before = await app.dataSource.query(held);
    const response = await upload('owner', `demands/${open}`, [[executableFile(), '技术规格书.pdf']]).expect(
      400,
    );
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.type).toContain('file-type-not-accepted');
    expect(response.body.errors[0]).toMatchObject({ field: 'file[0]', code: 'file-type-not-accepted' });
    expect(await app.dataSource.query(held)).toEqual(before);
  });

  it('refuses plain text posing as a PDF', async () => {
    await upload('owner', `demands/${open}`, [[Buffer.from('#!/bin/sh\nrm -rf /\n'), 'a.pdf']]).expect(400);
  });

  it('refuses a file over FILES_MAX_SIZE_MB with 413', async () => {
    const big = Buffer.concat([pdfFile(), Buffer.alloc(1024 * 1024)]);
    const response = await upload('owner', `demands/${open}`, [[big, 'big.pdf']]).expect(413);
    expect(response.body.type).toContain('file-too-large');
  });

  it('refuses more files than FILES_MAX_PER_OWNER, counting those held', async () => {
    const files: [Buffer, string][] = [
      [pdfFile('1'), '1.pdf'],
      [pdfFile('2'), '2.pdf'],
      [pdfFile('3'), '3.pdf'],
    ];
    const response = await upload('owner', `demands/${open}`, files).expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'file', code: 'too-many-files' });
    const listed = await as(api().get(`/api/v1/demands/${open}/files`), 'owner').expect(200);
    expect(listed.body.items).toHaveLength(1);
  });

  it('refuses a missing or unknown purpose, a request without files and a JSON body', async () => {
    await upload('owner', `demands/${open}`, [[pdfFile(), 'a.pdf']], 'business-licence').expect(400);
    const none = await as(api().post(`/api/v1/demands/${open}/files`), 'owner')
      .field('purpose', 'drawing')
      .expect(400);
    expect(none.body.errors[0]).toMatchObject({ field: 'file', code: 'isDefined' });
    await as(api().post(`/api/v1/demands/${open}/files`), 'owner')
      .send({ purpose: 'drawing' })
      .expect(400);
    const bare = await as(api().post(`/api/v1/demands/${open}/files`), 'owner')
      .attach('file', pdfFile(), 'a.pdf')
      .expect(400);
    expect(bare.body.errors[0]).toMatchObject({ field: 'purpose' });
  });

  it('keeps a one-click unsubscribe form from being taken for an upload', async () => {
    const response = await api()
      .post('/api/v1/organizations')
      .auth(users.owner.token, { type: 'bearer' })
      .field('name', 'x')
      .expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

const canReadConfidential = (role: Role) => role !== 'anonymous' && role !== 'outsider';
const canEdit = (role: Role) => role === 'owner' || role === 'ownerMember';

describe('authorization matrix: a confidential demand', () => {
  it.each(ROLES)('list as %s', async (role) => {
    const response = await as(api().get(`/api/v1/demands/${confidential}/files`), role).expect(200);
    expect(response.body.withheld).toBe(!canReadConfidential(role));
    expect(response.body.items.map((f: { id: string }) => f.id)).toEqual(
      canReadConfidential(role) ? [secretFile] : [],
    );
    if (!canReadConfidential(role)) expect(response.text).not.toContain(MARKER);
  });

  it.each(ROLES)('download as %s', async (role) => {
    const response = await as(api().get(`/api/v1/demands/${confidential}/files/${secretFile}`), role).buffer(
      true,
    );
    expect(response.status).toBe(canReadConfidential(role) ? 200 : 404);
    expect(bytes(response).toString('latin1').includes(MARKER)).toBe(canReadConfidential(role));
  });

  it.each(ROLES)('upload as %s', async (role) => {
    const response = await upload(role, `demands/${confidential}`, [[pngFile(), 'x.png']], 'drawing');
    const expected = role === 'anonymous' ? 401 : canEdit(role) ? 201 : 403;
    expect(response.status).toBe(expected);
    if (response.status === 201)
      await as(api().delete(`/api/v1/demands/${confidential}/files/${response.body[0].id}`), role).expect(
        204,
      );
  });

  it.each(ROLES.filter((r) => !canEdit(r)))('delete as %s', async (role) => {
    const response = await as(api().delete(`/api/v1/demands/${confidential}/files/${secretFile}`), role);
    expect(response.status).toBe(role === 'anonymous' ? 401 : 403);
  });
});

describe('authorization matrix: a public demand and a draft', () => {
  it.each(ROLES)('public demand download as %s', async (role) => {
    await as(api().get(`/api/v1/demands/${open}/files/${openFile}`), role).expect(200);
  });

  it.each(ROLES)('draft list as %s', async (role) => {
    const draft = await createDemand(app, users.owner, ownerOrg);
    const response = await as(api().get(`/api/v1/demands/${draft}/files`), role);
    const sees = canEdit(role) || role === 'moderator' || role === 'platformAdmin';
    expect(response.status).toBe(sees ? 200 : 404);
  });
});

describe('authorization matrix: an organization’s business licence', () => {
  const readsLicence = (role: Role) => ['owner', 'ownerMember', 'moderator', 'platformAdmin'].includes(role);
  it.each(ROLES)('licence download as %s', async (role) => {
    const response = await as(
      api().get(`/api/v1/organizations/${ownerOrg}/files/${licenceFile}`),
      role,
    ).buffer(true);
    expect(response.status).toBe(readsLicence(role) ? 200 : 404);
    expect(bytes(response).toString('latin1').includes(MARKER)).toBe(readsLicence(role));
  });

  it.each(ROLES)('licence upload as %s', async (role) => {
    const response = await upload(
      role,
      `organizations/${ownerOrg}`,
      [[pngFile(), '执照.png']],
      'business-licence',
    );
    const expected: Record<Role, number> = {
      anonymous: 401,
      owner: 201,
      ownerMember: 403,
      granted: 404,
      outsider: 404,
      moderator: 403,
      platformAdmin: 201,
    };
    expect(response.status).toBe(expected[role]);
    if (response.status === 201)
      await as(api().delete(`/api/v1/organizations/${ownerOrg}/files/${response.body[0].id}`), role).expect(
        204,
      );
  });
});

describe('removal', () => {
  const storedPath = async (id: string) => {
    const [{ storage_key }] = await app.dataSource.query('SELECT storage_key FROM files WHERE id = $1', [id]);
    return join(resolve(app.config.slice(FilesConfig).FILES_DIR), storage_key as string);
  };

  async function until(check: () => Promise<boolean>) {
    for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await check()).toBe(true);
  }

  it('removes a deleted file’s content through the worker, and the file is gone at once', async () => {
    const id = (await upload('owner', `demands/${open}`, [[pdfFile('bye'), 'bye.pdf']]).expect(201)).body[0]
      .id;
    const path = await storedPath(id);
    expect(existsSync(path)).toBe(true);
    await as(api().delete(`/api/v1/demands/${open}/files/${id}`), 'owner').expect(204);
    await api().get(`/api/v1/demands/${open}/files/${id}`).expect(404);
    await as(api().delete(`/api/v1/demands/${open}/files/${id}`), 'owner').expect(404);
    await until(async () => !existsSync(path));
    await until(
      async () => (await app.dataSource.query('SELECT 1 FROM files WHERE id = $1', [id])).length === 0,
    );
  });

  it('purges every file of a deleted posting once, however often the event is handled', async () => {
    const draft = await createDemand(app, users.owner, ownerOrg);
    const uploaded = await upload('owner', `demands/${draft}`, [
      [pdfFile('a'), 'a.pdf'],
      [pngFile(), 'b.png'],
    ]).expect(201);
    const paths = await Promise.all(uploaded.body.map((f: { id: string }) => storedPath(f.id)));
    // The posting's deletion as its context records it: one outbox event in the deleting transaction, twice.
    for (let i = 0; i < 2; i++)
      await app.dataSource.query(`INSERT INTO outbox_events (type, payload) VALUES ('posting.deleted', $1)`, [
        JSON.stringify({ kind: 'demand', postingId: draft }),
      ]);
    await until(async () => paths.every((p) => !existsSync(p)));
    await until(
      async () =>
        (await app.dataSource.query('SELECT 1 FROM files WHERE owner_id = $1', [draft])).length === 0,
    );
  });
});
