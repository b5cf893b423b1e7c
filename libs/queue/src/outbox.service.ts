import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventPayloads, EventType } from './queue-names.js';

/** An outbox row as a consumer that rebuilds from the change feed (search reindex) reads it. */
export interface OutboxChange {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

const IN_FLIGHT_POLL_MS = 20;
const IN_FLIGHT_TIMEOUT_MS = 60_000;

/**
 * Adds an outbox row inside the caller's transaction; the worker's relay does the rest. A function as
 * well as a method, for writers outside Nest's container (the demo seed).
 */
export async function addOutboxEvent<E extends EventType>(
  manager: EntityManager,
  type: E,
  payload: EventPayloads[E],
): Promise<void> {
  await manager.query(outboxInsertSql('$1', 'SELECT $2::jsonb'), [type, JSON.stringify(payload)]);
}

/**
 * The outbox write as one INSERT: a row of type `typeParam` for each row of `payloads` (a query whose
 * one column is the payload as jsonb), in its order. Also usable as a data-modifying CTE, for a writer
 * that makes its change and records its events in one statement (one round trip, atomic without a
 * transaction of its own); such a CTE runs whether or not the statement reads it.
 */
export function outboxInsertSql(typeParam: string, payloads: string): string {
  // Wakes the relay at once instead of at its next poll; delivered on commit, dropped on rollback, and
  // once per transaction however many rows ask (PostgreSQL folds identical notifications).
  return `INSERT INTO outbox_events (type, payload)
          SELECT ${typeParam}, p.payload FROM (${payloads}) AS p(payload)
          RETURNING pg_notify('outbox', '')`;
}

/**
 * A sweep's one statement (reminders that came due, and the like): `change` writes or marks the rows due,
 * a data-modifying statement whose RETURNING columns `payload` (a jsonb expression) reads, and each row it
 * returns gets one outbox event of `type`. Atomic without a transaction of its own, so a row is queued
 * exactly when its change is made. `change` uses $1…$n (`params`); returns how many events were written.
 */
export async function queueWithOutbox(
  dataSource: Pick<DataSource, 'query'>,
  change: string,
  payload: string,
  type: EventType,
  params: unknown[],
): Promise<number> {
  const rows: unknown[] = await dataSource.query(
    `WITH changed AS (${change}),
       events AS (${outboxInsertSql(`$${params.length + 1}`, `SELECT ${payload} FROM changed`)})
     SELECT 1 FROM events`,
    [...params, type],
  );
  return rows.length;
}

/** Writes and reads the outbox: events inside the caller's transaction, the change feed for rebuilds. */
@Injectable()
export class OutboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  add<E extends EventType>(manager: EntityManager, type: E, payload: EventPayloads[E]): Promise<void> {
    return addOutboxEvent(manager, type, payload);
  }

  /**
   * A position in the change feed: every event at or below it is committed when this resolves, and every
   * event committed later has a greater id. Ids are taken from a sequence before commit, so a transaction
   * still open when max(id) is read may commit a smaller id afterwards: wait for the transactions of this
   * database that were open then (they all hold an xid, having inserted their row) to end.
   */
  async changeMark(): Promise<string> {
    const [{ mark }]: { mark: string }[] = await this.dataSource.query(
      `SELECT COALESCE(max(id), 0)::text AS mark FROM outbox_events`,
    );
    const open: { xid: string }[] = await this.dataSource.query(
      `SELECT backend_xid::text AS xid FROM pg_stat_activity
        WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()`,
    );
    const xids = open.map((row) => row.xid);
    const deadline = Date.now() + IN_FLIGHT_TIMEOUT_MS;
    while (xids.length > 0) {
      const [{ n }]: { n: number }[] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_xid::text = ANY($1)`,
        [xids],
      );
      if (n === 0) break;
      if (Date.now() > deadline) throw new Error(`Transactions ${xids.join(', ')} stayed open for a minute`);
      await new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_POLL_MS));
    }
    return mark;
  }

  /** Events after `afterId` up to `upToId` (inclusive; unbounded when absent), of the given types, in order. */
  async changesSince(afterId: string, types: readonly string[], upToId?: string): Promise<OutboxChange[]> {
    return this.dataSource.query(
      `SELECT id::text AS id, type, payload FROM outbox_events
        WHERE id > $1 AND ($2::bigint IS NULL OR id <= $2) AND type = ANY($3) ORDER BY id`,
      [afterId, upToId ?? null, [...types]],
    );
  }
}
