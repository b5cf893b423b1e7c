import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { EXPERT_COLUMNS } from '#profiles';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { CATALOGUE_KINDS, createPosting, publishPosting } from '../support/catalogue.js';
import { testCreditCode } from '../support/credit-codes.js';
import { createOrganization, signUp, type SignedInUser } from '../support/http.js';
import { moderatorOf, party } from '../support/factories.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let app: TestApp;
let secretary: SignedInUser;
let society: string;
let moderator: SignedInUser;

beforeAll(async () => {
  app = await startTestApp();
  ({ user: secretary, org: society } = await party(app, 'society', {
    name: '中国汽车工程学会',
    verified: true,
  }));
  moderator = await moderatorOf(app);
});

afterAll(async () => {
  await app.close();
});

const api = () => request(app.baseUrl);
const auth = (user: SignedInUser) => ({ Authorization: `Bearer ${user.token}` });

/** A workbook shaped like the template, with these rows under the header. */
async function sheet(rows: Record<string, string>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet('专家 Experts');
  worksheet.columns = EXPERT_COLUMNS.map((c) => ({ key: c.key, header: c.header }));
  for (const row of rows) worksheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const goodRow = (i: number) => ({
  name: `导入专家${i}`,
  title: '研究员',
  affiliation: '中国科学院电工研究所',
  fields: 'EV-BATTERY、EV-MOTOR',
  keywords: '电机，电驱动',
  regionCode: '110108',
  regionCodesServed: '110000 130000',
  serviceModes: '咨询、合作研发',
  availability: '可服务',
  isCommissioner: i % 2 === 0 ? '是' : '否',
  bio: '从事新能源汽车电驱动系统研究。',
  email: `import-${i}-${Date.now()}@example.com`,
});

async function runImport(file: Buffer) {
  const started = await api()
    .post('/api/v1/experts/imports')
    .set(auth(secretary))
    .set('x-organization-id', society)
    .set('content-type', XLSX)
    .send(file)
    .expect(202);
  for (let i = 0; i < 100; i += 1) {
    const status = await api()
      .get(`/api/v1/experts/imports/${started.body.id}`)
      .set(auth(secretary))
      .expect(200);
    if (status.body.status === 'completed' || status.body.status === 'failed') return status.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('import did not finish');
}

const expertCount = async () =>
  Number(
    (await app.dataSource.query('SELECT count(*) FROM experts WHERE organization_id = $1', [society]))[0]
      .count,
  );

describe('expert import', () => {
  it('offers a template whose header matches the import columns', async () => {
    const response = await api()
      .get('/api/v1/experts/import-template')
      .set(auth(secretary))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toContain(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const header = (workbook.worksheets[0].getRow(1).values as string[]).slice(1);
    expect(header).toEqual(EXPERT_COLUMNS.map((c) => c.header));
    expect(workbook.worksheets[1].rowCount).toBeGreaterThan(60);
  });

  it('reports every bad row with its field and imports nothing', async () => {
    const before = await expertCount();
    const rows = [goodRow(1), { ...goodRow(2), fields: 'NOT-A-FIELD', regionCode: '999999' }, goodRow(3)];
    rows.push({ ...goodRow(4), email: rows[0].email });
    const result = await runImport(await sheet(rows));
    expect(result.status).toBe('failed');
    expect(result.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      '3:fields',
      '3:regionCode',
      '5:email',
    ]);
    expect(result.errors[0].message).toBe('技术领域代码无效');
    expect(await expertCount()).toBe(before);
  });

  it('imports a whole sheet into moderation, with progress counts', async () => {
    const before = await expertCount();
    const result = await runImport(await sheet(Array.from({ length: 120 }, (_, i) => goodRow(100 + i))));
    expect(result).toMatchObject({
      status: 'completed',
      totalRows: 120,
      processedRows: 120,
      importedCount: 120,
    });
    expect(await expertCount()).toBe(before + 120);
    const imported: { status: string; service_modes: string[]; is_commissioner: boolean }[] =
      await app.dataSource.query(
        `SELECT status, service_modes, is_commissioner FROM experts WHERE name = '导入专家100'`,
      );
    expect(imported).toEqual([
      { status: 'submitted', service_modes: ['consulting', 'joint-rnd'], is_commissioner: true },
    ]);
  });

  it('reads regions and technology fields by name as well as by code, and refuses an ambiguous name', async () => {
    const named = {
      ...goodRow(300),
      fields: '动力电池、EV-MOTOR',
      regionCode: '江苏省',
      regionCodesServed: '江苏省 南京市 130000',
      keywords: '动力电池',
      availability: '可服务',
    };
    const result = await runImport(await sheet([named]));
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ status: 'completed', importedCount: 1 });
    const [imported] = await app.dataSource.query<
      { fields: string[]; region_code: string; region_codes_served: string[]; availability: string }[]
    >(
      `SELECT fields, region_code, region_codes_served, availability FROM experts WHERE name = '导入专家300'`,
    );
    expect(imported).toEqual({
      fields: ['EV-BATTERY', 'EV-MOTOR'],
      region_code: '320000',
      region_codes_served: ['320000', '320100', '130000'],
      availability: 'available',
    });
    // 鼓楼区 is a district of several cities: never guessed.
    const ambiguous = await runImport(await sheet([{ ...goodRow(301), regionCode: '鼓楼区' }]));
    expect(ambiguous.errors.map((e: { field: string }) => e.field)).toEqual(['regionCode']);
  });

  it('refuses a file that is not a workbook, and an organization that is not a society', async () => {
    await api()
      .post('/api/v1/experts/imports')
      .set(auth(secretary))
      .set('x-organization-id', society)
      .set('content-type', XLSX)
      .send(Buffer.from('name,title\n张三,教授'))
      .expect(400);
    const outsider = await signUp(app);
    const company = await createOrganization(app, outsider);
    await api()
      .post('/api/v1/experts/imports')
      .set(auth(outsider))
      .set('x-organization-id', company)
      .set('content-type', XLSX)
      .send(await sheet([goodRow(9)]))
      .expect(403);
  });
});

