import { loadAppConfig } from '#contexts';
import { ConfigError, regionTree } from '#core';
import { createApp } from './create-app.js';

/** The api process: HTTP on HOST:PORT (start.ts prepares the database before starting it). */
async function main() {
  const config = loadAppConfig();
  const app = await createApp(config);
  // The English region names are romanized from the Chinese ones (about 0.2 s): once here, not on the
  // first English request. Tests build them lazily instead.
  regionTree('en');
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
