import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AddressInfo } from 'node:net';
import { setTimeout } from 'node:timers/promises';
import type pg from 'pg';
import { POSTING_KINDS, type PostingKind } from '#core';
import { TECH_FIELDS } from '../libs/core/src/taxonomy/tech-fields.data.js';
import { ensureBenchOwner, prng, type Random } from './demand-generator.js';
import {
  loadNote,
  measureApi,
  measureSql,
  openDatabase,
  positiveInt,
  progress,
  useBenchDatabase,
  type LoadSettings,
  type Measured,
} from './load.js';

/**
 * The suggestions one participant of a 500-participant event reads (issue 17: p95 ≤ 100 ms, from stored
 * matches), through the real api route GET /api/v1/events/{id}/suggestions, beside the bare SQL read of
 * that participant's stored matches and GET /health/live of the same app, measured in the same run.
 *
 * The data is made the way the product makes it: verified organizations (half enterprises with demands,
 * half universities with achievements, in the event's few fields) whose published postings each ran the
 * matching job that stores their matches; an organizer's event created, published, registered for and
 * approved over the api. Around them sit BENCH_OTHER_MATCHES (200 000) stored matches of the rest of the
 * marketplace, so the read is done in a table of realistic size. Kept between runs in its own database.
 */
const PARTICIPANTS = 500;
const OTHER_MATCHES = positiveInt('BENCH_OTHER_MATCHES', 200_000);
const TITLE = '压测：2027 江苏新能源与新材料成果对接会';
/** An event is themed: its participants' postings share a handful of subfields. */
const THEME_TOPS = 3;
const TARGET_P95_MS = 100;

const subfields = TECH_FIELDS.slice(0, THEME_TOPS).flatMap((top) =>
  top.subfields.slice(0, 3).map((sub) => ({ code: sub.code, name: sub.zh, keywords: sub.keywords.zh })),
);

interface Participant {
  organizationId: string;
  userId: string;
  postings: { kind: PostingKind; id: string }[];
}

/** 500 verified organizations, one owner each, with one or two published postings in the theme. */
async function generateParticipants(pool: pg.Pool, random: Random): Promise<Participant[]> {
  const people = await pool.query<{ organization_id: string; user_id: string; type: string }>(
    `WITH orgs AS (
       INSERT INTO organizations (name, type, credit_code, region_code, industry_code, description,
                                  verification_status, verified_at)
       SELECT CASE WHEN i % 2 = 0 THEN '压测对接企业' ELSE '压测对接院所' END || i,
              CASE WHEN i % 2 = 0 THEN 'enterprise' ELSE 'university' END,
              'E' || lpad(i::text, 17, '0'), '320' || (100 + i % 9 * 100 + 2)::text, '34', '压测参会单位', 'verified', now()
         FROM generate_series(1, $1) i RETURNING id, type, name),
     people AS (
       INSERT INTO users (email, name, password_hash, email_verified_at)
       SELECT 'event-bench-' || o.id || '@example.com', '参会人', '!', now() FROM orgs o RETURNING id, email),
     owners AS (
       INSERT INTO memberships (organization_id, user_id, role)
       SELECT o.id, p.id, 'owner' FROM orgs o JOIN people p ON p.email = 'event-bench-' || o.id || '@example.com'
       RETURNING organization_id, user_id)
     SELECT w.organization_id, w.user_id, o.type FROM owners w JOIN orgs o ON o.id = w.organization_id
      ORDER BY o.name`,
    [PARTICIPANTS],
  );
  const participants: Participant[] = [];
  for (const row of people.rows) {
    const kind: PostingKind = row.type === 'enterprise' ? 'demand' : 'achievement';
    const ids: string[] = [];
    for (let n = random.int(1, 2); n > 0; n -= 1) ids.push(await insertPosting(pool, random, kind, row));
    participants.push({
      organizationId: row.organization_id,
      userId: row.user_id,
      postings: ids.map((id) => ({ kind, id })),
    });
  }
  return participants;
}

