import { readFile, writeFile } from 'node:fs/promises';
import { loadAppConfig } from '#contexts';
import { createApp } from '../create-app.js';
import { buildOpenApi } from '../openapi.js';
import { inStableOrder } from './stable-order.js';
import { writeWebClient } from './web-client.js';

export const OPENAPI_FILE = 'openapi.json';

/**
 * `npm run openapi`: regenerates the committed openapi.json and the web client generated from it (tests
 * fail when either drifts: openapi.json from the code, the client from openapi.json).
 */
async function main() {
  const app = await createApp(Object.assign(loadAppConfig(), { LOG_LEVEL: 'warn' }));
  await app.init();
  const committed = await readFile(OPENAPI_FILE, 'utf8').then(JSON.parse, () => ({}));
  const document = inStableOrder(committed, buildOpenApi(app));
  await writeFile(OPENAPI_FILE, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
  // Generated from the JSON as written, exactly as the staleness test reads it back.
  const written = await writeWebClient(JSON.parse(JSON.stringify(document)) as object);
  console.log(`Wrote ${[OPENAPI_FILE, ...written].join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
