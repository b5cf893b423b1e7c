import { writeFile } from 'node:fs/promises';
import { loadConfig } from '#core';
import { createApp } from '../create-app.js';
import { buildOpenApi } from '../openapi.js';

export const OPENAPI_FILE = 'openapi.json';

/** `npm run openapi`: regenerates the committed openapi.json (a test fails when it drifts from the code). */
async function main() {
  const app = await createApp({ ...loadConfig(), LOG_LEVEL: 'warn' } as ReturnType<typeof loadConfig>);
  await app.init();
  await writeFile(OPENAPI_FILE, `${JSON.stringify(buildOpenApi(app), null, 2)}\n`);
  await app.close();
  console.log(`Wrote ${OPENAPI_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
