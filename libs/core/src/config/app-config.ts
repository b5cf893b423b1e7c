import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBooleanString,
  IsEmail,
  IsIn,
  IsInt,
  IsTimeZone,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/** A whole-number variable from `min` (to `max`); left out or empty, the field's default stands. */
const IntSetting = (min: number, max?: number) =>
  applyDecorators(Transform(toInt), IsInt(), Min(min), ...(max === undefined ? [] : [Max(max)]));

/** The development secret: fine on a laptop, refused when NODE_ENV=production. */
export const DEVELOPMENT_SECRET = 'duijie-development-secret-change-me-in-production';

/**
 * Every environment variable the api and worker read, with defaults that work on a developer machine
 * (PostgreSQL and Redis on 127.0.0.1). README.md documents each one; keep the two in step.
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

  @Transform(toInt)
  @IsInt()
  MAILDEV_SMTP_PORT = 1025;

  @Transform(toInt)
  @IsInt()
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

  /** How often the watchdog checks the queue workers; one unhealthy on three checks in a row is recreated. */
  @IntSetting(1)
  WATCHDOG_INTERVAL_SECONDS = 10;

  /** Failed sign-ins allowed per account in LOGIN_WINDOW_SECONDS before the account is throttled. */
  @IntSetting(1)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  /** Sign-in attempts allowed per client IP in LOGIN_WINDOW_SECONDS. */
  @IntSetting(1)
  LOGIN_MAX_ATTEMPTS_PER_IP = 30;

  @IntSetting(1)
  LOGIN_WINDOW_SECONDS = 900;

  /** Requests per minute an organization's API key may make when its admin sets no limit of its own. */
  @IntSetting(1)
  API_KEY_RATE_LIMIT_PER_MINUTE = 600;

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

  /** Which SearchEngine adapter serves search: PostgreSQL full-text search, or Meilisearch at scale. */
  @IsIn(['postgres', 'meilisearch'])
  SEARCH_ENGINE: 'postgres' | 'meilisearch' = 'postgres';

  /** Meilisearch's address; required when SEARCH_ENGINE=meilisearch. */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false })
  MEILI_URL?: string;

  @IsOptional()
  @IsString()
  MEILI_API_KEY?: string;

  /** Prefix of the Meilisearch index names (`duijie-demand`…), so deployments can share one server. */
  @IsString()
  @MinLength(1)
  MEILI_INDEX_PREFIX = 'duijie';

  /** The hour (0–23, in DIGEST_TIMEZONE) at which daily notification digests go out. */
  @IntSetting(0, 23)
  DIGEST_HOUR = 8;

  /** An IANA time zone: the day a digest belongs to, and the clock DIGEST_HOUR is read on. */
  @IsTimeZone()
  DIGEST_TIMEZONE = 'Asia/Shanghai';

  /** 我要对接 an organization may send per day (in DIGEST_TIMEZONE): beyond it, 429 until midnight. */
  @IntSetting(1)
  INTEREST_DAILY_LIMIT = 20;
  /**
   * Let webhooks reach private and loopback addresses: for the project's own tests, which receive webhooks
   * on 127.0.0.1. Refused when NODE_ENV=production; cloud metadata addresses stay refused even when set.
   */
  @IsBooleanString()
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES = 'false';

  /** Where uploaded files (specifications, drawings, certificates, pitch decks, licences) are kept. */
  @IsIn(['local', 's3'])
  FILES_STORAGE: 'local' | 's3' = 'local';

  /** The folder of FILES_STORAGE=local, created on first upload; relative paths start at the working directory. */
  @IsString()
  @MinLength(1)
  FILES_DIR = 'data/files';

  /** Largest file accepted, in MB; a larger upload is refused with 413 and nothing stored. */
  @IntSetting(1, 1024)
  FILES_MAX_SIZE_MB = 20;

  /** Files one posting (or one organization's licence list) may hold, and so one upload may carry. */
  @IntSetting(1, 100)
  FILES_MAX_PER_OWNER = 10;

  /** The S3-compatible endpoint of FILES_STORAGE=s3 (AWS, MinIO, OSS, COS…); unset means AWS itself. */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false })
  S3_ENDPOINT?: string;

  @IsString()
  @MinLength(1)
  S3_REGION = 'us-east-1';

  /** Required when FILES_STORAGE=s3. */
  @IsOptional()
  @IsString()
  @MinLength(3)
  S3_BUCKET?: string;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** Path-style addresses (endpoint/bucket/key), which MinIO and most self-hosted servers need. */
  @IsBooleanString()
  S3_FORCE_PATH_STYLE = 'true';

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get cookieSecure(): boolean {
    return this.COOKIE_SECURE === 'true';
  }

  get demoData(): boolean {
    return this.DEMO_DATA === 'true';
  }

  get webhookAllowPrivateAddresses(): boolean {
    return this.WEBHOOK_ALLOW_PRIVATE_ADDRESSES === 'true';
  }
}

/** Thrown at start-up; main() prints its message and exits non-zero. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the environment once. Unknown variables are ignored (the shell has plenty);
 * a bad value of a known one stops the process with every problem listed.
 */
/**
 * Where people reach a server whose PUBLIC_URL is not set: where it listens (`npm start` with PORT=8080
 * prints and emails links to :8080). A wildcard host means this machine.
 */
function defaultPublicUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const defaults = new AppConfig();
  const known = Object.keys(defaults).concat([
    'SMTP_URL',
    'ADMIN_EMAIL',
    'ADMIN_PASSWORD',
    'MEILI_URL',
    'MEILI_API_KEY',
    'S3_ENDPOINT',
    'S3_BUCKET',
    'S3_ACCESS_KEY_ID',
    'S3_SECRET_ACCESS_KEY',
  ]);
  const given = Object.fromEntries(
    known.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]),
  );
  const config = plainToInstance(AppConfig, given, { exposeDefaultValues: true });
  if (given.PUBLIC_URL === undefined && Number.isInteger(config.PORT))
    config.PUBLIC_URL = defaultPublicUrl(config.HOST, config.PORT);
  const problems = validateSync(config).flatMap((error) =>
    Object.values(error.constraints ?? {}).map(
      // The raw text from the environment, not the converted value (NaN would print as null).
      () => `${error.property}=${JSON.stringify(given[error.property])} is invalid`,
    ),
  );
  const unique = [...new Set(problems)];
  if (config.isProduction && config.APP_SECRET === DEVELOPMENT_SECRET) {
    unique.push('APP_SECRET must be set to a secret of your own when NODE_ENV=production');
  }
  if (config.isProduction && config.webhookAllowPrivateAddresses) {
    unique.push('WEBHOOK_ALLOW_PRIVATE_ADDRESSES must not be true when NODE_ENV=production');
  }
  if ((config.ADMIN_EMAIL === undefined) !== (config.ADMIN_PASSWORD === undefined)) {
    unique.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (config.SEARCH_ENGINE === 'meilisearch' && !config.MEILI_URL) {
    unique.push('MEILI_URL must be set when SEARCH_ENGINE=meilisearch');
  }
  if (config.FILES_STORAGE === 's3' && !config.S3_BUCKET) {
    unique.push('S3_BUCKET must be set when FILES_STORAGE=s3');
  }
  if (unique.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${unique.join('\n  - ')}`);
  }
  return config;
}
