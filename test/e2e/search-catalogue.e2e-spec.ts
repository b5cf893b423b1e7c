import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import {
  CATALOGUE_KINDS,
  createPosting,
  publishPosting,
  type CatalogueKindName,
} from '../support/catalogue.js';
import { createOrganization, signUp, type SignedInUser } from '../support/http.js';
import { moderatorOf } from '../support/factories.js';
import { eventually, search } from '../support/search.js';

/**
 * Every catalogue kind reaches the search index through its own source and the outbox: published ones
 * are found (confidential ones by their teaser only), archived ones leave the index.
 */
let app: TestApp;
let moderator: SignedInUser;
const owners = {} as Record<CatalogueKindName, { user: SignedInUser; org: string }>;
const KINDS = Object.keys(CATALOGUE_KINDS) as CatalogueKindName[];
const MARKER = '钠离子储能';

beforeAll(async () => {
  app = await startTestApp();
  moderator = await moderatorOf(app);
  for (const kind of KINDS) {
    const user = await signUp(app);
    owners[kind] = {
      user,
      org: await createOrganization(app, user, { type: CATALOGUE_KINDS[kind].ownerType }),
    };
  }
});

afterAll(async () => {
  await app.close();
});

describe.each(KINDS)('%s in search', (kind) => {
  const { label, path } = CATALOGUE_KINDS[kind];

  it('is found once published, within its kind, and leaves the index when archived', async () => {
    const { user, org } = owners[kind];
    const id = await createPosting(app, kind, user, org, {
      [label]: `${MARKER}${kind}`,
      visibility: 'public',
    });
    await publishPosting(app, kind, user, moderator, id);
    await eventually(async () => {
      const { hits } = await search(app, { q: MARKER, kind });
      expect(hits.map((h) => h.id)).toContain(id);
    });
    const { hits } = await search(app, { q: MARKER, kind });
    expect(hits.every((h) => h.kind === kind)).toBe(true);

    await request(app.baseUrl)
      .post(`/api/v1/${path}/${id}/archive`)
      .auth(user.token, { type: 'bearer' })
      .expect(200);
    await eventually(async () => {
      const after = await search(app, { q: MARKER, kind });
      expect(after.hits.map((h) => h.id)).not.toContain(id);
    });
  });

  it('never exposes a confidential posting’s content, only its teaser', async () => {
    const { user, org } = owners[kind];
    const id = await createPosting(app, kind, user, org, {
      visibility: 'confidential',
      teaser: `保密${kind}摘要`,
      [CATALOGUE_KINDS[kind].bodyField]: '机密关键词甲乙出现在正文里',
    });
    await publishPosting(app, kind, user, moderator, id);
    await eventually(async () => {
      const { hits } = await search(app, { q: `保密${kind}摘要`, kind });
      expect(hits.map((h) => h.id)).toContain(id);
    });
    const probe = await search(app, { q: '机密关键词甲乙', kind });
    expect(probe.hits.map((h) => h.id)).not.toContain(id);
  });
});
