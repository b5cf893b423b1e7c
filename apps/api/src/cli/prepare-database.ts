import type { AppConfig } from '#core';
import { ensureDatabase } from '#database';
import { ensurePlatformAdmin, User } from '#identity';
import { createDataSource } from '../../../../migrations/data-source.js';
import { seedDemoData } from './demo-data.js';

/**
 * Before the api and worker start: create the database if missing, apply migrations, seed the demo
 * data into an empty database (DEMO_DATA=true) and ensure the bootstrap admin (ADMIN_EMAIL/ADMIN_PASSWORD).
 */
export async function prepareDatabase(
  config: AppConfig,
  options: { seed: boolean },
  log: (line: string) => void = console.log,
) {
  if (await ensureDatabase(config.DATABASE_URL))
    log(`Created database ${new URL(config.DATABASE_URL).pathname.slice(1)}`);
  const dataSource = await createDataSource(config.DATABASE_URL).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    log(
      applied.length
        ? `Applied migrations: ${applied.map((m) => m.name).join(', ')}`
        : 'Database schema is up to date',
    );
    if (options.seed && config.demoData && (await dataSource.getRepository(User).count()) === 0) {
      await seedDemoData(dataSource, config);
      log('Seeded demo data (see README.md for the demo accounts)');
    }
    if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
      const outcome = await ensurePlatformAdmin(dataSource, config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
      log(`Platform admin ${config.ADMIN_EMAIL}: ${outcome}`);
    }
  } finally {
    await dataSource.destroy();
  }
}
