import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { yuanToWan } from '#core';
import { MEASURED_FIGURES, ReportingDaily, type Figure } from '#reporting';
import type { TestApp } from '../support/app-harness.js';
import { as, daysAgo } from '../support/deals.js';
import type { SignedInUser } from '../support/http.js';
import {
  filtersWhere,
  insertVisit,
  readOverview,
  startWalkApp,
  walkOf,
  type OverviewFilters,
} from '../support/reporting-walk.js';

/**
 * The dashboards read `reporting_daily`, `reporting_daily_parties` and `reporting_daily_industries`,
 * aggregates of the `reporting_facts` view that triggers mark dirty and reads re-count: after any write to
 * the records (or to an organization's industry) the overview, filtered or not, and the drill-down's total
 * and records must say exactly what a count over the view says. Random writes of every kind the view counts
 * (seeded, so a failure replays), each followed by the overview of the platform, of a city, by
 * organization, industry and technology field and of a society's own scope, and one figure's drill-down,
 * compared with the view; then the nightly check must find a difference slipped into any aggregate behind
 * the triggers' back.
 */
let app: TestApp;
let admin: SignedInUser;
/** The society's owner, who reads its own scope. */
let societyOwner: SignedInUser;
/**
 * Enterprise, society, enterprise; the first two in 制造业 (C) at first, in two of its industries (3841
 * and 38), so a record of both is of the industry once; the third (and `spare`) in 6520 (I).
 */
let organizations: string[];
/** An organization registered to the event only when a registration is handed to it. */
let spare: string;
let demand: string;
let event: string;
let registrations: { id: string; organization: string }[];
const period = { from: daysAgo(40), to: daysAgo(0) };

/** The filters an overview is read with (besides the period); `society` reads as the society's owner. */
type Filters = OverviewFilters;

const readAs = (filters: Filters) => (filters.society ? as(societyOwner, organizations[1]) : as(admin));
const queryOf = ({ society: _, ...filters }: Filters) => ({ ...period, ...filters });

const overview = (filters: Filters = {}) => readOverview(app, queryOf(filters), readAs(filters));

/** The view's rows the filters keep (the society's own scope: the second organization's). */
const viewWhere = (filters: Filters) => filtersWhere(period, filters, organizations[1]!);

/** The figures as a direct count over the view gives them, in the overview's units. */
async function countedFromView(filters: Filters) {
  const { where, params } = viewWhere(filters);
  const rows = await app.dataSource.query<{ figure: string; n: number; amount: string | null }[]>(
    `SELECT figure, count(*)::int AS n, sum(amount)::text AS amount FROM reporting_facts WHERE ${where} GROUP BY figure`,
    params,
  );
  return Object.fromEntries(
    rows.map((row) => [
      row.figure,
      {
        count: row.n,
        amount: ['deals-confirmed', 'contract-value', 'financing-raised'].includes(row.figure)
          ? yuanToWan(row.amount)
          : row.figure === 'ratings'
            ? Math.round((Number(row.amount) / row.n) * 100) / 100
            : null,
      },
    ]),
  );
}

/** The figures summed from `reporting_facts` (the others are medians and distinct counts of their own view). */
const additive = (figure: string) => !MEASURED_FIGURES[figure as Figure];

/** Every way the walk reads the overview: the platform, a city, each filter, a society's own scope. */
const FILTERS: (() => Filters)[] = [
  () => ({}),
  () => ({ regionCode: '320100' }),
  () => ({ organizationId: organizations[0] }),
  () => ({ organizationId: spare }),
  () => ({ regionCode: '320100', organizationId: organizations[2] }),
  () => ({ industryCode: 'C' }),
  () => ({ industryCode: 'I' }),
  () => ({ regionCode: '320100', industryCode: '38' }),
  () => ({ society: true, industryCode: 'C' }),
  () => ({ techField: 'EV' }),
  () => ({ society: true }),
  () => ({ society: true, organizationId: organizations[0] }),
];

/** Compares the overview under every filter with the view; returns the figures that counted any. */
async function expectOverviewToMatchView(step: string): Promise<string[]> {
  const counted: string[] = [];
  for (const filters of FILTERS.map((f) => f())) {
    const seen = await overview(filters);
    const expected = await countedFromView(filters);
    const got = Object.fromEntries(
      seen.figures
        .filter((f) => f.count > 0 && additive(f.figure))
        .map((f) => [f.figure, { count: f.count, amount: f.amount }]),
    );
    expect({ step, filters, figures: got }).toEqual({ step, filters, figures: expected });
    for (const f of seen.figures.filter((f) => additive(f.figure)))
      expect(seen.monthly[f.figure]!.reduce((a, b) => a + b, 0)).toBe(f.count);
    counted.push(...Object.keys(got));
  }
  return counted;
}