describe('claiming a profile', () => {
  it('emails the expert a link; the matching account claims it and may then edit it', async () => {
    const expertUser = await signUp(app);
    const id = await createPosting(app, 'expert', secretary, society, { email: expertUser.email });
    await publishPosting(app, 'expert', secretary, moderator, id);
    const invitation = await api()
      .post(`/api/v1/experts/${id}/claim-invitations`)
      .set(auth(secretary))
      .expect(201);
    const mail = await app.mailbox.waitFor(expertUser.email, '认领');
    const link = new URL(/http:\/\/\S+\/experts\/claim\S+/.exec(mail.text)![0]);
    expect(link.searchParams.get('claim')).toBe(invitation.body.id);
    const token = link.searchParams.get('token')!;

    const someoneElse = await signUp(app);
    const mismatch = await api()
      .post('/api/v1/experts/claims')
      .set(auth(someoneElse))
      .send({ claimId: invitation.body.id, token })
      .expect(403);
    expect(mismatch.body.type).toMatch(/expert-claim-email-mismatch/);
    await api()
      .post('/api/v1/experts/claims')
      .set(auth(expertUser))
      .send({ claimId: invitation.body.id, token: 'forged' })
      .expect(404);

    const claimed = await api()
      .post('/api/v1/experts/claims')
      .set(auth(expertUser))
      .send({ claimId: invitation.body.id, token })
      .expect(200);
    expect(claimed.body).toMatchObject({
      id,
      claimed: true,
      claimedByMe: true,
      canEdit: true,
      email: expertUser.email,
    });
    await api()
      .post('/api/v1/experts/claims')
      .set(auth(expertUser))
      .send({ claimId: invitation.body.id, token })
      .expect(409);

    const edited = await api()
      .patch(`/api/v1/experts/${id}`)
      .set(auth(expertUser))
      .send({ availability: 'limited' })
      .expect(200);
    expect(edited.body.availability).toBe('limited');
    const mine = await api().get('/api/v1/experts/claimed').set(auth(expertUser)).expect(200);
    expect(mine.body.map((e: { id: string }) => e.id)).toEqual([id]);
    // The expert edits their profile but does not moderate it or act for the society.
    await api().post(`/api/v1/experts/${id}/publish`).set(auth(expertUser)).expect(403);
    await api().post(`/api/v1/experts/${id}/claim-invitations`).set(auth(expertUser)).expect(409);
  });

  it('needs an email on the profile before inviting', async () => {
    const id = await createPosting(app, 'expert', secretary, society, { email: undefined });
    const response = await api()
      .post(`/api/v1/experts/${id}/claim-invitations`)
      .set(auth(secretary))
      .expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'email', code: 'expert-email-missing' }),
    ]);
  });
});

