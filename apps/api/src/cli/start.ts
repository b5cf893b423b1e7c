import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MailDev } from 'maildev';
import { loadAppConfig } from '#contexts';
import { ConfigError, type AppConfig } from '#core';
import { prepareDatabase } from './prepare-database.js';

/**
 * `npm start`: the whole product on one machine. Prepares the database, runs a local mail catcher when
 * SMTP_URL is unset, then runs the api (which serves the web app) and the worker as child processes.
 * If either exits, the other is stopped too, so a broken start is never half-running.
 */
const entry = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

async function startMailCatcher(config: AppConfig): Promise<MailDev | undefined> {
  if (config.SMTP_URL) return undefined;
  const maildev = new MailDev({
    smtp: config.MAILDEV_SMTP_PORT,
    web: config.MAILDEV_WEB_PORT,
    ip: '127.0.0.1',
    webIp: '127.0.0.1',
  });
  await maildev.start();
  console.log(
    `Mail catcher: SMTP on 127.0.0.1:${config.MAILDEV_SMTP_PORT}, read mail at http://127.0.0.1:${config.MAILDEV_WEB_PORT}`,
  );
  return maildev;
}

async function main() {
  const config = loadAppConfig();
  await prepareDatabase(config, { seed: true });
  const maildev = await startMailCatcher(config);
  const children: ChildProcess[] = [entry('../main.js'), entry('../../../worker/src/main.js')].map((script) =>
    spawn(process.execPath, ['--enable-source-maps', script], { stdio: 'inherit', env: process.env }),
  );
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve))),
      ),
    );
    await maildev?.stop();
    process.exit(code);
  };
  for (const child of children) child.once('exit', (code) => void stop(code ?? 1));
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  console.log(`Duijie is starting on ${config.PUBLIC_URL} (api docs at ${config.PUBLIC_URL}/api/docs)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
