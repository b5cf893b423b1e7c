import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDataSource } from '../../../migrations/data-source.js';
import { migrations } from '../../../migrations/index.js';

const SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
// Named after the migrations it holds, so checkouts with different migrations (two branches tested on one
// server) keep a template each instead of rebuilding one another's on every run.
const TEMPLATE = `duijie_test_template_${createHash('sha256')
  .update(migrations.map((m) => m.name).join())
  .digest('hex')
  .slice(0, 10)}`;
// Any constant shared by every Jest worker: serializes template builds and clones.
const LOCK_KEY = 4_242_001;

const urlFor = (database: string) => `${SERVER_URL}/${database}`;

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The template is current when it has applied exactly the migrations this checkout lists. */
async function templateIsCurrent(): Promise<boolean> {
  const client = new pg.Client({ connectionString: urlFor(TEMPLATE) });
  try {
    await client.connect();
    const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    return rows.map((r) => r.name).join() === migrations.map((m) => m.name).join();
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function buildTemplate(admin: pg.Client): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  const dataSource = await createDataSource(urlFor(TEMPLATE)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** Test databases older than this were left by a run that was killed before its afterAll. */
const ABANDONED_AFTER_MS = 6 * 3600_000;

async function dropAbandoned(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    // Eight base-36 digits are a millisecond time from 1972 to 2059: other names are not ours to judge.
    `SELECT datname FROM pg_database WHERE datname ~ '^duijie_test_[0-9a-z]{8}_[0-9a-f]{8}$'`,
  );
  for (const { datname } of rows) {
    const created = parseInt(datname.split('_')[2], 36);
    if (Date.now() - created > ABANDONED_AFTER_MS) {
      await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
    }
  }
}

/**
 * A fresh, migrated database for one test file, cloned from a template that is (re)built from the
 * migrations when they change. Files never see each other's rows, and cloning takes a fraction of a
 * second instead of a full migration run.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  // The creation time in the name lets a later run drop what a killed run left behind.
  const name = `duijie_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin(async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      await dropAbandoned(admin);
      if (!(await templateIsCurrent())) await buildTemplate(admin);
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    }
  });
  return {
    name,
    url: urlFor(name),
    drop: () =>
      withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
