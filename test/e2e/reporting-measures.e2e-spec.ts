import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { MEASURED_FIGURES, ReportingMeasures, type Figure } from '#reporting';
import type { TestApp } from '../support/app-harness.js';
import { as, daysAgo } from '../support/deals.js';
import type { SignedInUser } from '../support/http.js';
import { measuresCounted } from '../support/measures.js';
import {
  filtersWhere,
  insertVisit,
  readOverview,
  startWalkApp,
  walkOf,
  type OverviewFilters,
} from '../support/reporting-walk.js';
import { claimedExpert } from '../support/services.js';

/**
 * The measured figures (time to first match and contact: medians; experts mobilized, enterprises served:
 * distinct counts) are read from `reporting_measure_rows` and `reporting_measure_months`, which triggers
 * mark dirty and reads re-count: after any write to the records the overview must say exactly what the
 * median or the distinct count over the `reporting_measures` view says — for the platform, a city, an
 * organization, over a period of partial months and one of whole months only — and over the whole months,
 * by industry, organization, field and a society's own scope (the months' parties answer most of them).
 * Random writes of every kind
 * the view reads (seeded, so a failure replays); then the nightly check must find and repair a difference
 * slipped in behind the triggers' back.
 */
let app: TestApp;
let admin: SignedInUser;
let organizations: string[];
let demands: string[];
let experts: { expertId: string; user: SignedInUser }[];
let event: string;
let registrations: { id: string; organization: string }[];
/** The society (organizations[2]) and its owner, who reads its own scope. */
let society: { id: string; owner: SignedInUser };
const MEASURED = Object.keys(MEASURED_FIGURES) as Figure[];
const REGIONS = ['320102', '320115', '320205'];

