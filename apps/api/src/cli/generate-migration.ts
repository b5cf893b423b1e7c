import { writeFile } from 'node:fs/promises';
import { loadAppConfig } from '#contexts';
import { ensureDatabase, pendingSchemaChanges } from '#database';
import { createDataSource } from '../../../../migrations/data-source.js';

/**
 * `npm run migration:generate -- Name`: migrates a database, compares it with the entities and writes the
 * difference as migrations/<timestamp>-Name.ts, to be reviewed by hand and listed in migrations/index.ts.
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('usage: npm run migration:generate -- PascalCaseName');
  const config = loadAppConfig();
  await ensureDatabase(config.DATABASE_URL);
  const dataSource = await createDataSource(config.DATABASE_URL).initialize();
  try {
    await dataSource.runMigrations();
    const { up, down } = await pendingSchemaChanges(dataSource);
    if (up.length === 0) {
      console.log('The entities and the migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const lines = (queries: string[]) =>
      queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down.reverse())}
  }
}
`;
    const file = `migrations/${timestamp}-${name}.ts`;
    await writeFile(file, source);
    console.log(`Wrote ${file}: review it and add the class to migrations/index.ts.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
