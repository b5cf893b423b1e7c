import { loadAppConfig } from '#contexts';
import { ConfigError } from '#core';
import { createApp } from './create-app.js';

/** The api process: HTTP on HOST:PORT (start.ts prepares the database before starting it). */
async function main() {
  const config = loadAppConfig();
  const app = await createApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