/** A figure's drill-down under some filters: its total and its records, newest first, as the view has them. */
async function expectRecordsToMatchView(step: string, figure: string, filters: Filters) {
  const seen = (
    await request(app.baseUrl)
      .get(`/api/v1/statistics/${figure}/records`)
      .query(queryOf(filters))
      .set(readAs(filters))
      .expect(200)
  ).body as { total: number; records: { id: string; day: string }[] };
  const { where, params } = viewWhere(filters);
  params.push(figure);
  const rows = await app.dataSource.query<{ id: string; day: string }[]>(
    `SELECT record_id AS id, to_char(day, 'YYYY-MM-DD') AS day FROM reporting_facts
      WHERE ${where} AND figure = $${params.length} ORDER BY day DESC, record_id DESC`,
    params,
  );
  expect({
    step,
    figure,
    filters,
    total: seen.total,
    records: seen.records.map((r) => [r.id, r.day]),
  }).toEqual({
    step,
    figure,
    filters,
    total: rows.length,
    records: rows.slice(0, 200).map((r) => [r.id, r.day]),
  });
}

/**
 * The aggregates (after a read freshened them) equal the view grouped the same way, every column; the
 * industries' as the migration defines them, the sorted distinct industries of the record's parties.
 */
async function expectAggregateToEqualView() {
  await app.api.get(ReportingDaily, { strict: false }).freshen();
  const keys = 'figure, day, region_code, deal_kind, tech_field, seller_type, ip_type, buyer_region_code';
  const facts = `(SELECT *, ARRAY(SELECT DISTINCT industry_code FROM organizations
                                  WHERE id = ANY(organization_ids) AND industry_code IS NOT NULL ORDER BY 1)
                            AS industry_codes
                    FROM reporting_facts) f`;
  for (const [table, columns] of [
    ['reporting_daily', keys],
    ['reporting_daily_parties', `${keys}, organization_ids`],
    ['reporting_daily_industries', `${keys}, industry_codes`],
  ] as const) {
    const [{ differing }] = await app.dataSource.query<{ differing: number }[]>(
      `SELECT count(*)::int AS differing FROM (
         (SELECT ${columns}, count(*)::int AS n, sum(amount)::bigint AS amount FROM ${facts} GROUP BY ${columns}
          EXCEPT ALL SELECT ${columns}, n, amount FROM ${table})
         UNION ALL
         (SELECT ${columns}, n, amount FROM ${table}
          EXCEPT ALL SELECT ${columns}, count(*)::int, sum(amount)::bigint FROM ${facts} GROUP BY ${columns})) d`,
    );
    expect({ table, differing }).toEqual({ table, differing: 0 });
  }
}

beforeAll(async () => {
  const setUp = await startWalkApp(
    [
      { type: 'enterprise', regionCode: '320115' },
      { type: 'society', regionCode: '320102' },
      { type: 'enterprise', regionCode: '320205' },
      { type: 'enterprise', regionCode: '320115' },
    ],
    { demands: 1, organizer: 0, registered: [0, 1, 2] },
  );
  ({ app, admin, event, registrations } = setUp);
  societyOwner = setUp.owners[1]!;
  organizations = setUp.organizations.slice(0, 3);
  spare = setUp.organizations[3]!;
  demand = setUp.demands[0]!;
  await app.dataSource.query(
    `UPDATE organizations SET industry_code = CASE id WHEN $1 THEN '3841' WHEN $2 THEN '38' ELSE '6520' END
      WHERE id = ANY($3)`,
    [organizations[0], organizations[1], setUp.organizations],
  );
});

afterAll(async () => {
  await app.close();
});