describe('societies and service stations', () => {
  it('lists verified societies with counts, and lets the society manage its stations', async () => {
    const station = await api()
      .post(`/api/v1/societies/${society}/stations`)
      .set(auth(secretary))
      .send({ name: '常州服务站', regionCode: '320400', contactName: '钱工' })
      .expect(201);
    expect(station.body).toMatchObject({
      name: '常州服务站',
      regionName: expect.stringContaining('常州'),
      expertCount: 0,
    });
    const expert = await createPosting(app, 'expert', secretary, society, { stationId: station.body.id });
    await publishPosting(app, 'expert', secretary, moderator, expert);

    const detail = await api().get(`/api/v1/societies/${society}`).expect(200);
    expect(detail.body).toMatchObject({ name: '中国汽车工程学会', canEdit: false });
    expect(detail.body.stations).toEqual([expect.objectContaining({ id: station.body.id, expertCount: 1 })]);
    const listed = await api().get('/api/v1/societies').query({ q: '汽车工程' }).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: society, stationCount: 1 })]);
    const byStation = await api().get('/api/v1/experts').query({ stationId: station.body.id }).expect(200);
    expect(byStation.body.items.map((e: { id: string }) => e.id)).toEqual([expert]);

    const outsider = await signUp(app);
    await api()
      .patch(`/api/v1/societies/${society}/stations/${station.body.id}`)
      .set(auth(outsider))
      .send({ name: 'x' })
      .expect(404);
    await api()
      .patch(`/api/v1/societies/${society}`)
      .set(auth(secretary))
      .send({ website: 'https://www.sae-china.org', fields: ['EV'] })
      .expect(200);
    await api()
      .delete(`/api/v1/societies/${society}/stations/${station.body.id}`)
      .set(auth(secretary))
      .expect(204);
    const after = await api().get(`/api/v1/experts/${expert}`).expect(200);
    expect(after.body).toMatchObject({ stationId: null, stationName: null });
  });

  it('keeps a deleted station deleted when an edit races the delete', async () => {
    for (let round = 0; round < 30; round += 1) {
      const { body: station } = await api()
        .post(`/api/v1/societies/${society}/stations`)
        .set(auth(secretary))
        .send({ name: `竞态服务站${round}`, regionCode: '320400' })
        .expect(201);
      // The delete is sent first and the edit a moment after it (varied by round): in some rounds the
      // delete commits between the edit's read and its write.
      const [deleted, edited] = await Promise.all([
        api().delete(`/api/v1/societies/${society}/stations/${station.id}`).set(auth(secretary)),
        sleep(1 + (round % 4)).then(() =>
          api()
            .patch(`/api/v1/societies/${society}/stations/${station.id}`)
            .set(auth(secretary))
            .send({ contactName: '钱工' }),
        ),
      ]);
      expect(deleted.status).toBe(204);
      expect([200, 404]).toContain(edited.status);
      const detail = await api().get(`/api/v1/societies/${society}`).expect(200);
      expect(detail.body.stations.map((s: { id: string }) => s.id)).not.toContain(station.id);
    }
  });

  it('refuses a station of another society on an expert profile', async () => {
    const other = await signUp(app);
    const otherSociety = await createOrganization(app, other, { type: 'society' });
    const foreign = await api()
      .post(`/api/v1/societies/${otherSociety}/stations`)
      .set(auth(other))
      .send({ name: '别家服务站', regionCode: '110000' })
      .expect(201);
    const response = await api()
      .post('/api/v1/experts')
      .set(auth(secretary))
      .set('x-organization-id', society)
      .send(CATALOGUE_KINDS.expert.body({ stationId: foreign.body.id }))
      .expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'stationId', code: 'station-not-found' }),
    ]);
  });

  it('registers a new society through the API, unlisted until verified', async () => {
    const founder = await signUp(app);
    const created = await api()
      .post('/api/v1/societies')
      .set(auth(founder))
      .send({ name: '中国仪器仪表学会', creditCode: testCreditCode(), regionCode: '110108', fields: ['EQ'] })
      .expect(201);
    expect(created.body).toMatchObject({ canEdit: true, fields: ['EQ'], expertCount: 0 });
    await api().get(`/api/v1/societies/${created.body.id}`).expect(404);
  });
});