/** The first and last days of the month `back` months before this one (Beijing time, as the days are). */
function month(back: number): { from: string; to: string } {
  const [year, m] = daysAgo(0).split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, m - 1 - back, 1));
  const last = new Date(Date.UTC(year, m - back, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}
/** Partial first and last months around whole ones; whole months only. */
const PERIODS = [
  { from: daysAgo(75), to: daysAgo(0) },
  { from: month(2).from, to: month(1).to },
];

/** A viewer's scope and the overview's filters; `society` reads as the society's owner (its own scope). */
type Scope = OverviewFilters;
const SCOPES = (): Scope[] => [
  {},
  { regionCode: '320100' },
  { regionCode: '320205' },
  { organizationId: organizations[0]! },
];
/**
 * The filters read over whole months only, where the months answer them by their parties (an industry,
 * an organization, a society's own scope) — or do not (a field; a society's scope and an industry at once).
 */
const WHOLE_MONTH_SCOPES = (): Scope[] => [
  { industryCode: 'C' },
  { industryCode: 'C', regionCode: '320205' },
  { organizationId: organizations[1]! },
  { society: true },
  { society: true, industryCode: 'C' },
  { techField: 'EV' },
];

/** The overview once the write's re-count ran (an app without the worker runs the job's re-count itself). */
const overview = async (period: { from: string; to: string }, { society: own, ...scope }: Scope) => {
  await measuresCounted(app);
  return readOverview(app, { ...period, ...scope }, own ? as(society.owner, society.id) : as(admin));
};

/** The measured figures computed by hand over the view, in the overview's units: totals and per month. */
async function measuredFromView(period: { from: string; to: string }, scope: Scope) {
  const { where, params } = filtersWhere(period, scope, society.id);
  const rows = await app.dataSource.query<
    { figure: string; month: string | null; n: number; median: number | null }[]
  >(
    `SELECT figure, to_char(day, 'YYYY-MM') AS month, count(DISTINCT record_id)::int AS n,
            (percentile_cont(0.5) WITHIN GROUP (ORDER BY amount))::float8 AS median
       FROM reporting_measures WHERE ${where}
      GROUP BY GROUPING SETS ((figure, to_char(day, 'YYYY-MM')), (figure))`,
    params,
  );
  return rows;
}

/** Compares every scope's and period's measured figures with the view; returns the figures that counted any. */
async function expectMeasuresToMatchView(step: string): Promise<string[]> {
  const counted: string[] = [];
  const compared = [
    ...PERIODS.flatMap((period) => SCOPES().map((scope) => ({ period, scope }))),
    ...WHOLE_MONTH_SCOPES().map((scope) => ({ period: PERIODS[1]!, scope })),
  ];
  for (const { period, scope } of compared) {
    const seen = await overview(period, scope);
    const rows = await measuredFromView(period, scope);
    const expected = Object.fromEntries(
      MEASURED.map((figure) => {
        const total = rows.find((r) => r.figure === figure && r.month === null);
        return [
          figure,
          {
            count: total?.n ?? 0,
            amount:
              MEASURED_FIGURES[figure] === 'median' && total?.median != null
                ? Math.round(total.median / 360) / 10
                : null,
            monthly: seen.months.map((m) => rows.find((r) => r.figure === figure && r.month === m)?.n ?? 0),
          },
        ];
      }),
    );
    const got = Object.fromEntries(
      MEASURED.map((figure) => {
        const f = seen.figures.find((x) => x.figure === figure)!;
        return [figure, { count: f.count, amount: f.amount, monthly: seen.monthly[figure] }];
      }),
    );
    expect({ step, period, scope, figures: got }).toEqual({ step, period, scope, figures: expected });
    counted.push(...MEASURED.filter((f) => got[f]!.count > 0));
  }
  return counted;
}

interface Records {
  total: number;
  records: {
    id: string;
    kind: string;
    day: string;
    regionCode: string | null;
    amount: number | null;
    label: string | null;
  }[];
}

/**
 * The drill-downs of the measured figures for one period and scope, compared with the view read directly:
 * the total (records measured, distinct records), and the newest 200 — each record once with its latest
 * row (the lowest region breaking a tie), by day and record id descending — with the view's kind, label and
 * amount. Run right after a write, before any other read re-counts, so a stale read model fails it.
 */
async function expectDrillDownsToMatchView(step: string, period: { from: string; to: string }, scope: Scope) {
  await measuresCounted(app);
  for (const figure of MEASURED) {
    const seen = (
      await request(app.baseUrl)
        .get(`/api/v1/statistics/${figure}/records`)
        .query({ ...period, ...scope })
        .set(as(admin))
        .expect(200)
    ).body as Records;
    const rows = await app.dataSource.query<
      {
        id: string;
        kind: string;
        day: string;
        region_code: string | null;
        amount: string | null;
        label: string | null;
        total: number;
      }[]
    >(
      `SELECT id, kind, to_char(day, 'YYYY-MM-DD') AS day, region_code, amount, label, (count(*) OVER ())::int AS total
         FROM (
         SELECT DISTINCT ON (record_id) record_id AS id, kind, day, region_code, amount, label
           FROM reporting_measures
          WHERE figure = $5 AND day BETWEEN $1 AND $2 AND region_code LIKE $3
            AND ($4::uuid IS NULL OR $4 = ANY(organization_ids))
          ORDER BY record_id, day DESC, region_code) r
        ORDER BY r.day DESC, r.id DESC LIMIT 200`,
      [
        period.from,
        period.to,
        `${scope.regionCode?.replace(/(00)+$/, '') ?? ''}%`,
        scope.organizationId ?? null,
        figure,
      ],
    );
    const expected: Records = {
      total: rows[0]?.total ?? 0,
      records: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        day: r.day,
        regionCode: r.region_code,
        amount: r.amount === null ? null : Math.round(Number(r.amount) / 360) / 10,
        label: r.label,
      })),
    };
    expect({ step, figure, period, scope, ...seen }).toEqual({ step, figure, period, scope, ...expected });
  }
}