/** One published demand or achievement in one of the theme's subfields. */
async function insertPosting(
  pool: pg.Pool,
  random: Random,
  kind: PostingKind,
  owner: { organization_id: string; user_id: string },
): Promise<string> {
  const sub = random.pick(subfields);
  const keywords = [
    ...new Set([random.pick(sub.keywords), random.pick(sub.keywords), random.pick(sub.keywords)]),
  ];
  const region = random.pick(['320102', '320506', '320213', '320612', '321002']);
  const trl = random.int(3, 8);
  const { rows } =
    kind === 'demand'
      ? await pool.query<{ id: string }>(
          `INSERT INTO demands (organization_id, created_by, title, description, category, fields, keywords,
                                region_code, budget_min_yuan, budget_max_yuan, trl_required, visibility, status,
                                published_at)
           VALUES ($1, $2, $3, $4, 'common', $5, $6, $7, $8::bigint, $8::bigint * 2, $9, 'public', 'published', now()) RETURNING id`,
          [
            owner.organization_id,
            owner.user_id,
            `${keywords[0]}技术攻关需求`,
            `企业在${sub.name}方面遇到瓶颈，需要${keywords.join('、')}相关技术，希望与高校院所合作开发并实现产业化。`,
            [sub.code],
            keywords,
            region,
            random.int(20, 500) * 10_000,
            trl,
          ],
        )
      : await pool.query<{ id: string }>(
          `INSERT INTO achievements (organization_id, created_by, status, visibility, title, abstract, fields,
                                     keywords, trl, maturity, transfer_modes, region_code, patents, published_at)
           VALUES ($1, $2, 'published', 'public', $3, $4, $5, $6, $7, 'pilot', '{licensing}', $8, '[]', now())
           RETURNING id`,
          [
            owner.organization_id,
            owner.user_id,
            `${keywords[0]}关键技术`,
            `面向${sub.name}应用，围绕${keywords.join('与')}开展研究，形成成套方案，已申请发明专利。`,
            [sub.code],
            keywords,
            trl,
            region,
          ],
        );
  return rows[0]!.id;
}

/** The rest of the marketplace's stored matches, between postings outside the event. */
async function generateOtherMatches(pool: pg.Pool): Promise<void> {
  await pool.query(
    `INSERT INTO matches (source_kind, source_id, source_organization_id, candidate_kind, candidate_id,
                          candidate_organization_id, score, features, reasons, status)
     SELECT 'demand', gen_random_uuid(), gen_random_uuid(), 'achievement', gen_random_uuid(), gen_random_uuid(),
            random(), '{}', '[]', 'new'
       FROM generate_series(1, $1)`,
    [OTHER_MATCHES],
  );
}

type Api = ReturnType<typeof jsonApi>;

/** The organizer's event over the api: 2 days × 8 slots, 60 tables, demand ↔ achievement, 10 meetings each. */
async function createEvent(api: Api, organizer: { token: string; organizationId: string }): Promise<string> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const event = (await api('/api/v1/events', organizer.token, organizer.organizationId, {
    title: TITLE,
    description: '压测用对接会：动力电池、新材料与智能制造专场',
    kind: 'one-to-one',
    format: 'onsite',
    venueName: '南京国际博览中心',
    venueAddress: '南京市建邺区江东中路 300 号',
    regionCode: '320105',
    days: [day(30), day(31)].map((date) => ({ date, sessions: [{ start: '09:00', end: '13:00' }] })),
    meetingMinutes: 30,
    tables: Array.from({ length: 60 }, (_, i) => ({ id: `T${i + 1}`, name: `${i + 1} 号桌` })),
    pairingRules: [{ a: 'demand', b: 'achievement' }],
    maxMeetingsPerParticipant: 10,
    registrationDeadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
    approvalRequired: true,
    requestMode: 'approval',
    schedulingMode: 'organizer',
    requestExpiryHours: 48,
  })) as { id: string };
  await api(`/api/v1/events/${event.id}/status`, organizer.token, organizer.organizationId, {
    status: 'published',
  });
  return event.id;
}

/** A signed-in session of `userId`, as login leaves one (the bench skips the password hash). */
async function tokenFor(app: NestFastifyApplication, pool: pg.Pool, userId: string): Promise<string> {
  const { AuthService } = await import('#identity');
  const session = await pool.query<{ id: string }>(
    `INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + interval '1 day') RETURNING id`,
    [userId],
  );
  return (await app.get(AuthService).accessTokenFor(userId, session.rows[0]!.id)).accessToken;
}

