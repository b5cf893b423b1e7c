import type { TestApp } from './app-harness.js';

/**
 * Helpers of the reporting specs' random walks over the records (seeded, so a failing sequence of writes
 * replays): the generator, a row picked by it, and an event whose registrations meetings can be held at.
 */

/** mulberry32: a small seeded generator. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One of the rows (`id`) `sql` selects, chosen by `random` (ORDER BY random() would not replay). */
export async function someRow(app: TestApp, random: () => number, sql: string): Promise<string | undefined> {
  const rows = await app.dataSource.query<{ id: string }[]>(
    `SELECT id FROM (${sql}) s ORDER BY id OFFSET floor($1::float8 * (SELECT count(*) FROM (${sql}) c))::int LIMIT 1`,
    [random()],
  );
  return rows[0]?.id;
}

/** A matchmaking event in 320105 organized by `organizer`, each of `organizations` registered (approved). */
export async function eventWithRegistrations(
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
