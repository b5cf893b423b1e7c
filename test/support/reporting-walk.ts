import request from 'supertest';
import { industryCodesWithin, techFieldWithSubfields } from '#core';
import { startTestApp, type TestApp } from './app-harness.js';
import { daysAgo } from './deals.js';
import type { SignedInUser } from './http.js';
import { createDemand, createOrganization, grantPlatformRole, publishDemand, signUp } from './http.js';

/**
 * The set-up and the random walks over the records that the reporting specs share (reporting-daily and
 * reporting-measures): organizations with their owners, published demands, an event with registrations,
 * a seeded generator (so a failing sequence of writes replays), the writes of the records both read
 * models count, and the walk that runs them, each followed by the spec's own comparison with its view.
 */

/** mulberry32: a small seeded generator. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One of the rows (`id`) `sql` selects, chosen by `random` (ORDER BY random() would not replay). */
async function someRow(app: TestApp, random: () => number, sql: string): Promise<string | undefined> {
  const rows = await app.dataSource.query<{ id: string }[]>(
    `SELECT id FROM (${sql}) s ORDER BY id OFFSET floor($1::float8 * (SELECT count(*) FROM (${sql}) c))::int LIMIT 1`,
    [random()],
  );
  return rows[0]?.id;
}

/**
 * An app (no worker) with an admin, a moderator, one organization of each of `parties` with its owner,
 * `demands` demands of the first organization (published), and an event of the `organizer`th organization
 * with the `registered` ones registered.
 */
export interface WalkSetUp {
  app: TestApp;
  admin: SignedInUser;
  /** The owner of each of `organizations`, in their order. */
  owners: SignedInUser[];
  organizations: string[];
  demands: string[];
  event: string;
  registrations: { id: string; organization: string }[];
}

export async function startWalkApp(
  parties: readonly { type: string; regionCode: string }[],
  options: { demands: number; organizer: number; registered: readonly number[] },
): Promise<WalkSetUp> {
  const app = await startTestApp({ worker: false });
  const [admin, moderator, ...owners] = await Promise.all(
    Array.from({ length: parties.length + 2 }, () => signUp(app)),
  );
  await grantPlatformRole(app, moderator!, 'moderator');
  await grantPlatformRole(app, admin!, 'admin');
  const organizations: string[] = [];
  for (const [index, party] of parties.entries())
    organizations.push(await createOrganization(app, owners[index]!, party));
  const demands: string[] = [];
  for (let i = 0; i < options.demands; i += 1) {
    const demand = await createDemand(app, owners[0]!, organizations[0]!);
    await publishDemand(app, owners[0]!, moderator!, demand);
    demands.push(demand);
  }
  const { event, registrations } = await eventWithRegistrations(
    app,
    organizations[options.organizer]!,
    options.registered.map((index) => organizations[index]!),
    admin!.id,
  );
  return { app, admin: admin!, owners, organizations, demands, event, registrations };
}

/** A matchmaking event in 320105 organized by `organizer`, each of `organizations` registered (approved). */
async function eventWithRegistrations(
  app: TestApp,
  organizer: string,
  organizations: readonly string[],
  createdBy: string,
): Promise<{ event: string; registrations: { id: string; organization: string }[] }> {
  const [{ id: event }] = await app.dataSource.query<{ id: string }[]>(
    `INSERT INTO matchmaking_events (organizer_organization_id, title, kind, format, region_code, plan, tables,
            max_meetings_per_participant, registration_deadline, request_mode, scheduling_mode, created_by)
     VALUES ($1, '对接会', 'one-to-one', 'onsite', '320105', '{}', '[]', 40, now(), 'approval', 'organizer', $2)
     RETURNING id`,
    [organizer, createdBy],
  );
  const registrations: { id: string; organization: string }[] = [];
  for (const organization of organizations) {
    const [{ id }] = await app.dataSource.query<{ id: string }[]>(
      `INSERT INTO event_registrations (event_id, organization_id, postings, status, check_in_token, created_by)
       VALUES ($1, $2, '[]', 'approved', md5(random()::text), $3) RETURNING id`,
      [event!, organization, createdBy],
    );
    registrations.push({ id: id!, organization });
  }
  return { event: event!, registrations };
}

/**
 * A visit of `organization` to `enterprise` (in 320115 unless said) on `day`, written by `createdBy`;
 * `unseen`, behind the triggers' back, as a TRUNCATE or a restore would write it (the nightly checks').
 */