/**
 * After a read (which re-counted the dirty days), the read model holds exactly the view's rows, and the
 * months their numbers and parties: a stronger check than the figures, which a handful of experts and enterprises
 * counted in every region would hide (a record moved from one region to another it is counted in already).
 */
async function expectReadModelToEqualView(step: string) {
  const columns = 'figure, day, region_code, organization_ids, record_id, amount, tech_field, kind, label';
  // Per month, region and record: its rows, and every party of any of them once, in order.
  const months = `SELECT figure, month, region_code, record_id, count(DISTINCT at)::int AS n,
                         COALESCE(array_agg(DISTINCT party ORDER BY party) FILTER (WHERE party IS NOT NULL), '{}') AS parties
                    FROM (SELECT ctid AS at, figure, date_trunc('month', day)::date AS month, region_code, record_id,
                                 organization_ids FROM reporting_measure_rows
                           WHERE figure IN ('experts-mobilized', 'enterprises-served')) r
                    LEFT JOIN LATERAL unnest(organization_ids) party ON TRUE
                   GROUP BY 1, 2, 3, 4`;
  const kept = 'SELECT figure, month, region_code, record_id, n, parties FROM reporting_measure_months';
  const [{ rows, monthly }] = await app.dataSource.query<{ rows: number; monthly: number }[]>(
    `SELECT (SELECT count(*)::int FROM (
               (SELECT ${columns} FROM reporting_measures EXCEPT ALL SELECT ${columns} FROM reporting_measure_rows)
               UNION ALL
               (SELECT ${columns} FROM reporting_measure_rows EXCEPT ALL SELECT ${columns} FROM reporting_measures)) d) AS rows,
            (SELECT count(*)::int FROM (
               (${months} EXCEPT ALL ${kept}) UNION ALL (${kept} EXCEPT ALL ${months})) d) AS monthly`,
  );
  expect({ step, rows, monthly }).toEqual({ step, rows: 0, monthly: 0 });
}

beforeAll(async () => {
  // Two of the three registered: a registration can be handed over to the third.
  const setUp = await startWalkApp(
    [
      { type: 'enterprise', regionCode: '320115' },
      { type: 'enterprise', regionCode: '320205' },
      { type: 'society', regionCode: '320102' },
    ],
    { demands: 3, organizer: 2, registered: [0, 1] },
  );
  ({ app, admin, organizations, demands, event, registrations } = setUp);
  society = { id: organizations[2]!, owner: setUp.owners[2]! };
  // The industry filter (C 制造业) keeps the first enterprise's records: with the society as the other party
  // of most of them, a month's parties hold both.
  await app.dataSource.query(
    `UPDATE organizations SET industry_code = CASE id WHEN $1 THEN '3841' WHEN $2 THEN '6510' END WHERE id = ANY($3)`,
    [organizations[0], organizations[1], organizations],
  );
  experts = [];
  for (let i = 0; i < 3; i += 1) experts.push(await claimedExpert(app, setUp.owners[2]!, organizations[2]!));
});

afterAll(async () => {
  await app.close();
});

