import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '#core';
import { outboxJobId } from './job-options.js';
import { OUTBOX_ROUTES, type OutboxRoutes } from './event-routes.js';
import { isEventType, JOB_QUEUE, type JobName, type QueueName } from './queue-names.js';

const BATCH = 200;
const POLL_MS = 1_000;
/** The enqueue runs inside the claiming transaction: never let a stuck Redis call hold the rows forever. */
const ENQUEUE_TIMEOUT_MS = 10_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`enqueue took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

interface OutboxRow {
  id: string;
  type: string;
  payload: Record<string, string>;
}

/**
 * Moves committed outbox rows to BullMQ, one job per route of the event (the contexts' routes, OUTBOX_ROUTES). Rows are claimed with FOR UPDATE SKIP LOCKED (several workers
 * may relay at once) and marked dispatched in the same transaction as the enqueue; the job id is the
 * outbox id, so a crash between the two re-enqueues a job BullMQ already has, which it ignores. Each row
 * remembers the jobs it started until they finish, so OutboxReconciler can replay what Redis lost.
 * LISTEN/NOTIFY wakes the relay at once; a poll catches anything a dropped connection missed.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: pg.Client;
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private pending = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
    @Inject(OUTBOX_ROUTES) private readonly routes: OutboxRoutes,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
    await this.draining;
  }

  /** Drains now, or once more after the drain in progress, so no notification is missed. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.pending = true;
      return;
    }
    this.draining = this.drain()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.warn(`Outbox relay will retry: ${String(error)}`))
      .finally(() => {
        this.draining = undefined;
        if (this.pending) {
          this.pending = false;
          this.wake();
        }
      });
  }

  /** Relays every undispatched row; resolves when the outbox is empty. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const relayed = await this.relayBatch();
      total += relayed;
      if (relayed < BATCH || this.stopped) return total;
    }
  }

  private relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, type, payload FROM outbox_events WHERE dispatched_at IS NULL
          ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, { job: JobName; row: OutboxRow }[]>();
      for (const row of rows) {
        if (!isEventType(row.type)) {
          // Dispatched without a job: a row no handler can ever take must not block the rest.
          this.logger.error(`Outbox event ${row.id} has unknown type ${row.type}; skipped`);
          continue;
        }
        for (const job of this.routes[row.type]) {
          const queue = JOB_QUEUE[job];
          byQueue.set(queue, [...(byQueue.get(queue) ?? []), { job, row }]);
        }
      }
      for (const [name, queued] of byQueue) {
        await withTimeout(
          this.queue(name).addBulk(
            queued.map(({ job, row }) => ({
              name: job,
              data: { ...row.payload, outboxId: row.id },
              opts: { jobId: outboxJobId(job, row.id) },
            })),
          ),
          ENQUEUE_TIMEOUT_MS,
        );
      }
      // Job names hold no comma, so each row's jobs travel as one comma-separated string.
      await manager.query(
        `UPDATE outbox_events o SET dispatched_at = now(), pending_jobs = string_to_array(r.jobs, ',')
           FROM unnest($1::bigint[], $2::text[]) AS r(id, jobs) WHERE o.id = r.id`,
        [rows.map((r) => r.id), rows.map((r) => (isEventType(r.type) ? this.routes[r.type].join(',') : ''))],
      );
      return rows.length;
    });
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', () => this.wake());
    // A lost LISTEN connection only delays work until the next poll; reconnect in the background.
    client.on('error', (error) => {
      this.logger.warn(`Outbox LISTEN connection lost: ${error.message}`);
      this.listener = undefined;
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), POLL_MS);
    });
    await client.connect();
    await client.query('LISTEN outbox');
    this.listener = client;
  }
}
