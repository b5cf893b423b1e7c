import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { industryCodesWithin, techFieldWithSubfields, yuanToWan } from '#core';
import { MEASURED_FIGURES, ReportingDaily, type Figure } from '#reporting';
import { startTestApp, type TestApp } from '../support/app-harness.js';
import { as, daysAgo } from '../support/deals.js';
import {
  createDemand,
  createOrganization,
  grantPlatformRole,
  publishDemand,
  signUp,
  type SignedInUser,
} from '../support/http.js';

/**
 * The dashboards read `reporting_daily` and `reporting_daily_parties`, aggregates of the `reporting_facts`
 * view that triggers mark dirty and reads re-count: after any write to the records the overview, filtered
 * or not, and the drill-down's total and records must say exactly what a count over the view says. Random
 * writes of every kind the view counts (seeded, so a failure replays), each followed by the overview of the
 * platform, of a city, by organization, industry and technology field and of a society's own scope, and
 * one figure's drill-down, compared with the view; then the nightly check must find a difference slipped
 * into either aggregate behind the triggers' back.
 */
let app: TestApp;
let admin: SignedInUser;
/** The society's owner, who reads its own scope. */
let societyOwner: SignedInUser;
/** Enterprise, society, enterprise; the first two in 制造业 (C) at first. */
let organizations: string[];
/** An organization registered to the event only when a registration is handed to it. */
let spare: string;
let demand: string;
let event: string;
let registrations: { id: string; organization: string }[];
const period = { from: daysAgo(40), to: daysAgo(0) };
const REGIONS = ['320102', '320115', '320205'];

interface Overview {
  figures: { figure: string; count: number; amount: number | null }[];
  monthly: Record<string, number[]>;
}

/** mulberry32: a small seeded generator, so a failing sequence of writes can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The filters an overview is read with (besides the period); `society` reads as the society's owner. */
interface Filters {
  regionCode?: string;
  organizationId?: string;
  industryCode?: string;
  techField?: string;
  society?: boolean;
}

const readAs = (filters: Filters) => (filters.society ? as(societyOwner, organizations[1]) : as(admin));
const queryOf = ({ society: _, ...filters }: Filters) => ({ ...period, ...filters });

async function overview(filters: Filters = {}): Promise<Overview> {
  return (
    await request(app.baseUrl)
      .get('/api/v1/statistics/overview')
      .query(queryOf(filters))
      .set(readAs(filters))
      .expect(200)
  ).body as Overview;
}

/** The view's rows the filters keep, written here from the filters' definitions (docs/REPORTING.md). */
function viewWhere(filters: Filters): { where: string; params: unknown[] } {
  const params: unknown[] = [period.from, period.to, `${filters.regionCode?.replace(/(00)+$/, '') ?? ''}%`];
  const clauses = ['day BETWEEN $1 AND $2', 'region_code LIKE $3'];
  for (const party of [filters.organizationId, filters.society ? organizations[1] : undefined])
    if (party) {
      params.push(party);
      clauses.push(`$${params.length}::uuid = ANY(organization_ids)`);
    }
  if (filters.industryCode) {
    params.push(industryCodesWithin(filters.industryCode));
    clauses.push(
      `EXISTS (SELECT 1 FROM organizations o WHERE o.id = ANY(organization_ids) AND o.industry_code = ANY($${params.length}))`,
    );
  }
  if (filters.techField) {
    params.push(techFieldWithSubfields(filters.techField));
    clauses.push(`tech_field = ANY($${params.length})`);
  }
  return { where: clauses.join(' AND '), params };
}

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

/** Both aggregates (after a read freshened them) equal the view grouped the same way, every column. */
async function expectAggregateToEqualView() {
  await app.api.get(ReportingDaily, { strict: false }).freshen();
  const keys = 'figure, day, region_code, deal_kind, tech_field, seller_type, ip_type, buyer_region_code';
  for (const [table, columns] of [
    ['reporting_daily', keys],
    ['reporting_daily_parties', `${keys}, organization_ids`],
  ] as const) {
    const [{ differing }] = await app.dataSource.query<{ differing: number }[]>(
      `SELECT count(*)::int AS differing FROM (
         (SELECT ${columns}, count(*)::int AS n, sum(amount)::bigint AS amount FROM reporting_facts GROUP BY ${columns}
          EXCEPT ALL SELECT ${columns}, n, amount FROM ${table})
         UNION ALL
         (SELECT ${columns}, n, amount FROM ${table}
          EXCEPT ALL SELECT ${columns}, count(*)::int, sum(amount)::bigint FROM reporting_facts GROUP BY ${columns})) d`,
    );
    expect({ table, differing }).toEqual({ table, differing: 0 });
  }
}