/** Everything the measurement needs, generated once and kept in the benchmark database. */
async function prepareEvent(app: NestFastifyApplication, pool: pg.Pool, api: Api) {
  const existing = await pool.query<{ id: string }>('SELECT id FROM matchmaking_events WHERE title = $1', [
    TITLE,
  ]);
  if (existing.rows[0]) {
    progress('event already generated');
    return { eventId: existing.rows[0].id, generated: false };
  }
  const { MatchingService, MatchProfileStore } = await import('#matching');
  const random = prng(20_261_207);
  progress(`generating ${PARTICIPANTS} participants and their postings…`);
  const participants = await generateParticipants(pool, random);
  // Generated rows never went through their own matching job; each now runs it, as publication does.
  for (const kind of ['demand', 'achievement'] as const) await app.get(MatchProfileStore).backfill(kind);
  const matching = app.get(MatchingService);
  let done = 0;
  for (const participant of participants) {
    for (const posting of participant.postings) await matching.matchPosting(posting.kind, posting.id);
    if (++done % 100 === 0) progress(`matched the postings of ${done} / ${PARTICIPANTS} participants`);
  }
  progress(`storing ${OTHER_MATCHES} matches of the rest of the marketplace…`);
  await generateOtherMatches(pool);
  const organizer = await ensureBenchOwner(pool, {
    email: 'event-bench-organizer@example.com',
    userName: '压测主办方',
    organization: '压测省科学技术协会',
    type: 'organizer',
    regionCode: '320102',
    description: '压测用主办方。',
    creditCodeStem: '51320000MJ4BENCH0',
  });
  await pool.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [organizer.userId]);
  const organizerToken = await tokenFor(app, pool, organizer.userId);
  const eventId = await createEvent(api, { token: organizerToken, organizationId: organizer.organizationId });
  progress('registering and approving the participants over the api…');
  for (const participant of participants) {
    const token = await tokenFor(app, pool, participant.userId);
    const registration = (await api(
      `/api/v1/events/${eventId}/registrations`,
      token,
      participant.organizationId,
      {
        postings: participant.postings,
        attendees: [{ name: '李明', title: '总经理' }],
        note: '寻找合作伙伴',
      },
    )) as { id: string };
    await api(
      `/api/v1/events/${eventId}/registrations/${registration.id}/status`,
      organizerToken,
      organizer.organizationId,
      { status: 'approved' },
      'PUT',
    );
  }
  await pool.query('ANALYZE');
  return { eventId, generated: true };
}

