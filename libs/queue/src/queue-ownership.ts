import pg from 'pg';
import type { Redis } from 'ioredis';

/** Where the owning database is written, inside the prefix's own hash slot. */
const ownerKey = (prefix: string) => `{${prefix}}:owner`;

/**
 * Makes the Redis prefix this database's before any worker takes a job from it. Job ids come from
 * PostgreSQL rows (an outbox row's id), so queues still holding the jobs of another database, such as one
 * dropped and created again (a reset demo under `npm start`) or a restored backup, would take this
 * database's new jobs for finished ones with the same ids, and they would never run. The owner is the
 * database's OID, which a re-created database never shares; a prefix owned by another one, or by no one
 * yet, is emptied. Nothing is lost by that: Redis only holds work PostgreSQL can recreate, and the
 * reconciler re-enqueues the outbox rows still pending.
 */
export async function claimQueues(
  databaseUrl: string,
  redis: Redis,
  prefix: string,
): Promise<'kept' | 'emptied'> {
  const owner = await databaseOid(databaseUrl);
  if ((await redis.get(ownerKey(prefix))) === owner) return 'kept';
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `{${prefix}}:*`, 'COUNT', 1_000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.set(ownerKey(prefix), owner);
  return 'emptied';
}

async function databaseOid(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ oid: string }>(
      'SELECT oid::text AS oid FROM pg_database WHERE datname = current_database()',
    );
    return rows[0]!.oid;
  } finally {
    await client.end();
  }
}