beforeAll(async () => {
  app = await startTestApp({ worker: false });
  const users = await Promise.all(Array.from({ length: 6 }, () => signUp(app)));
  const [owner, moderator] = users;
  admin = users[2]!;
  await grantPlatformRole(app, moderator!, 'moderator');
  await grantPlatformRole(app, admin, 'admin');
  organizations = [
    await createOrganization(app, owner!, { type: 'enterprise', regionCode: '320115' }),
    await createOrganization(app, users[3]!, { type: 'society', regionCode: '320102' }),
    await createOrganization(app, users[4]!, { type: 'enterprise', regionCode: '320205' }),
  ];
  societyOwner = users[3]!;
  spare = await createOrganization(app, users[5]!, { type: 'enterprise', regionCode: '320115' });
  await app.dataSource.query(
    `UPDATE organizations SET industry_code = CASE id WHEN $1 THEN '3841' WHEN $2 THEN '38' ELSE '6510' END
      WHERE id = ANY($3)`,
    [organizations[0], organizations[1], [...organizations, spare]],
  );
  demand = await createDemand(app, owner!, organizations[0]!);
  await publishDemand(app, owner!, moderator!, demand);
  [{ id: event }] = await app.dataSource.query<{ id: string }[]>(
    `INSERT INTO matchmaking_events (organizer_organization_id, title, kind, format, region_code, plan, tables,
            max_meetings_per_participant, registration_deadline, request_mode, scheduling_mode, created_by)
     VALUES ($1, '对接会', 'one-to-one', 'onsite', '320105', '{}', '[]', 40, now(), 'approval', 'organizer', $2)
     RETURNING id`,
    [organizations[0], admin.id],
  );
  registrations = [];
  for (const organization of organizations) {
    const [{ id }] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO event_registrations (event_id, organization_id, postings, status, check_in_token, created_by)
       VALUES ($1, $2, '[]', 'approved', md5(random()::text), $3) RETURNING id`,
      [event, organization, admin.id],
    );
    registrations.push({ id, organization });
  }
});

afterAll(async () => {
  await app.close();
});

describe('the overview read from the daily aggregate', () => {
  it('equals a count over reporting_facts after every kind of write, in any order', async () => {
    const seed = Number(process.env.REPORTING_SEED ?? 18);
    const random = seeded(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const db = (sql: string, params: unknown[] = []) => app.dataSource.query(sql, params);
    // A moment in the period, at any hour: Beijing days and UTC days differ for eight hours of each.
    const moment = () => new Date(Date.now() - Math.floor(random() * 38 * 86_400_000)).toISOString();
    const day = () => daysAgo(Math.floor(random() * 38));
    const two = () => {
      const first = Math.floor(random() * organizations.length);
      return [organizations[first]!, organizations[(first + 1) % organizations.length]!] as const;
    };
    // One of the rows `sql` selects, chosen by the seeded generator (ORDER BY random() would not replay).
    const someRow = async (sql: string) =>
      (
        (await db(
          `SELECT id FROM (${sql}) s ORDER BY id OFFSET floor($1::float8 * (SELECT count(*) FROM (${sql}) c))::int LIMIT 1`,
          [random()],
        )) as { id: string }[]
      )[0]?.id;

    const writes: Record<string, () => Promise<unknown>> = {
      'match created': () => {
        const [source, candidate] = two();
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
      'match contacted': async () => {
        const [match] = (await db(
          `SELECT id, source_organization_id AS source, candidate_organization_id AS candidate FROM matches
            WHERE id = $1`,
          [
            await someRow(
              'SELECT id FROM matches WHERE id NOT IN (SELECT match_id FROM conversations WHERE match_id IS NOT NULL)',
            ),
          ],
        )) as { id: string; source: string; candidate: string }[];
        if (!match) return;
        const at = moment();
        return db(
          `INSERT INTO conversations (match_id, source_organization_id, candidate_organization_id, subject, created_at, last_message_at)
           VALUES ($1, $2, $3, '对接', $4, $4)`,
          [match.id, match.source, match.candidate, at],
        );
      },
      'conversation started': () => {
        const [source, candidate] = two();
        return db(
          `INSERT INTO conversations (source_organization_id, candidate_organization_id, subject, created_at, last_message_at)
           VALUES ($1, $2, '对接', $3, $3)`,
          [source, candidate, moment()],
        );
      },
      'meeting held or missed': async () => {
        const a = Math.floor(random() * registrations.length);
        const [ra, rb] = [registrations[a]!, registrations[(a + 1) % registrations.length]!];
        const [{ id }] = (await db(
          `INSERT INTO event_meetings (event_id, registration_a_id, registration_b_id) VALUES ($1, $2, $3) RETURNING id`,
          [event, ra.id, rb.id],
        )) as { id: string }[];
        for (const party of random() < 0.5 ? [ra] : [ra, rb])
          await db(
            `INSERT INTO event_meeting_outcomes (meeting_id, organization_id, event_id, outcome, recorded_by, recorded_at)
             VALUES ($1, $2, $3, $4, $5, $6)`,
            [id, party.organization, event, pick(['held', 'deal', 'no-show']), admin.id, moment()],
          );
      },
      'meeting record moved': async () =>
        db(`UPDATE event_meeting_outcomes SET recorded_at = $2 WHERE meeting_id = $1`, [
          await someRow('SELECT meeting_id AS id FROM event_meeting_outcomes'),
          moment(),
        ]),
      'meeting cancelled': async () =>
        db(`UPDATE event_meetings SET status = 'cancelled' WHERE id = $1`, [
          await someRow(`SELECT id FROM event_meetings WHERE status = 'scheduled'`),
        ]),
      'event moved': () => db(`UPDATE matchmaking_events SET region_code = $1`, [pick(['320105', '320206'])]),
      'deal recorded': () => {
        const [buyer, seller] = two();
        return db(
          `INSERT INTO deals (buyer_organization_id, buyer_type, buyer_region_code, seller_organization_id, seller_type,
                              seller_region_code, kind, category, project_name, contract_value_yuan, signed_on, stage,
                              stage_dates, status, created_by, tech_field, created_at)
           VALUES ($1, 'enterprise', $3, $2, 'university', $4, $5, $6, '项目', $7, $8, 'signed', '{}', $9, $10, $11, $12)`,
          [
            buyer,
            seller,
            pick(REGIONS),
            pick(REGIONS),
            pick(['tech-transfer', 'tech-development', 'equity']),
            pick(['technology', 'financing']),
            10_000 * Math.floor(1 + random() * 500),
            random() < 0.8 ? day() : null,
            pick(['pending', 'confirmed']),
            admin.id,
            pick(['EV-BATTERY', null]),
            moment(),
          ],
        );
      },
      'deal confirmed by the second side': async () =>
        db(`UPDATE deals SET status = 'confirmed' WHERE id = $1`, [
          await someRow(`SELECT id FROM deals WHERE status <> 'confirmed'`),
        ]),
      'deal disputed': async () =>
        db(`UPDATE deals SET status = 'disputed' WHERE id = $1`, [
          await someRow(`SELECT id FROM deals WHERE status = 'confirmed'`),
        ]),
      'deal re-dated': async () =>
        db(`UPDATE deals SET signed_on = $2 WHERE id = $1`, [await someRow('SELECT id FROM deals'), day()]),
      'visit made': () => {
        const [organization, enterprise] = two();
        return db(
          `INSERT INTO visits (organization_id, enterprise_id, enterprise_region_code, visited_on, place, people_met,
                               findings, needs, created_by)
           VALUES ($1, $2, $3, $4, '车间', '[]', '走访', '[]', $5)`,
          [organization, enterprise, pick(REGIONS), day(), admin.id],
        );
      },
      'visit deleted': async () =>
        db('DELETE FROM visits WHERE id = $1', [await someRow('SELECT id FROM visits')]),
      'rating given': () => {
        const [enterprise, provider] = two();
        return db(
          `INSERT INTO ratings (enterprise_id, subject_type, subject_id, provider_organization_id, score, rated_by, created_at)
           VALUES ($1, 'visit', gen_random_uuid(), $2, $3, $4, $5)`,
          [enterprise, provider, 1 + Math.floor(random() * 5), admin.id, moment()],
        );
      },
      'demand published again': () =>
        db(`UPDATE demands SET published_at = $2, visibility = $3, teaser = '某企业的需求' WHERE id = $1`, [
          demand,
          random() < 0.2 ? null : moment(),
          pick(['public', 'confidential']),
        ]),
      'demand re-dated': () => db(`UPDATE demands SET created_at = $2 WHERE id = $1`, [demand, moment()]),
      'demand solved or reopened': () =>
        db(`UPDATE demands SET status = $2 WHERE id = $1`, [demand, pick(['solved', 'solved', 'published'])]),
      'solved demand re-dated': () =>
        db(`UPDATE demands SET solved_at = $2 WHERE id = $1 AND status = 'solved'`, [demand, moment()]),
      'registration handed to another organization': async () => {
        // One with a meeting held, if any, so that the hand-over moves a figure.
        const held = await someRow(
          `SELECT r.id FROM event_registrations r JOIN event_meetings m ON r.id IN (m.registration_a_id, m.registration_b_id)
            WHERE m.status = 'scheduled'
              AND EXISTS (SELECT 1 FROM event_meeting_outcomes o WHERE o.meeting_id = m.id AND o.outcome <> 'no-show')`,
        );
        const registration = registrations.find((r) => r.id === held) ?? pick(registrations);
        const unregistered = [...organizations, spare].find(
          (o) => !registrations.some((r) => r.organization === o),
        )!;
        await db('UPDATE event_registrations SET organization_id = $2 WHERE id = $1', [
          registration.id,
          unregistered,
        ]);
        registration.organization = unregistered;
      },
      'organization re-classified': () =>
        db('UPDATE organizations SET industry_code = $2 WHERE id = $1', [
          pick([...organizations, spare]),
          pick(['3841', '6510', null]),
        ]),
      'organization moved': () =>
        db('UPDATE organizations SET region_code = $2 WHERE id = $1', [pick(organizations), pick(REGIONS)]),
    };

    await expectOverviewToMatchView('before any write');
    const counted = new Set<string>();
    const names = Object.keys(writes);
    for (let step = 0; step < 60; step += 1) {
      // Every kind once in turn, then at random.
      const name = step < names.length ? names[step]! : pick(names);
      await writes[name]!();
      for (const figure of await expectOverviewToMatchView(`seed ${seed}, step ${step}: ${name}`))
        counted.add(figure);
      // The drill-downs of the summed figures (the measured ones are reporting-outcomes.e2e's).
      const figures = (await overview()).figures.map((f) => f.figure).filter(additive);
      await expectRecordsToMatchView(
        `seed ${seed}, step ${step}: ${name}`,
        figures[step % figures.length]!,
        FILTERS[step % FILTERS.length]!(),
      );
    }
    await expectAggregateToEqualView();
    // The walk reached every figure, so the comparisons above had something to compare.
    expect([...counted].sort()).toEqual(
      (await overview()).figures
        .map((f) => f.figure)
        .filter(additive)
        .sort(),
    );
  });

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
  it('finds a difference slipped into the aggregate, reports it and the next read repairs it', async () => {
    const daily = app.api.get(ReportingDaily, { strict: false });
    await app.dataSource.query(
      `INSERT INTO visits (organization_id, enterprise_id, enterprise_region_code, visited_on, place, people_met,
                           findings, needs, created_by)
       VALUES ($1, $2, '320115', $3, '车间', '[]', '走访', '[]', $4)`,
      [organizations[1], organizations[0], daysAgo(2), admin.id],
    );
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
    await app.dataSource.query('ALTER TABLE visits DISABLE TRIGGER USER');
    await app.dataSource.query(
      `INSERT INTO visits (organization_id, enterprise_id, enterprise_region_code, visited_on, place, people_met,
                           findings, needs, created_by)
       VALUES ($1, $2, '320115', $3, '车间', '[]', '走访', '[]', $4)`,
      [organizations[1], organizations[0], unseenDay, admin.id],
    );
    await app.dataSource.query('ALTER TABLE visits ENABLE TRIGGER USER');
    // And one behind the parties aggregate's (a visit counted for another organization, on a third day).
    const otherDay = [daysAgo(37), daysAgo(36)].find((d) => d !== row!.day)!;
    await app.dataSource.query(
      `INSERT INTO reporting_daily_parties (figure, day, region_code, organization_ids, n)
       VALUES ('visits', $1, '320115', ARRAY[$2::uuid], 1)`,
      [otherDay, spare],
    );
    const report = await daily.check();
    expect(report.differences).toBe(3);
    expect(report.sample).toEqual(
      expect.arrayContaining([
        row,
        { figure: 'visits', day: unseenDay },
        { figure: 'visits', day: otherDay },
      ]),
    );
    await expectOverviewToMatchView('after the check');
    await expectAggregateToEqualView();
    expect(await daily.check()).toEqual({ differences: 0, sample: [] });
  });
});