function jsonApi(base: string) {
  return async (path: string, token: string, organizationId: string, body?: object, method = 'POST') => {
    const response = await fetch(`${base}${path}`, {
      method: body ? method : 'GET',
      headers: {
        authorization: `Bearer ${token}`,
        'x-organization-id': organizationId,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
}

/**
 * Prints the suggestions figures of `npm run bench:scheduler`. BENCH_CONNECTIONS (1: one participant's
 * page load at a time, what the target is about) and BENCH_DURATION (8 s) set the load.
 */
export async function benchEventSuggestions(): Promise<void> {
  useBenchDatabase('duijie_bench_events', 'duijie-bench-events', OTHER_MATCHES);
  process.env.ACCESS_TOKEN_TTL_SECONDS = '3600';
  const load: LoadSettings = {
    connections: positiveInt('BENCH_CONNECTIONS', 1),
    duration: positiveInt('BENCH_DURATION', 8),
    warmup: 2,
  };
  const { config, pool } = await openDatabase(load);
  const { createApp } = await import('../apps/api/src/create-app.js');
  const app = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const { port } = app.getHttpServer().address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const api = jsonApi(base);
    const { eventId } = await prepareEvent(app, pool, api);
    const registrations = await pool.query<{
      organization_id: string;
      user_id: string;
      postings: { id: string }[];
    }>(
      `SELECT r.organization_id, m.user_id, r.postings FROM event_registrations r
         JOIN memberships m ON m.organization_id = r.organization_id
        WHERE r.event_id = $1 AND r.status = 'approved' ORDER BY r.id`,
      [eventId],
    );
    const parties = registrations.rows;
    const everyPosting = parties.flatMap((p) => p.postings.map((posting) => posting.id));
    const headers: Record<string, string>[] = [];
    for (const party of parties)
      headers.push({
        authorization: `Bearer ${await tokenFor(app, pool, party.user_id)}`,
        'x-organization-id': party.organization_id,
      });
    const sizes = await Promise.all(
      headers.slice(0, 20).map(async (h) => {
        const response = await fetch(`${base}/api/v1/events/${eventId}/suggestions`, { headers: h });
        return ((await response.json()) as unknown[]).length;
      }),
    );
    const startLoad = loadNote();
    const path = `/api/v1/events/${eventId}/suggestions`;
    const suggestions = await measureApi(load, 'GET …/suggestions', base, [path], headers);
    // The floor: the participant's stored matches with the event's other postings, best first, as one
    // statement — once with the posting kinds that let the matches' (kind, id) indexes answer it, as the
    // route reads, and once by posting ids only, as it read before (a scan of every match).
    const storedMatches = (byKind: boolean) => (i: number) =>
      pool.query(
        `SELECT * FROM matches
          WHERE (${byKind ? 'source_kind = ANY($3) AND ' : ''}source_id = ANY($1) AND candidate_id = ANY($2))
             OR (${byKind ? 'candidate_kind = ANY($3) AND ' : ''}candidate_id = ANY($1) AND source_id = ANY($2))
          ORDER BY score DESC LIMIT 500`,
        [
          parties[i % parties.length]!.postings.map((p) => p.id),
          everyPosting,
          ...(byKind ? [POSTING_KINDS] : []),
        ],
      );
    const sql = await measureSql(load, 'stored matches', 'bare SQL by ids', storedMatches(false));
    const sqlByKind = await measureSql(
      load,
      'stored matches',
      'bare SQL by kinds and ids',
      storedMatches(true),
    );
    const health = await measureApi(load, 'GET /health/live', base, ['/health/live']);
    report({ suggestions, sql, sqlByKind, health, sizes, load, startLoad });
  } finally {
    // autocannon drops its sockets without waiting for the last responses; let those finish first.
    await setTimeout(1_000);
    await app.close();
    await pool.end();
  }
}

function report(r: {
  suggestions: Measured;
  sql: Measured;
  sqlByKind: Measured;
  health: Measured;
  sizes: number[];
  load: LoadSettings;
  startLoad: string;
}) {
  const row = (name: string, m: Measured) =>
    `| ${name} | ${m.rps.toFixed(0)} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} |`;
  const sorted = [...r.sizes].sort((a, b) => a - b);
  console.log(
    `\nsuggestions for one participant of a ${PARTICIPANTS}-participant event (${r.load.connections} ` +
      `connection(s), ${r.load.duration} s after ${r.load.warmup} s warm-up, a different participant each request; ` +
      `${OTHER_MATCHES} other stored matches; suggestions per participant: median ${sorted[sorted.length >> 1]}, ` +
      `max ${sorted.at(-1)}):`,
  );
  console.log(`load: ${r.startLoad} before, ${loadNote()} after`);
  console.log('| measurement | req/s | p50 ms | p95 ms |');
  console.log('|---|---:|---:|---:|');
  console.log(row('GET /api/v1/events/{id}/suggestions', r.suggestions));
  console.log(row('bare SQL read of the stored matches by ids only, as the route read before', r.sql));
  console.log(
    row('the same read with the posting kinds, by index, as the route reads (baseline)', r.sqlByKind),
  );
  console.log(row('GET /health/live, same app (baseline)', r.health));
  const p95 = r.suggestions.p95;
  console.log(
    `p95 ${p95.toFixed(1)} ms (target ≤ ${TARGET_P95_MS} ms: ${p95 <= TARGET_P95_MS ? 'met' : 'MISSED'}); ` +
      `${(p95 / r.sqlByKind.p95).toFixed(1)}× the bare SQL's p95, ${(p95 / r.health.p95).toFixed(1)}× /health/live's`,
  );
}
