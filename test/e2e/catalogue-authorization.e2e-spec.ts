import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import {
  CATALOGUE_KINDS,
  createPosting,
  publishPosting,
  type CatalogueKindName,
} from '../support/catalogue.js';
import {
  createOrganization,
  grantPlatformRole,
  signUp,
  verifyOrganization,
  type SignedInUser,
} from '../support/http.js';

/**
 * Every role against every operation on each catalogue kind (expert, achievement, project, financing
 * offer) in each visibility, published and draft, with the exact status — and no confidential content in
 * any response to those outside the owners. The `expert` role is the user who claimed the expert profile
 * (for the other kinds, just another signed-in user with no organization).
 */
type Role =
  'anonymous' | 'ownerMember' | 'ownerAdmin' | 'outsider' | 'expert' | 'moderator' | 'platformAdmin';
type Visibility = 'public' | 'registered' | 'confidential';
const ROLES: Role[] = [
  'anonymous',
  'ownerMember',
  'ownerAdmin',
  'outsider',
  'expert',
  'moderator',
  'platformAdmin',
];
const VISIBILITIES: Visibility[] = ['public', 'registered', 'confidential'];
const KINDS = Object.keys(CATALOGUE_KINDS) as CatalogueKindName[];
const SECRET = '绝密细节 9c1e';

let app: TestApp;
const users = {} as Record<Exclude<Role, 'anonymous'>, SignedInUser>;
const published = {} as Record<CatalogueKindName, Record<Visibility, string>>;
const drafts = {} as Record<CatalogueKindName, string>;

const api = () => request(app.baseUrl);
const isOwner = (role: Role, kind: CatalogueKindName) =>
  role === 'ownerMember' || role === 'ownerAdmin' || (kind === 'expert' && role === 'expert');
const isStaff = (role: Role) => role === 'moderator' || role === 'platformAdmin';

interface Operation {
  name: string;
  send: (path: string, id: string, kind: CatalogueKindName, visibility: Visibility) => request.Test;
  expected: (role: Role, kind: CatalogueKindName, visibility: Visibility) => number;
}

/** Owner's writes on a published posting: every signed-in stranger can see it, so they get 403. */
const ownerWrite =
  (ok: number) =>
  (role: Role, kind: CatalogueKindName): number => {
    if (role === 'anonymous') return 401;
    return isOwner(role, kind) ? ok : 403;
  };
/** 409 for staff: the posting is already published; the point is who gets past the check. */
const moderation = (role: Role): number => {
  if (role === 'anonymous') return 401;
  return isStaff(role) ? 409 : 403;
};

const OPERATIONS: Operation[] = [
  {
    name: 'read',
    send: (path, id) => api().get(`/api/v1/${path}/${id}`),
    expected: (role, _kind, visibility) => (role === 'anonymous' && visibility === 'registered' ? 404 : 200),
  },
  {
    name: 'update',
    send: (path, id, kind) =>
      api()
        .patch(`/api/v1/${path}/${id}`)
        .send({ [CATALOGUE_KINDS[kind].label]: '更新后的名称' }),
    expected: ownerWrite(200),
  },
  {
    name: 'set the same visibility',
    send: (path, id, _kind, visibility) =>
      api().post(`/api/v1/${path}/${id}/visibility`).send({ visibility }),
    expected: ownerWrite(200),
  },
  {
    name: 'submit again',
    send: (path, id) => api().post(`/api/v1/${path}/${id}/submit`),
    expected: ownerWrite(409),
  },
  {
    name: 'publish again',
    send: (path, id) => api().post(`/api/v1/${path}/${id}/publish`),
    expected: moderation,
  },
  {
    name: 'reject',
    send: (path, id) => api().post(`/api/v1/${path}/${id}/reject`).send({ reason: '不合规' }),
    expected: moderation,
  },
];

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  for (const role of ROLES.filter((r): r is Exclude<Role, 'anonymous'> => r !== 'anonymous'))
    users[role] = await signUp(app);
  await grantPlatformRole(app, users.moderator, 'moderator');
  await grantPlatformRole(app, users.platformAdmin, 'admin');
  const outsiderOrg = await createOrganization(app, users.outsider);
  await verifyOrganization(app, outsiderOrg);
  for (const kind of KINDS) {
    const ownerOrg = await createOrganization(app, users.ownerAdmin, {
      type: CATALOGUE_KINDS[kind].ownerType,
    });
    await app.dataSource.query(
      `INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'member')`,
      [ownerOrg, users.ownerMember.id],
    );
    published[kind] = {} as Record<Visibility, string>;
    for (const visibility of VISIBILITIES) {
      const id = await createPosting(app, kind, users.ownerAdmin, ownerOrg, {
        visibility,
        [CATALOGUE_KINDS[kind].bodyField]: `${SECRET}（${visibility}）`,
        ...(visibility === 'confidential' ? { teaser: '保密信息，请通过平台联系' } : {}),
      });
      await publishPosting(app, kind, users.ownerAdmin, users.moderator, id);
      published[kind][visibility] = id;
    }
    drafts[kind] = await createPosting(app, kind, users.ownerAdmin, ownerOrg, {
      [CATALOGUE_KINDS[kind].bodyField]: `${SECRET}（draft）`,
    });
  }
  // The expert has claimed every expert profile (the claim flow itself is tested in experts.e2e-spec).
  await app.dataSource.query('UPDATE experts SET claimed_by = $1', [users.expert.id]);
});