describe('the overview read from the daily aggregate', () => {
  it('equals a count over reporting_facts after every kind of write, in any order', async () => {
    const walk = walkOf(app, 38);
    const { db, pick, pair, someRow, moment, day } = walk;

    const writes = {
      'match created': () => {
        const [source, candidate] = pair(organizations);
        return db(
          `INSERT INTO matches (source_kind, source_id, source_organization_id, candidate_kind, candidate_id,
                                candidate_organization_id, score, features, reasons, status, created_at, updated_at)
           VALUES ('demand', gen_random_uuid(), $1, 'achievement', gen_random_uuid(), $2, 0.5, '{}', '[]', 'new', $3, $3)`,
          [source, candidate, moment()],
        );
      },
      'match superseded': async () =>
        db(`UPDATE matches SET superseded_at = now() WHERE id = $1`, [
          await someRow('SELECT id FROM matches WHERE superseded_at IS NULL'),
        ]),
      'match declined': async () =>
        db(`UPDATE matches SET status = 'declined', decline_reason_code = $2 WHERE id = $1`, [
          await someRow(`SELECT id FROM matches WHERE status <> 'declined'`),
          pick(['too-early', 'budget-mismatch', 'region']),
        ]),
      'decline re-dated': async () =>
        db(`UPDATE matches SET declined_at = $2 WHERE id = $1`, [
          await someRow(`SELECT id FROM matches WHERE status = 'declined'`),
          moment(),
        ]),
      'declined match answered otherwise': async () =>
        db(`UPDATE matches SET status = 'shortlisted' WHERE id = $1`, [
          await someRow(`SELECT id FROM matches WHERE status = 'declined'`),
        ]),
      'match contacted': async () =>
        db(
          `INSERT INTO conversations (match_id, source_organization_id, candidate_organization_id, subject, created_at, last_message_at)
           SELECT id, source_organization_id, candidate_organization_id, '对接', $2, $2 FROM matches WHERE id = $1`,
          [
            await someRow(
              'SELECT id FROM matches WHERE id NOT IN (SELECT match_id FROM conversations WHERE match_id IS NOT NULL)',
            ),
            moment(),
          ],
        ),
      'conversation started': () => {
        const [source, candidate] = pair(organizations);
        return db(
          `INSERT INTO conversations (source_organization_id, candidate_organization_id, subject, created_at, last_message_at)
           VALUES ($1, $2, '对接', $3, $3)`,
          [source, candidate, moment()],
        );
      },
      ...walk.shared({
        recordedBy: admin.id,
        organizations,
        registrable: [...organizations, spare],
        demands: [demand],
        event,
        registrations,
      }),
      'deal re-dated': async () =>
        db(`UPDATE deals SET signed_on = $2 WHERE id = $1`, [await someRow('SELECT id FROM deals'), day()]),
      'rating given': () => {
        const [enterprise, provider] = pair(organizations);
        return db(
          `INSERT INTO ratings (enterprise_id, subject_type, subject_id, provider_organization_id, score, rated_by, created_at)
           VALUES ($1, 'visit', gen_random_uuid(), $2, $3, $4, $5)`,
          [enterprise, provider, 1 + Math.floor(walk.random() * 5), admin.id, moment()],
        );
      },
      'demand re-dated': () => db(`UPDATE demands SET created_at = $2 WHERE id = $1`, [demand, moment()]),
      'demand solved or reopened': () =>
        db(`UPDATE demands SET status = $2 WHERE id = $1`, [demand, pick(['solved', 'solved', 'published'])]),
      'solved demand re-dated': () =>
        db(`UPDATE demands SET solved_at = $2 WHERE id = $1 AND status = 'solved'`, [demand, moment()]),
      'organization re-classified': () =>
        db('UPDATE organizations SET industry_code = $2 WHERE id = $1', [
          pick([...organizations, spare]),
          pick(['3841', '6520', null]),
        ]),
    };

    await expectOverviewToMatchView('before any write');
    const counted = await walk.through(writes, 60, async (step, index) => {
      const figures = await expectOverviewToMatchView(step);
      // The drill-downs of the summed figures (the measured ones are reporting-outcomes.e2e's).
      const summed = (await overview()).figures.map((f) => f.figure).filter(additive);
      await expectRecordsToMatchView(
        step,
        summed[index % summed.length]!,
        FILTERS[index % FILTERS.length]!(),
      );
      return figures;
    });
    await expectAggregateToEqualView();
    // The walk reached every figure, so the comparisons above had something to compare.
    expect([...counted].sort()).toEqual(
      (await overview()).figures
        .map((f) => f.figure)
        .filter(additive)
        .sort(),
    );
  }, 90_000);

  it('counts a deal the moment the second side confirms it and not once it is disputed, through the API', async () => {
    const counted = async () => (await overview()).figures.find((f) => f.figure === 'deals-confirmed')!.count;
    const before = await counted();
    const [{ id }] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO deals (buyer_organization_id, buyer_type, buyer_region_code, seller_organization_id, seller_type,
                          seller_region_code, kind, category, project_name, contract_value_yuan, signed_on, stage,
                          stage_dates, status, created_by)
       VALUES ($1, 'enterprise', '320115', $2, 'university', '320102', 'tech-transfer', 'technology', '项目', 10000,
               $3, 'signed', '{}', 'pending', $4) RETURNING id`,
      [organizations[0], organizations[1], daysAgo(1), admin.id],
    );
    expect(await counted()).toBe(before);
    await app.dataSource.query(`UPDATE deals SET status = 'confirmed' WHERE id = $1`, [id]);
    expect(await counted()).toBe(before + 1);
    await app.dataSource.query(`UPDATE deals SET status = 'disputed' WHERE id = $1`, [id]);
    expect(await counted()).toBe(before);
  });
});

describe('the filtered overview read from the parties aggregate', () => {
  it("moves an event's meetings to the organization a registration is handed to", async () => {
    const held = async (organizationId: string) =>
      (await overview({ organizationId })).figures.find((f) => f.figure === 'meetings')!.count;
    const from = registrations.find((r) => r.organization !== spare)!;
    const other = registrations.find((r) => r !== from)!;
    const [{ id }] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO event_meetings (event_id, registration_a_id, registration_b_id) VALUES ($1, $2, $3) RETURNING id`,
      [event, from.id, other.id],
    );
    await app.dataSource.query(
      `INSERT INTO event_meeting_outcomes (meeting_id, organization_id, event_id, outcome, recorded_by, recorded_at)
       VALUES ($1, $2, $3, 'held', $4, now() - interval '3 days')`,
      [id, from.organization, event, admin.id],
    );
    const to = [...organizations, spare].find((o) => !registrations.some((r) => r.organization === o))!;
    const before = { from: await held(from.organization), to: await held(to) };
    await app.dataSource.query('UPDATE event_registrations SET organization_id = $2 WHERE id = $1', [
      from.id,
      to,
    ]);
    const handedOver = from.organization;
    from.organization = to;
    await expectOverviewToMatchView('after a registration was handed over');
    // The organizer counts every meeting of its event; anyone else loses or gains this one.
    const organizer = organizations[0];
    expect(await held(to)).toBe(before.to + 1);
    expect(await held(handedOver)).toBe(handedOver === organizer ? before.from : before.from - 1);
  });
});

