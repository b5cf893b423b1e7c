import {
  IsBooleanString,
  IsEmail,
  IsIn,
  IsTimeZone,
  IsOptional,
  IsString,
  IsUrl,
  MinLength,
} from 'class-validator';
import {
  AnyIntSetting,
  IntSetting,
  readSettings,
  type ConfigSlice,
  type ConfigSliceClass,
} from './settings.js';

/**
 * The contexts' settings of each loaded configuration, by class (read with `slice`): beside the object,
 * so its own fields stay the core variables. A copy made with `{ ...config }` has none; change a loaded
 * configuration with Object.assign instead.
 */
const loadedSlices = new WeakMap<AppConfig, ReadonlyMap<ConfigSliceClass, object>>();

/** The development secret: fine on a laptop, refused when NODE_ENV=production. */
export const DEVELOPMENT_SECRET = 'duijie-development-secret-change-me-in-production';

/**
 * The platform's environment variables (process, database, Redis, mail, sign-in, logging, limits) and
 * those several contexts read (DIGEST_TIMEZONE: notifications' digests and interest's daily count), with
 * defaults that work on a developer machine (PostgreSQL and Redis on 127.0.0.1). A variable of one
 * context lives in that context's slice (`config` of its descriptor). README.md documents each one;
 * keep the two in step.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @IsString()
  HOST = '127.0.0.1';

  @IntSetting(1, 65535)
  PORT = 3000;

  @IsUrl({ protocols: ['http', 'https'], require_tld: false })
  PUBLIC_URL = 'http://127.0.0.1:3000';

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/duijie';

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ and throttling key, so several deployments (or test files) share one Redis. */
  @IsString()
  @MinLength(1)
  REDIS_PREFIX = 'duijie';

  /** Unset: `npm start` runs a local mail catcher and mail goes there. */
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = '对接 Duijie <no-reply@duijie.local>';

  /**
   * SMTP connections each process keeps open and reuses: a fan-out of thousands of emails pays the
   * connection and greeting once per connection, not once per message.
   */
  @IntSetting(1, 50)
  SMTP_MAX_CONNECTIONS = 5;

  @AnyIntSetting()
  MAILDEV_SMTP_PORT = 1025;

  @AnyIntSetting()
  MAILDEV_WEB_PORT = 1080;

  /** Signs access tokens and derives emailed link tokens. At least 32 characters. */
  @IsString()
  @MinLength(32)
  APP_SECRET = DEVELOPMENT_SECRET;

  @IntSetting(60, 3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @IntSetting(1, 365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** Send the refresh cookie only over HTTPS. Off by default because the default PUBLIC_URL is plain HTTP. */
  @IsBooleanString()
  COOKIE_SECURE = 'false';

  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12)
  ADMIN_PASSWORD?: string;

  /** Seed demo data into an empty database on start. */
  @IsBooleanString()
  DEMO_DATA = 'true';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IntSetting(0, 65535)
  WORKER_HEALTH_PORT = 3001;

  /**
   * How long work may stay unfinished before the worker treats it as lost: an outbox row dispatched this
   * long ago whose job is neither done nor in Redis is enqueued again, and an email claim this old whose
   * attempt never finished is marked `unknown` (docs/RELIABILITY.md). Keep it above the SMTP timeouts.
   */
  @IntSetting(1)
  RECOVERY_GRACE_SECONDS = 300;

  /** How often the reconciler looks for lost work (it also runs when the worker starts). */
  @IntSetting(1)
  RECONCILE_INTERVAL_SECONDS = 60;

  /**
   * How often the worker re-counts the measured figures' dirty days (medians and distinct counts,
   * docs/REPORTING.md): the dashboards read them without waiting, at most about this far behind a write.
   */
  @IntSetting(1)
  REPORTING_MEASURES_FRESHEN_SECONDS = 2;

  /**
   * A dashboard read re-counts the measured figures itself when a change older than this is still
   * uncounted (the worker down or far behind), so they are never more than this behind.
   */
  @IntSetting(1)
  REPORTING_MEASURES_STALE_SECONDS = 30;

  /** How often the watchdog checks the queue workers; one unhealthy on three checks in a row is recreated. */
  @IntSetting(1)
  WATCHDOG_INTERVAL_SECONDS = 10;

  /**
   * The open change feeds hold back rows changed this recently, so a transaction that commits after a
   * reader passed its start time is not skipped (see OpenFeedService).
   */
  @IntSetting(0)
  OPEN_FEED_SETTLE_SECONDS = 5;

  /**
   * Largest request body, in KB, of every route but the workbook upload (10 MB): the biggest JSON body a
   * form sends is a few tens of KB, and each KB more is parsing and validating time a client can make
   * the server spend.
   */
  @IntSetting(16, 10_240)
  BODY_LIMIT_KB = 256;

  /** The hour (0–23, in DIGEST_TIMEZONE) at which daily notification digests go out. */
  @IntSetting(0, 23)
  DIGEST_HOUR = 8;

  /** An IANA time zone: the day a digest belongs to, and the clock DIGEST_HOUR is read on. */
  @IsTimeZone()
  DIGEST_TIMEZONE = 'Asia/Shanghai';

  /** One context's settings, read and validated with the core ones before Nest starts. */
  slice<T extends object>(type: ConfigSliceClass<T>): T {
    const settings = loadedSlices.get(this)?.get(type);
    if (!settings)
      throw new Error(`${type.name} was not loaded: load the configuration with every context's slice`);
    return settings as T;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get cookieSecure(): boolean {
    return this.COOKIE_SECURE === 'true';
  }

  get demoData(): boolean {
    return this.DEMO_DATA === 'true';
  }
}

/** Thrown at start-up; main() prints its message and exits non-zero. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Where people reach a server whose PUBLIC_URL is not set: where it listens (`npm start` with PORT=8080
 * prints and emails links to :8080). A wildcard host means this machine.
 */
function defaultPublicUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/**
 * Reads and validates the environment once: the core settings and each context's slice (`slices`, from
 * the list of contexts, which core cannot import). Unknown variables are ignored (the shell has plenty);
 * a bad value of a known one stops the process with every problem listed.
 */
export function loadConfig(env: NodeJS.ProcessEnv, slices: readonly ConfigSliceClass[]): AppConfig {
  const { settings: config, given, problems } = readSettings(AppConfig, env);
  if (given.PUBLIC_URL === undefined && Number.isInteger(config.PORT))
    config.PUBLIC_URL = defaultPublicUrl(config.HOST, config.PORT);
  const read = slices.map((type) => ({ type, ...readSettings(type, env) }));
  problems.push(...read.flatMap((slice) => slice.problems));
  if (config.isProduction && config.APP_SECRET === DEVELOPMENT_SECRET) {
    problems.push('APP_SECRET must be set to a secret of your own when NODE_ENV=production');
  }
  if ((config.ADMIN_EMAIL === undefined) !== (config.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  for (const slice of read) problems.push(...((slice.settings as ConfigSlice).problems?.(config) ?? []));
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  loadedSlices.set(config, new Map(read.map((slice) => [slice.type, slice.settings])));
  return config;
}
