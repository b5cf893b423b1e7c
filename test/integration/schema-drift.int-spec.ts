import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { pendingSchemaChanges } from '#database';
import { createTestDatabase, type TestDatabase } from '#testing';
import { createDataSource } from '../../migrations/data-source.js';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await createDataSource(database.url).initialize();
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

describe('migrations', () => {
  it('produce exactly the schema the entities describe (run `npm run migration:generate -- Name` if not)', async () => {
    const { up } = await pendingSchemaChanges(dataSource);
    expect(up).toEqual([]);
  });

  it('are all applied to a fresh database', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('can be rolled back and applied again', async () => {
    for (let i = 0; i < dataSource.migrations.length; i += 1) await dataSource.undoLastMigration();
    const tables: { n: number }[] = await dataSource.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables[0].n).toBe(0);
    await dataSource.runMigrations();
    expect((await pendingSchemaChanges(dataSource)).up).toEqual([]);
  });
});
