import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity.js';
import type { EventPayloads, EventType } from './queue-names.js';

/** Adds outbox rows inside the caller's transaction; the worker's relay does the rest. */
@Injectable()
export class OutboxService {
  async add<E extends EventType>(manager: EntityManager, type: E, payload: EventPayloads[E]): Promise<void> {
    await manager.insert(OutboxEvent, { type, payload: payload as unknown as Record<string, string> });
    // Wakes the relay at once instead of at its next poll; delivered on commit, dropped on rollback.
    await manager.query(`SELECT pg_notify('outbox', '')`);
  }
}
