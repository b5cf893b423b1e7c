import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig, TooManyRequestsError } from '#core';
import { REDIS } from '#queue';
import { IdentityConfig } from '../identity.config.js';
import { sha256 } from './secrets.js';

/**
 * Fixed-window counters in Redis, shared by every api process. Sign-in is checked before any password
 * hashing, so a flood of guesses costs almost nothing: failed attempts per account, all attempts per IP.
 */
@Injectable()
export class ThrottleService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
    private readonly settings: IdentityConfig,
  ) {}

  private key(bucket: string) {
    return `${this.config.REDIS_PREFIX}:throttle:${bucket}`;
  }

  /** Counts one hit in `bucket`; throws 429 with the seconds left when it is over `max` in the window. */
  async hit(bucket: string, max: number, windowSeconds: number, code = 'too-many-requests'): Promise<void> {
    const key = this.key(bucket);
    const results = await this.redis.multi().incr(key).expire(key, windowSeconds, 'NX').ttl(key).exec();
    const count = Number(results?.[0]?.[1] ?? 0);
    if (count > max) throw new TooManyRequestsError(code, Math.max(Number(results?.[2]?.[1] ?? 1), 1));
  }

  /** Counts a sign-in attempt against the IP, and refuses it when the account is locked by failures. */
  async admitLogin(email: string, ip: string): Promise<void> {
    const window = this.settings.LOGIN_WINDOW_SECONDS;
    await this.hit(`login-ip:${ip}`, this.settings.LOGIN_MAX_ATTEMPTS_PER_IP, window, 'login-throttled');
    const account = this.key(`login-account:${sha256(email)}`);
    const [[, failures], [, ttl]] = (await this.redis.multi().get(account).ttl(account).exec()) as [
      unknown,
      unknown,
    ][];
    if (Number(failures ?? 0) >= this.settings.LOGIN_MAX_FAILURES_PER_ACCOUNT) {
      throw new TooManyRequestsError('login-throttled', Math.max(Number(ttl), 1));
    }
  }

  async recordLoginFailure(email: string): Promise<void> {
    const account = this.key(`login-account:${sha256(email)}`);
    await this.redis.multi().incr(account).expire(account, this.settings.LOGIN_WINDOW_SECONDS, 'NX').exec();
  }

  async recordLoginSuccess(email: string): Promise<void> {
    await this.redis.del(this.key(`login-account:${sha256(email)}`));
  }
}