describe('the measured figures read from their read model', () => {
  it('equal the median and distinct count over reporting_measures after every kind of write', async () => {
    const walk = walkOf(app, 70);
    const { db, pick, someRow, day, random } = walk;
    const hours = () => Math.floor(1 + random() * 300);

    const shared = walk.shared({
      recordedBy: admin.id,
      organizations,
      registrable: organizations,
      demands,
      event,
      registrations,
      // A meeting an expert (or a demand) asked for, so that the experts met are counted.
      meetingRequest: async (ra, rb) => {
        const [from, to] = [
          random() < 0.5 ? ['demand', pick(demands)] : ['expert', pick(experts).expertId],
          ['expert', pick(experts).expertId],
        ];
        const [{ id }] = (await db(
          `INSERT INTO event_meeting_requests (event_id, from_registration_id, to_registration_id, from_posting_kind,
                  from_posting_id, to_posting_kind, to_posting_id, score, message, status, expires_at, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 0.5, '', 'declined', now(), $8, $9) RETURNING id`,
          [event, ra.id, rb.id, from![0], from![1], to![0], to![1], admin.id, walk.moment()],
        )) as { id: string }[];
        return id!;
      },
    });

    const writes = {
      'demand matched': () =>
        db(
          `INSERT INTO matches (source_kind, source_id, source_organization_id, candidate_kind, candidate_id,
                                candidate_organization_id, score, features, reasons, status, created_at, updated_at)
           SELECT 'demand', d.id, d.organization_id, $2, $3, $4, 0.5, '{}', '[]', 'new',
                  d.published_at + $5 * interval '1 hour', now()
             FROM demands d WHERE d.id = $1 AND d.published_at IS NOT NULL
           ON CONFLICT DO NOTHING`,
          [
            pick(demands),
            ...(random() < 0.6 ? ['expert', pick(experts).expertId] : ['achievement', crypto.randomUUID()]),
            organizations[2],
            hours(),
          ],
        ),
      'match contacted': async () =>
        db(
          `INSERT INTO conversations (match_id, source_organization_id, candidate_organization_id, subject, created_at, last_message_at)
           SELECT id, source_organization_id, candidate_organization_id, '对接', created_at + $2 * interval '1 hour', now()
             FROM matches WHERE id = $1`,
          [
            await someRow(
              'SELECT id FROM matches WHERE id NOT IN (SELECT match_id FROM conversations WHERE match_id IS NOT NULL)',
            ),
            hours(),
          ],
        ),
      'match re-dated': async () =>
        db(`UPDATE matches SET created_at = created_at + $2 * interval '1 hour' WHERE id = $1`, [
          await someRow('SELECT id FROM matches'),
          hours() - 150,
        ]),
      'match deleted': async () =>
        db('DELETE FROM matches WHERE id = $1', [await someRow('SELECT id FROM matches')]),
      'demand contacted directly': () =>
        db(
          `INSERT INTO conversations (posting_kind, posting_id, source_organization_id, candidate_organization_id,
                                      subject, created_at, last_message_at)
           SELECT 'demand', d.id, $2, d.organization_id, '我要对接', d.published_at + $3 * interval '1 hour', now()
             FROM demands d WHERE d.id = $1 AND d.published_at IS NOT NULL
           ON CONFLICT DO NOTHING`,
          [pick(demands), pick(organizations.slice(1)), hours()],
        ),
      'access requested': () =>
        db(
          `INSERT INTO access_requests (posting_kind, posting_id, organization_id, requested_by, status,
                                        nda_text_accepted, nda_accepted_at, created_at)
           SELECT 'demand', d.id, $2, $3, 'rejected', 'NDA', now(), d.published_at + $4 * interval '1 hour'
             FROM demands d WHERE d.id = $1 AND d.published_at IS NOT NULL`,
          [pick(demands), pick(organizations.slice(1)), admin.id, hours()],
        ),
      ...shared,
      'dispatch made': () => {
        const enterprise = random() < 0.7 ? pick(organizations.slice(0, 2)) : null;
        return db(
          `INSERT INTO dispatches (organization_id, kind, name, expert_ids, enterprise_id, region_code, starts_on,
                                   ends_on, goals, created_by)
           VALUES ($1, 'service-team', '服务团', $2, $3, $4, $5, $5, '目标', $6)`,
          [
            organizations[2],
            [pick(experts).expertId, pick(experts).expertId].filter((e, i, all) => all.indexOf(e) === i),
            enterprise,
            enterprise ? null : pick(REGIONS),
            day(),
            admin.id,
          ],
        );
      },
      'dispatch moved': async () =>
        db('UPDATE dispatches SET starts_on = $2, ends_on = $2 WHERE id = $1', [
          await someRow('SELECT id FROM dispatches'),
          day(),
        ]),
      'service logged': () =>
        db(
          `INSERT INTO service_logs (organization_id, enterprise_id, enterprise_region_code, created_by, served_on,
                                     task, hours, result)
           VALUES ($1, $2, $3, $4, $5, '服务', 2, '完成')`,
          [
            organizations[2],
            pick(organizations.slice(0, 2)),
            pick(REGIONS),
            random() < 0.7 ? pick(experts).user.id : admin.id,
            day(),
          ],
        ),
      'service log deleted': async () =>
        db('DELETE FROM service_logs WHERE id = $1', [await someRow('SELECT id FROM service_logs')]),
      'expert claimed by another': () =>
        db('UPDATE experts SET claimed_by = $2 WHERE id = $1', [
          pick(experts).expertId,
          random() < 0.3 ? null : pick([...experts.map((e) => e.user), admin]).id,
        ]),
      'expert viewed': () =>
        db('UPDATE experts SET view_count = view_count + 1 WHERE id = $1', [pick(experts).expertId]),
      'visit moved': async () =>
        db('UPDATE visits SET visited_on = $2, enterprise_region_code = $3 WHERE id = $1', [
          await someRow('SELECT id FROM visits'),
          day(),
          pick(REGIONS),
        ]),
      // A label the drill-down shows (a demand's title or teaser, an expert's name or teaser, an
      // enterprise's name) is kept in the read model: a rename must reach it.
      'demand renamed': () =>
        db('UPDATE demands SET title = $2, teaser = $3 WHERE id = $1', [
          pick(demands),
          `需求${Math.floor(random() * 1000)}`,
          `某企业的需求${Math.floor(random() * 1000)}`,
        ]),
      'expert renamed': () =>
        db('UPDATE experts SET name = $2, teaser = $3, visibility = $4 WHERE id = $1', [
          pick(experts).expertId,
          `专家${Math.floor(random() * 1000)}`,
          `某专家${Math.floor(random() * 1000)}`,
          pick(['public', 'confidential']),
        ]),
      'organization renamed': () =>
        db('UPDATE organizations SET name = $2 WHERE id = $1', [
          pick(organizations),
          `企业${Math.floor(random() * 100_000)}`,
        ]),
      // The industry filter reads the organizations' industries at read time, the months their parties.
      'organization re-classified': () =>
        db('UPDATE organizations SET industry_code = $2 WHERE id = $1', [
          pick(organizations),
          pick(['3841', '6510', null]),
        ]),
      'demand viewed': () =>
        db('UPDATE demands SET view_count = view_count + 1 WHERE id = $1', [pick(demands)]),
    };

    await expectMeasuresToMatchView('before any write');
    const counted = await walk.through(writes, 110, async (step, index) => {
      // Before the overview re-counts: one period and scope in turn.
      await expectDrillDownsToMatchView(
        step,
        PERIODS[index % PERIODS.length]!,
        SCOPES()[Math.floor(index / PERIODS.length) % SCOPES().length]!,
      );
      const figures = await expectMeasuresToMatchView(step);
      await expectReadModelToEqualView(step);
      return figures;
    });
    // The walk reached every measured figure, so the comparisons above had something to compare.
    expect([...counted].sort()).toEqual([...MEASURED].sort());

    // Moves a walk may leave unseen (a record moved to a region or party it is counted for already): one of
    // each, with a record it certainly moves — a dispatch to an enterprise without a region of its own, an
    // expert's held meeting at the registration handed over.
    await db(
      `INSERT INTO dispatches (organization_id, kind, name, expert_ids, enterprise_id, starts_on, ends_on, goals, created_by)
       VALUES ($1, 'service-team', '服务团', $2, $3, $4, $4, '目标', $5)`,
      [organizations[2], [experts[0]!.expertId], organizations[0], daysAgo(5), admin.id],
    );
    await expectMeasuresToMatchView('a dispatch to the enterprise');
    await db(
      `UPDATE organizations SET region_code = CASE region_code WHEN '320205' THEN '320115' ELSE '320205' END WHERE id = $1`,
      [organizations[0]],
    );
    await expectMeasuresToMatchView('the enterprise moved');
    await expectReadModelToEqualView('the enterprise moved');
    const [{ id: meetingRequest }] = (await db(
      `INSERT INTO event_meeting_requests (event_id, from_registration_id, to_registration_id, from_posting_kind,
              from_posting_id, to_posting_kind, to_posting_id, score, message, status, expires_at, created_by)
       VALUES ($1, $2, $3, 'expert', $4, 'expert', $5, 0.5, '', 'declined', now(), $6) RETURNING id`,
      [
        event,
        registrations[0]!.id,
        registrations[1]!.id,
        experts[1]!.expertId,
        experts[2]!.expertId,
        admin.id,
      ],
    )) as { id: string }[];
    const [{ id: meeting }] = (await db(
      `INSERT INTO event_meetings (event_id, request_id, registration_a_id, registration_b_id)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [event, meetingRequest, registrations[0]!.id, registrations[1]!.id],
    )) as { id: string }[];
    await db(
      `INSERT INTO event_meeting_outcomes (meeting_id, organization_id, event_id, outcome, recorded_by, recorded_at)
       VALUES ($1, $2, $3, 'held', $4, now() - interval '2 days')`,
      [meeting, registrations[0]!.organization, event, admin.id],
    );
    await expectMeasuresToMatchView('an expert met');
    await shared['registration handed over']!();
    await expectMeasuresToMatchView('a registration handed over');
    await expectReadModelToEqualView('a registration handed over');
  }, 300_000);
});

describe('the nightly check of the measures', () => {
  it('finds a difference slipped into the read model, reports it, and the next re-count repairs it', async () => {
    const measures = app.api.get(ReportingMeasures, { strict: false });
    await measures.freshen();
    expect(await measures.check()).toEqual({ differences: 0, sample: [] });
    // A month's count moved behind the model's back, and a visit no trigger saw (as a restore would be).
    const [moved] = await app.dataSource.query<{ figure: string; day: string }[]>(
      `WITH changed AS (
         UPDATE reporting_measure_months SET n = n + 1
          WHERE ctid = (SELECT ctid FROM reporting_measure_months WHERE figure = 'enterprises-served' LIMIT 1)
         RETURNING figure, to_char(month, 'YYYY-MM-DD') AS day)
       SELECT * FROM changed`,
    );
    expect(moved).toBeDefined();
    // And a month's parties: an experts-mobilized record's, which the organization filters read.
    const [slipped] = await app.dataSource.query<{ figure: string; day: string }[]>(
      `WITH changed AS (
         UPDATE reporting_measure_months SET parties = ARRAY[gen_random_uuid()]
          WHERE ctid = (SELECT ctid FROM reporting_measure_months WHERE figure = 'experts-mobilized' LIMIT 1)
         RETURNING figure, to_char(month, 'YYYY-MM-DD') AS day)
       SELECT * FROM changed`,
    );
    expect(slipped).toBeDefined();
    await insertVisit(app, {
      organization: organizations[2]!,
      enterprise: organizations[0]!,
      day: daysAgo(3),
      createdBy: admin.id,
      unseen: true,
    });
    const report = await measures.check();
    expect(report.sample).toEqual(
      expect.arrayContaining([moved, slipped, { figure: 'enterprises-served', day: daysAgo(3) }]),
    );
    await expectMeasuresToMatchView('after the check');
    await expectReadModelToEqualView('after the check');
    expect(await measures.check()).toEqual({ differences: 0, sample: [] });
  });
});

describe('the re-count of a dirty day', () => {
  it('replaces only the rows that changed: the day’s other rows stay as they were', async () => {
    const measures = app.api.get(ReportingMeasures, { strict: false });
    const visit = (enterprise: string) =>
      app.dataSource.query<{ id: string }[]>(
        `INSERT INTO visits (organization_id, enterprise_id, enterprise_region_code, visited_on, place, people_met,
                             findings, needs, created_by)
         VALUES ($1, $2, '320115', $3, '车间', '[]', '走访', '[]', $4) RETURNING id`,
        [organizations[2], enterprise, daysAgo(5), admin.id],
      );
    const [moving] = await visit(organizations[0]!);
    await visit(organizations[1]!);
    await measures.freshen();
    const rows = () =>
      app.dataSource.query<{ at: string; record_id: string }[]>(
        `SELECT ctid::text AS at, record_id FROM reporting_measure_rows
          WHERE figure = 'enterprises-served' AND day = $1 AND record_id = $2`,
        [daysAgo(5), organizations[1]],
      );
    const before = await rows();
    expect(before.length).toBeGreaterThan(0);
    await app.dataSource.query('UPDATE visits SET visited_on = $2 WHERE id = $1', [moving!.id, daysAgo(6)]);
    expect(await measures.freshen()).toBeGreaterThan(0);
    expect(await rows()).toEqual(before);
    await expectReadModelToEqualView('a visit moved off a day with another');
  });
});

describe('a dashboard read while changes wait for the worker’s re-count (this app runs no worker)', () => {
  const period = { from: daysAgo(60), to: daysAgo(0) };
  const served = (o: Awaited<ReturnType<typeof readOverview>>) =>
    o.figures.find((f) => f.figure === 'enterprises-served')!.count;
  const read = () => readOverview(app, period, as(admin));
  const dirtyKeys = async () =>
    (
      await app.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM reporting_measure_dirty_days',
      )
    )[0]!.n;
  /** A visit to an enterprise not served in the period yet (a new one), which the triggers mark. */
  const visitNewEnterprise = async () => {
    const [enterprise] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO organizations (name, type, credit_code, region_code)
       VALUES ('新服务企业' || floor(random() * 1e6), 'enterprise', 'C' || lpad(floor(random() * 1e15)::text, 17, '0'), '320115')
       RETURNING id`,
    );
    await insertVisit(app, {
      organization: organizations[2]!,
      enterprise: enterprise!.id,
      day: daysAgo(2),
      createdBy: admin.id,
    });
  };

  it('does not wait for a fresh change: the figures as last counted, and says they are pending', async () => {
    await measuresCounted(app);
    const before = await read();
    expect(before.measuresPending).toBe(false);
    await visitNewEnterprise();
    const during = await read();
    expect(during.measuresPending).toBe(true);
    expect(served(during)).toBe(served(before));
    expect(await dirtyKeys()).toBeGreaterThan(0);
    // Once counted (the worker's job, here run by hand) the dashboard has it.
    await measuresCounted(app);
    const after = await read();
    expect({ pending: after.measuresPending, served: served(after) }).toEqual({
      pending: false,
      served: served(before) + 1,
    });
  });

  it('re-counts itself once a change waited longer than REPORTING_MEASURES_STALE_SECONDS', async () => {
    await measuresCounted(app);
    const before = served(await read());
    await visitNewEnterprise();
    await app.dataSource.query(
      `UPDATE reporting_measure_dirty_days SET marked_at = marked_at - make_interval(secs => $1 + 1)`,
      [app.config.REPORTING_MEASURES_STALE_SECONDS],
    );
    const read1 = await read();
    expect({ pending: read1.measuresPending, served: served(read1) }).toEqual({
      pending: false,
      served: before + 1,
    });
    expect(await dirtyKeys()).toBe(0);
    await expectReadModelToEqualView('a stale change re-counted by the read');
  });
});
