import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import {
  DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type TransactionCommitEvent,
} from 'typeorm';
import { AppConfig } from '#core';

/** Stale entries can only live this long even if an invalidation were lost. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;
const CHANNEL = 'identity_changed';

interface Entry {
  value: unknown;
  expiresAt: number;
  tags: string[];
}

/** Tags name what an entry depends on; a change to any of them evicts it. */
export const tag = {
  user: (id: string) => `user:${id}`,
  session: (id: string) => `session:${id}`,
  organization: (id: string) => `org:${id}`,
  token: (id: string) => `token:${id}`,
};

/**
 * Who a credential belongs to and what /me shows, kept in memory so an authenticated read costs no
 * database round trip. Correctness comes from invalidation, not from the TTL: every identity write
 * calls `changed()` inside its transaction, which (a) evicts this process's entries right after the
 * commit, before the response goes out, and (b) sends a PostgreSQL NOTIFY that makes every other api
 * process evict within milliseconds. If the LISTEN connection drops, the whole cache is cleared.
 */
@Injectable()
export class IdentityCache implements OnModuleInit, OnApplicationShutdown, EntitySubscriberInterface {
  private readonly logger = new Logger(IdentityCache.name);
  private readonly entries = new Map<string, Entry>();
  private readonly byTag = new Map<string, Set<string>>();
  private listener?: pg.Client;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.dataSource.subscribers.push(this);
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.listener?.end().catch(() => undefined);
  }

  get<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.delete(key);
      return undefined;
    }
    return entry.value as T;
  }

  set(key: string, value: unknown, tags: string[], expiresAt = Date.now() + TTL_MS): void {
    this.delete(key);
    if (this.entries.size >= MAX_ENTRIES) this.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, tags, expiresAt: Math.min(expiresAt, Date.now() + TTL_MS) });
    for (const t of tags) {
      if (!this.byTag.has(t)) this.byTag.set(t, new Set());
      this.byTag.get(t)!.add(key);
    }
  }

  /** Records, inside a write transaction, that what the tags name has changed. */
  async changed(manager: EntityManager, tags: string[]): Promise<void> {
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) {
      const pending = ((runner.data as { identityTags?: string[] }).identityTags ??= []);
      pending.push(...tags);
    } else {
      this.evict(tags);
    }
    await manager.query('SELECT pg_notify($1, $2)', [CHANNEL, tags.join(',')]);
  }

  /** TypeORM calls this after every commit; evicting here means no request can read the old state. */
  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as { identityTags?: string[] };
    if (data.identityTags) this.evict(data.identityTags.splice(0));
  }

  evict(tags: string[]): void {
    for (const t of tags) {
      for (const key of this.byTag.get(t) ?? []) this.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
    this.byTag.clear();
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    for (const t of entry.tags) {
      const keys = this.byTag.get(t);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(t);
    }
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', (message) => this.evict((message.payload ?? '').split(',')));
    client.on('error', (error) => {
      // Invalidations may have been missed while disconnected: forget everything.
      this.logger.warn(`Identity cache lost its LISTEN connection: ${error.message}`);
      this.clear();
      this.listener = undefined;
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => this.clear()), 1_000);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    if (this.listener === undefined && this.entries.size > 0) this.clear();
    this.listener = client;
  }
}