export async function insertVisit(
  app: TestApp,
  visit: {
    organization: string;
    enterprise: string;
    day: string;
    createdBy: string;
    region?: string;
    unseen?: boolean;
  },
): Promise<void> {
  if (visit.unseen) await app.dataSource.query('ALTER TABLE visits DISABLE TRIGGER USER');
  await app.dataSource.query(
    `INSERT INTO visits (organization_id, enterprise_id, enterprise_region_code, visited_on, place, people_met,
                         findings, needs, created_by)
     VALUES ($1, $2, $3, $4, '车间', '[]', '走访', '[]', $5)`,
    [visit.organization, visit.enterprise, visit.region ?? '320115', visit.day, visit.createdBy],
  );
  if (visit.unseen) await app.dataSource.query('ALTER TABLE visits ENABLE TRIGGER USER');
}

/** What the statistics overview answers (the fields the specs compare). */
export interface Overview {
  figures: { figure: string; count: number; amount: number | null }[];
  months: string[];
  monthly: Record<string, number[]>;
  /** Changes the worker has still to count into the measured figures. */
  measuresPending: boolean;
}

export async function readOverview(
  app: TestApp,
  query: Record<string, string | undefined>,
  headers: Record<string, string>,
): Promise<Overview> {
  return (await request(app.baseUrl).get('/api/v1/statistics/overview').query(query).set(headers).expect(200))
    .body as Overview;
}

/**
 * A walk whose dates fall within the last `days` days: its seeded choices (REPORTING_SEED replays one),
 * the writes both specs make (`shared`) and the walk through writes (`through`).
 */
export function walkOf(app: TestApp, days: number) {
  const walk = choicesOf(app, days);
  return {
    ...walk,
    shared: (records: WalkRecords) => sharedWrites(walk, records),
    through: (writes: Writes, steps: number, check: (step: string, index: number) => Promise<string[]>) =>
      walkThrough(walk, writes, steps, check),
  };
}

function choicesOf(app: TestApp, days: number) {
  const seed = Number(process.env.REPORTING_SEED ?? 18);
  const random = seeded(seed);
  return {
    app,
    seed,
    random,
    pick: <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!,
    /** Two neighbours of `items`, the first at random. */
    pair: <T>(items: readonly T[]): readonly [T, T] => {
      const first = Math.floor(random() * items.length);
      return [items[first]!, items[(first + 1) % items.length]!];
    },
    // A moment in the period, at any hour: Beijing days and UTC days differ for eight hours of each.
    moment: () => new Date(Date.now() - Math.floor(random() * days * 86_400_000)).toISOString(),
    day: () => daysAgo(Math.floor(random() * days)),
    db: (sql: string, params: unknown[] = []): Promise<unknown> => app.dataSource.query(sql, params),
    someRow: (sql: string) => someRow(app, random, sql),
  };
}
type Walk = ReturnType<typeof choicesOf>;
type Writes = Record<string, () => Promise<unknown>>;

/** The records the shared writes act on; `registrations` follow a hand-over. */
interface WalkRecords {
  /** The user who records meetings, deals and visits. */
  recordedBy: string;
  organizations: readonly string[];
  /** Organizations a registration can be handed to (those registered or not). */
  registrable: readonly string[];
  demands: readonly string[];
  event: string;
  registrations: { id: string; organization: string }[];
  /** The meeting request a held meeting answers, if the spec's figures read one. */
  meetingRequest?: (a: { id: string }, b: { id: string }) => Promise<string>;
}

const REGIONS = ['320102', '320115', '320205'];
/**
 * The kinds of deal recorded, in turn: a financing one first, so that a walk's first pass (which confirms
 * the deal just recorded) counts financing raised whatever the seed.
 */
const DEAL_KINDS = [
  ['equity', 'financing'],
  ['tech-transfer', 'technology'],
  ['tech-development', 'technology'],
] as const;

/**
 * The writes both read models must follow: meetings held, moved, cancelled, at an event moved or a
 * registration handed over; deals recorded, confirmed, disputed; visits made and deleted; a demand
 * published again; an organization moved. Each changes what it names for sure (a region to another one).
 */