describe('the overview by industry read from the industries aggregate', () => {
  const visits = async (industryCode: string) =>
    (await overview({ industryCode })).figures.find((f) => f.figure === 'visits')!.count;
  const classify = (codes: Record<string, string>) =>
    app.dataSource.query(
      `UPDATE organizations SET industry_code = ($2::jsonb ->> id::text) WHERE id = ANY($1::uuid[])`,
      [Object.keys(codes), JSON.stringify(codes)],
    );
  const visit = (organization: string, enterprise: string) =>
    insertVisit(app, { organization, enterprise, day: daysAgo(3), createdBy: admin.id });

  beforeAll(async () => {
    // As at first (the walk re-classified some).
    await classify({
      [organizations[0]!]: '3841',
      [organizations[1]!]: '38',
      [organizations[2]!]: '6520',
      [spare]: '6520',
    });
  });

  it('counts a record whose parties are in two industries of the filter once', async () => {
    const before = { C: await visits('C'), '38': await visits('38'), I: await visits('I') };
    await visit(organizations[1]!, organizations[0]!);
    expect({ C: await visits('C'), '38': await visits('38'), I: await visits('I') }).toEqual({
      C: before.C + 1,
      '38': before['38'] + 1,
      I: before.I,
    });
    // Kept as one row of both industries, not a row of each.
    const [{ both }] = await app.dataSource.query<{ both: number }[]>(
      `SELECT count(*)::int AS both FROM reporting_daily_industries
        WHERE figure = 'visits' AND day = $1 AND industry_codes = '{38,3841}'`,
      [daysAgo(3)],
    );
    expect(both).toBeGreaterThan(0);
    await expectOverviewToMatchView('after a visit of two industries of C');
  });

  it("moves an organization's records to its new industry on the next read", async () => {
    await visit(organizations[2]!, spare);
    expect(await visits('I')).toBeGreaterThan(0);
    // Both organizations of I into C in one statement: every visit has a party of C then.
    await classify({ [organizations[2]!]: '3841', [spare]: '3841' });
    expect(await visits('I')).toBe(0);
    expect(await visits('C')).toBe((await overview()).figures.find((f) => f.figure === 'visits')!.count);
    await expectOverviewToMatchView('after two organizations were re-classified');
    await expectAggregateToEqualView();
  });
});