afterAll(async () => {
  await app.close();
});

const send = (call: request.Test, role: Role) =>
  role === 'anonymous' ? call : call.set('authorization', `Bearer ${users[role].token}`);

const cases = KINDS.flatMap((kind) =>
  OPERATIONS.flatMap((operation) =>
    VISIBILITIES.flatMap((visibility) => ROLES.map((role) => ({ kind, operation, visibility, role }))),
  ),
);

describe('catalogue authorization matrix (published postings)', () => {
  it.each(cases)(
    '$kind: $operation.name ($visibility) as $role',
    async ({ kind, operation, visibility, role }) => {
      const response = await send(
        operation.send(CATALOGUE_KINDS[kind].path, published[kind][visibility], kind, visibility),
        role,
      );
      expect({ status: response.status }).toEqual({ status: operation.expected(role, kind, visibility) });
      if (visibility === 'confidential' && !isOwner(role, kind) && !isStaff(role))
        expect(response.text).not.toContain(SECRET);
    },
  );
});

describe('drafts are the owners’ and moderators’ only', () => {
  const draftCases = KINDS.flatMap((kind) => ROLES.map((role) => ({ kind, role })));
  it.each(draftCases)('$kind draft read as $role', async ({ kind, role }) => {
    const response = await send(api().get(`/api/v1/${CATALOGUE_KINDS[kind].path}/${drafts[kind]}`), role);
    const visible = isOwner(role, kind) || isStaff(role);
    expect(response.status).toBe(visible ? 200 : 404);
    if (!visible) expect(response.text).not.toContain(SECRET);
  });

  it.each(draftCases)('$kind draft update as $role', async ({ kind, role }) => {
    const response = await send(
      api()
        .patch(`/api/v1/${CATALOGUE_KINDS[kind].path}/${drafts[kind]}`)
        .send({ [CATALOGUE_KINDS[kind].label]: '草稿改名' }),
      role,
    );
    const expected = role === 'anonymous' ? 401 : isOwner(role, kind) ? 200 : isStaff(role) ? 403 : 404;
    expect(response.status).toBe(expected);
  });
});

describe('lists never leak', () => {
  const listCases = KINDS.flatMap((kind) => ROLES.map((role) => ({ kind, role })));
  it.each(listCases)('$kind list as $role', async ({ kind, role }) => {
    const response = await send(
      api().get(`/api/v1/${CATALOGUE_KINDS[kind].path}`).query({ limit: 100 }),
      role,
    );
    expect(response.status).toBe(200);
    expect(response.text).not.toContain(SECRET);
    const ids = response.body.items.map((p: { id: string }) => p.id);
    expect(ids).toContain(published[kind].public);
    expect(ids).toContain(published[kind].confidential);
    expect(ids.includes(published[kind].registered)).toBe(role !== 'anonymous');
    expect(ids).not.toContain(drafts[kind]);
  });
});