function sharedWrites(walk: Walk, records: WalkRecords): Writes {
  const { db, pick, pair, someRow, moment, day } = walk;
  let dealsRecorded = 0;
  return {
    'meeting held or missed': async () => {
      const [ra, rb] = pair(records.registrations);
      const requestId = records.meetingRequest ? await records.meetingRequest(ra, rb) : null;
      const [{ id }] = (await db(
        `INSERT INTO event_meetings (event_id, request_id, registration_a_id, registration_b_id)
         VALUES ($1, $2, $3, $4) RETURNING id`,
        [records.event, requestId, ra.id, rb.id],
      )) as { id: string }[];
      for (const party of walk.random() < 0.5 ? [ra] : [ra, rb])
        await db(
          `INSERT INTO event_meeting_outcomes (meeting_id, organization_id, event_id, outcome, recorded_by, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            id,
            party.organization,
            records.event,
            pick(['held', 'deal', 'no-show']),
            records.recordedBy,
            moment(),
          ],
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
    'event moved': () =>
      db(
        `UPDATE matchmaking_events SET region_code = CASE region_code WHEN '320105' THEN '320206' ELSE '320105' END`,
      ),
    'registration handed over': async () => {
      // One with a meeting held, if any, so that the hand-over moves a figure.
      const held = await someRow(
        `SELECT r.id FROM event_registrations r JOIN event_meetings m ON r.id IN (m.registration_a_id, m.registration_b_id)
          WHERE m.status = 'scheduled'
            AND EXISTS (SELECT 1 FROM event_meeting_outcomes o WHERE o.meeting_id = m.id AND o.outcome <> 'no-show')`,
      );
      const registration = records.registrations.find((r) => r.id === held) ?? pick(records.registrations);
      const unregistered = records.registrable.find(
        (o) => !records.registrations.some((r) => r.organization === o),
      )!;
      await db('UPDATE event_registrations SET organization_id = $2 WHERE id = $1', [
        registration.id,
        unregistered,
      ]);
      registration.organization = unregistered;
    },
    'deal recorded': () => {
      const [buyer, seller] = pair(records.organizations);
      const [kind, category] = DEAL_KINDS[dealsRecorded++ % DEAL_KINDS.length]!;
      return db(
        `INSERT INTO deals (buyer_organization_id, buyer_type, buyer_region_code, seller_organization_id, seller_type,
                            seller_region_code, kind, category, project_name, contract_value_yuan, signed_on, stage,
                            stage_dates, status, created_by, tech_field, created_at)
         VALUES ($1, 'enterprise', $3, $2, $4, $5, $6, $7, '项目', $8, $9, 'signed', '{}', $10, $11, $12, $13)`,
        [
          buyer,
          seller,
          pick(REGIONS),
          pick(['enterprise', 'university']),
          pick(REGIONS),
          kind,
          category,
          10_000 * Math.floor(1 + walk.random() * 500),
          walk.random() < 0.8 ? day() : null,
          pick(['pending', 'confirmed']),
          records.recordedBy,
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
    'visit made': () => {
      const [organization, enterprise] = pair(records.organizations);
      return insertVisit(walk.app, {
        organization,
        enterprise,
        region: pick(REGIONS),
        day: day(),
        createdBy: records.recordedBy,
      });
    },
    'visit deleted': async () =>
      db('DELETE FROM visits WHERE id = $1', [await someRow('SELECT id FROM visits')]),
    'demand published again': () =>
      db(`UPDATE demands SET published_at = $2, visibility = $3, teaser = '某企业的需求' WHERE id = $1`, [
        pick(records.demands),
        walk.random() < 0.2 ? null : moment(),
        pick(['public', 'confidential']),
      ]),
    'organization moved': () =>
      // To another region (the next of REGIONS), so that the move is one.
      db(
        `UPDATE organizations SET region_code = ($2::text[])[COALESCE(array_position($2::text[], region_code::text), 0) % 3 + 1]
          WHERE id = $1`,
        [pick(records.organizations), REGIONS],
      ),
  };
}

/**
 * Runs `steps` writes, every kind once in turn and then at random, each followed by `check`, which
 * compares the spec's read model with its view and returns the figures it saw count something; returns
 * them all, so the spec can require that the walk reached every figure.
 */
async function walkThrough(
  walk: Walk,
  writes: Writes,
  steps: number,
  check: (step: string, index: number) => Promise<string[]>,
): Promise<Set<string>> {
  const counted = new Set<string>();
  const names = Object.keys(writes);
  for (let index = 0; index < steps; index += 1) {
    const name = index < names.length ? names[index]! : walk.pick(names);
    await writes[name]!();
    for (const figure of await check(`seed ${walk.seed}, step ${index}: ${name}`, index)) counted.add(figure);
  }
  return counted;
}

/** The filters an overview is read with (besides the period); `society` reads as a society's owner. */
export interface OverviewFilters {
  regionCode?: string;
  organizationId?: string;
  industryCode?: string;
  techField?: string;
  society?: boolean;
}

/**
 * The rows of a reporting view (`reporting_facts`, `reporting_measures`) that a period and filters keep,
 * written here from the filters' definitions (docs/REPORTING.md), not from the service's clause; `society`
 * is the organization whose own scope `filters.society` reads.
 */
export function filtersWhere(
  period: { from: string; to: string },
  filters: OverviewFilters,
  society: string,
): { where: string; params: unknown[] } {
  const params: unknown[] = [period.from, period.to, `${filters.regionCode?.replace(/(00)+$/, '') ?? ''}%`];
  const clauses = ['day BETWEEN $1 AND $2', 'region_code LIKE $3'];
  for (const party of [filters.organizationId, filters.society ? society : undefined])
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
