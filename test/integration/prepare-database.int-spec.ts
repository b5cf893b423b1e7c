import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { isValidCreditCode } from '#core';
import { testConfig } from '#testing';
import { DEMO_PASSWORD } from '../../apps/api/src/cli/demo-data.js';
import { prepareDatabase } from '../../apps/api/src/cli/prepare-database.js';

const SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
// Named as libs/testing names its databases: the sweeper of abandoned test databases reads the creation
// time from the name, and once read "prepare" as a time in 1971 and dropped this one mid-run.
const name = `duijie_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
const url = `${SERVER_URL}/${name}`;
let client: pg.Client;
const quiet = () => undefined;

beforeAll(async () => {
  // Starts from a database that does not exist: prepareDatabase must create it.
  await prepareDatabase(
    testConfig({ DATABASE_URL: url, ADMIN_EMAIL: 'Ops@Example.com', ADMIN_PASSWORD: 'operator passphrase' }),
    { seed: true },
    quiet,
  );
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  const admin = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe('prepareDatabase', () => {
  it('creates, migrates and seeds realistic Chinese demo organizations with valid codes', async () => {
    const { rows } = await client.query<{ name: string; type: string; credit_code: string }>(
      'SELECT name, type, credit_code FROM organizations',
    );
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(new Set(rows.map((r) => r.type))).toEqual(
      new Set(['enterprise', 'society', 'university', 'investor', 'organizer', 'service_agency']),
    );
    for (const row of rows) expect(isValidCreditCode(row.credit_code)).toBe(true);
    expect(rows.map((r) => r.name)).toContain('中国汽车工程学会');
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
  });

  it('seeds a 难题榜 across all four categories, mostly published, some confidential', async () => {
    const { rows } = await client.query<{ category: string; status: string; visibility: string }>(
      'SELECT category, status, visibility FROM demands',
    );
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((r) => r.category))).toEqual(
      new Set(['common', 'chokepoint', 'shortboard', 'efficiency']),
    );
    expect(rows.filter((r) => r.status === 'published').length).toBeGreaterThan(rows.length / 2);
    expect(rows.some((r) => r.visibility === 'confidential')).toBe(true);
    expect(rows.some((r) => r.status === 'submitted')).toBe(true);
  });

  it('seeds deals: most confirmed by both, one 待确认, one disputed, each from a conversation of its parties', async () => {
    const { rows } = await client.query<{ status: string; from_parties: boolean; confirmations: number }>(
      `SELECT d.status,
              (c.source_organization_id = d.buyer_organization_id
                 AND c.candidate_organization_id = d.seller_organization_id) AS from_parties,
              ((d.buyer_confirmed_at IS NOT NULL)::int + (d.seller_confirmed_at IS NOT NULL)::int) AS confirmations
         FROM deals d JOIN conversations c ON c.id = d.source_id AND d.source_type = 'conversation'`,
    );
    const byStatus = (status: string) => rows.filter((r) => r.status === status);
    expect(byStatus('confirmed').length).toBeGreaterThanOrEqual(3);
    expect(byStatus('pending').length).toBeGreaterThanOrEqual(1);
    expect(byStatus('disputed')).toHaveLength(1);
    expect(rows.every((r) => r.from_parties)).toBe(true);
    expect(byStatus('confirmed').every((r) => r.confirmations === 2)).toBe(true);
    expect(byStatus('pending').every((r) => r.confirmations === 1)).toBe(true);
  });

  it('seeds a year of 江苏 records that the provincial organizer counts: contracts, visits, logs, ratings', async () => {
    const { rows: organizer } = await client.query<{ region_code: string }>(
      "SELECT region_code FROM organizations WHERE name = '江苏省科学技术协会'",
    );
    expect(organizer[0]!.region_code).toBe('320000');
    const { rows } = await client.query<{ figure: string; n: number; cities: number; months: number }>(
      `SELECT figure, count(*)::int AS n, count(DISTINCT left(region_code, 4))::int AS cities,
              count(DISTINCT to_char(day, 'YYYY-MM'))::int AS months
         FROM reporting_facts WHERE region_code LIKE '32%' GROUP BY figure`,
    );
    const figure = (name: string) => rows.find((r) => r.figure === name)!;
    expect(figure('contract-value').n).toBeGreaterThanOrEqual(6);
    expect(figure('contract-value').cities).toBeGreaterThanOrEqual(3);
    expect(figure('visits').cities).toBeGreaterThanOrEqual(5);
    expect(figure('visits').n).toBeGreaterThanOrEqual(10);
    expect(figure('visits').months).toBeGreaterThanOrEqual(6);
    expect(figure('ratings').n).toBeGreaterThanOrEqual(5);
    const { rows: work } = await client.query<{
      logs: number;
      dispatches: number;
      open: number;
      pending: number;
    }>(
      `SELECT (SELECT count(*) FROM service_logs)::int AS logs, (SELECT count(*) FROM dispatches)::int AS dispatches,
              (SELECT count(*) FROM follow_up_tasks WHERE status = 'open' AND remind_at > now())::int AS open,
              (SELECT count(*) FROM deals WHERE status = 'pending' AND category = 'technology' AND seller_region_code LIKE '32%')::int AS pending`,
    );
    expect(work[0]).toEqual({ logs: expect.any(Number), dispatches: 2, open: 1, pending: 1 });
    expect(work[0]!.logs).toBeGreaterThanOrEqual(8);
  });

  it('seeds the agency’s 需求征集 through the services: a need drafted, confirmed and published, one still a draft', async () => {
    const { rows } = await client.query<{ title: string; status: string; owner: string; actions: string[] }>(
      `SELECT d.title, d.status, o.name AS owner,
              (SELECT array_agg(a.action ORDER BY a.id) FROM audit_log a
                WHERE a.subject_type = 'demand' AND a.subject_id = d.id::text) AS actions
         FROM visits v CROSS JOIN LATERAL jsonb_array_elements(v.needs) n
         JOIN demands d ON d.id = (n->>'demandId')::uuid JOIN organizations o ON o.id = d.organization_id
         JOIN organizations agency ON agency.id = v.organization_id AND agency.name = '常州市生产力促进中心'
        ORDER BY d.status DESC`,
    );
    expect(rows).toEqual([
      {
        title: '增材制造熔池监测',
        status: 'published',
        owner: '常州智造装备有限公司',
        actions: ['demand.created', 'demand.submit', 'demand.publish'],
      },
      {
        title: 'MEMS 封装可靠性提升',
        status: 'draft',
        owner: '无锡微纳传感科技有限公司',
        actions: ['demand.created'],
      },
    ]);
    // Its publication is announced, so the worker matches it as any other.
    const { rows: announced } = await client.query(
      `SELECT 1 FROM outbox_events WHERE type = 'demand.published' AND payload->>'demandId' = (
         SELECT id::text FROM demands WHERE title = '增材制造熔池监测')`,
    );
    expect(announced).toHaveLength(1);
  });

  it('seeds 江苏省科协 an upcoming event with a placed, double-booking-free schedule and a finished one with outcomes', async () => {
    const { rows: events } = await client.query<{ id: string; status: string; organizer: string }>(
      `SELECT e.id, e.status, o.name AS organizer FROM matchmaking_events e
         JOIN organizations o ON o.id = e.organizer_organization_id ORDER BY e.status`,
    );
    expect(events.map((e) => [e.status, e.organizer])).toEqual([
      ['finished', '江苏省科学技术协会'],
      ['registration-closed', '江苏省科学技术协会'],
    ]);
    const counts = async (eventId: string) =>
      (
        await client.query<Record<string, number>>(
          `SELECT (SELECT count(*) FROM event_registrations WHERE event_id = $1 AND status = 'approved')::int AS approved,
                  (SELECT count(*) FROM event_meeting_requests WHERE event_id = $1 AND status = 'accepted')::int AS accepted,
                  (SELECT count(*) FROM event_meetings WHERE event_id = $1 AND slot_id IS NOT NULL)::int AS placed,
                  (SELECT count(*) FROM event_meeting_seats WHERE event_id = $1)::int AS seats,
                  (SELECT count(*) FROM event_check_ins WHERE event_id = $1)::int AS check_ins,
                  (SELECT count(*) FROM event_meeting_outcomes WHERE event_id = $1)::int AS outcomes`,
          [eventId],
        )
      ).rows[0]!;
    const upcoming = await counts(events[1]!.id);
    expect(upcoming.approved).toBeGreaterThanOrEqual(8);
    expect(upcoming.placed).toBe(upcoming.accepted);
    expect(upcoming.seats).toBe(2 * upcoming.placed);
    expect(upcoming.outcomes).toBe(0);
    const finished = await counts(events[0]!.id);
    expect(finished.placed).toBe(finished.accepted);
    expect(finished.check_ins).toBe(finished.approved - 1);
    expect(finished.outcomes).toBeGreaterThanOrEqual(2 * (finished.placed - 1));
  });

  it('ensures the bootstrap platform admin from ADMIN_EMAIL and ADMIN_PASSWORD', async () => {
    const { rows } = await client.query('SELECT platform_role FROM users WHERE email = $1', [
      'ops@example.com',
    ]);
    expect(rows).toEqual([{ platform_role: 'admin' }]);
  });

  it('is idempotent: a second start neither seeds twice nor duplicates the admin', async () => {
    const before = await client.query(
      'SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM organizations)::int AS orgs',
    );
    await prepareDatabase(
      testConfig({
        DATABASE_URL: url,
        ADMIN_EMAIL: 'ops@example.com',
        ADMIN_PASSWORD: 'operator passphrase',
      }),
      { seed: true },
      quiet,
    );
    const after = await client.query(
      'SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM organizations)::int AS orgs',
    );
    expect(after.rows).toEqual(before.rows);
  });

  it('promotes an existing account named as the admin, keeping its password', async () => {
    const { rows } = await client.query<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE email = 'enterprise@duijie.demo'`,
    );
    await prepareDatabase(
      testConfig({
        DATABASE_URL: url,
        ADMIN_EMAIL: 'enterprise@duijie.demo',
        ADMIN_PASSWORD: 'another passphrase',
      }),
      { seed: true },
      quiet,
    );
    const promoted = await client.query(
      `SELECT platform_role, password_hash FROM users WHERE email = 'enterprise@duijie.demo'`,
    );
    expect(promoted.rows).toEqual([{ platform_role: 'admin', password_hash: rows[0].password_hash }]);
  });
});