describe('the drill-down', () => {
  it('lists the newest 200 of more records exactly, read from the day the aggregate says they start', async () => {
    await app.dataSource.query(
      `INSERT INTO visits (organization_id, enterprise_id, enterprise_region_code, visited_on, place, people_met,
                           findings, needs, created_by)
       SELECT $1, $2, '320115', $3::date - (i % 30), '车间', '[]', '走访', '[]', $4 FROM generate_series(1, 260) i`,
      [organizations[1], organizations[0], daysAgo(1), admin.id],
    );
    for (const filters of [
      {},
      { organizationId: organizations[1] },
      { society: true },
      { industryCode: 'C' },
    ])
      await expectRecordsToMatchView('260 visits more', 'visits', filters);
    // An aggregate that claims more on the newest day than there are (as a write behind the triggers' back
    // would leave it until the nightly check) still gets the newest 200: the whole period is read instead.
    await app.dataSource.query(
      `INSERT INTO reporting_daily (figure, day, region_code, n) VALUES ('visits', $1, '320115', 500)`,
      [daysAgo(0)],
    );
    const seen = (
      await request(app.baseUrl)
        .get('/api/v1/statistics/visits/records')
        .query(period)
        .set(as(admin))
        .expect(200)
    ).body as { records: { id: string }[] };
    const { where, params } = viewWhere({});
    const newest = await app.dataSource.query<{ id: string }[]>(
      `SELECT record_id AS id FROM reporting_facts WHERE ${where} AND figure = 'visits'
        ORDER BY day DESC, record_id DESC LIMIT 200`,
      params,
    );
    expect(seen.records.map((r) => r.id)).toEqual(newest.map((r) => r.id));
    await app.dataSource.query(`DELETE FROM reporting_daily WHERE n = 500 AND figure = 'visits'`);
  });
});

describe('the nightly check', () => {
  it('finds a difference slipped into any aggregate, reports it and the next read repairs it', async () => {
    const daily = app.api.get(ReportingDaily, { strict: false });
    const visit = { organization: organizations[1]!, enterprise: organizations[0]!, createdBy: admin.id };
    await insertVisit(app, { ...visit, day: daysAgo(2) });
    await daily.freshen();
    expect(await daily.check()).toEqual({ differences: 0, sample: [] });
    const [row] = await app.dataSource.query<{ figure: string; day: string }[]>(
      `WITH changed AS (
         UPDATE reporting_daily SET n = n + 1
          WHERE ctid = (SELECT ctid FROM reporting_daily WHERE figure = 'visits' AND day = $1 LIMIT 1)
         RETURNING figure, to_char(day, 'YYYY-MM-DD') AS day)
       SELECT * FROM changed`,
      [daysAgo(2)],
    );
    expect(row).toBeDefined();
    // A write no trigger sees (on another day), as a TRUNCATE or a restore would be.
    const unseenDay = row!.day === daysAgo(39) ? daysAgo(38) : daysAgo(39);
    await insertVisit(app, { ...visit, day: unseenDay, unseen: true });
    // And one behind the parties aggregate's (a visit counted for another organization, on a third day).
    const otherDay = [daysAgo(37), daysAgo(36)].find((d) => d !== row!.day)!;
    await app.dataSource.query(
      `INSERT INTO reporting_daily_parties (figure, day, region_code, organization_ids, n)
       VALUES ('visits', $1, '320115', ARRAY[$2::uuid], 1)`,
      [otherDay, spare],
    );
    // And one behind the industries aggregate's: a row's industries as a missed re-classification leaves them.
    const [stale] = await app.dataSource.query<{ figure: string; day: string }[]>(
      `WITH changed AS (
         UPDATE reporting_daily_industries SET industry_codes = array_append(industry_codes, '0111')
          WHERE ctid = (SELECT ctid FROM reporting_daily_industries WHERE day <> ALL($1::date[]) LIMIT 1)
         RETURNING figure, to_char(day, 'YYYY-MM-DD') AS day)
       SELECT * FROM changed`,
      [[row!.day, unseenDay, otherDay]],
    );
    expect(stale).toBeDefined();
    const report = await daily.check();
    expect(report.differences).toBe(4);
    expect(report.sample).toEqual(
      expect.arrayContaining([
        row,
        { figure: 'visits', day: unseenDay },
        { figure: 'visits', day: otherDay },
        stale,
      ]),
    );
    await expectOverviewToMatchView('after the check');
    await expectAggregateToEqualView();
    expect(await daily.check()).toEqual({ differences: 0, sample: [] });
  });
});
