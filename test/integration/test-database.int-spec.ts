import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase } from '#testing';

const SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';

async function databases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'duijie_test_%'`,
    );
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

describe('createTestDatabase', () => {
  it('gives each caller its own migrated database and drops what killed runs left behind', async () => {
    const abandoned = `duijie_test_${(Date.now() - 7 * 3600_000).toString(36)}_deadbeef`;
    const admin = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${abandoned}`);
    await admin.end();

    const first = await createTestDatabase();
    const second = await createTestDatabase();
    try {
      expect(first.name).not.toBe(second.name);
      const names = await databases();
      expect(names).toEqual(expect.arrayContaining([first.name, second.name]));
      expect(names).not.toContain(abandoned);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM migrations`);
      await client.end();
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      await first.drop();
      await second.drop();
    }
    expect(await databases()).not.toContain(first.name);
  });
});
