import { loadAppConfig } from '#contexts';
import { prepareDatabase } from './prepare-database.js';

/** `npm run migrate`: creates the database if missing and applies pending migrations. */
prepareDatabase(loadAppConfig(), { seed: false })
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
