import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId: string;
  actorUserId?: string | null;
  organizationId?: string | null;
  data?: Record<string, unknown>;
  ip?: string | null;
}

/** Writes audit entries inside the caller's transaction, so an entry exists exactly when its change does. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    const row: Partial<AuditEntry> = {
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      actorUserId: entry.actorUserId ?? null,
      organizationId: entry.organizationId ?? null,
      data: entry.data ?? {},
      ip: entry.ip ?? null,
    };
    await manager.insert(AuditEntry, row as QueryDeepPartialEntity<AuditEntry>);
  }

  /** A subject's entries, oldest first: for a context that shows its own records' history to those who may see them. */
  async trail(manager: EntityManager, subjectType: string, subjectId: string): Promise<AuditTrailEntry[]> {
    const rows = await manager.find(AuditEntry, {
      where: { subjectType, subjectId },
      order: { occurredAt: 'ASC', id: 'ASC' },
      take: 500,
    });
    return rows.map((row) => ({
      action: row.action,
      at: row.occurredAt,
      actorUserId: row.actorUserId,
      organizationId: row.organizationId,
      data: row.data,
    }));
  }
}

/** One entry of a subject's history, without the caller's address. */
export interface AuditTrailEntry {
  action: string;
  at: Date;
  actorUserId: string | null;
  organizationId: string | null;
  data: Record<string, unknown>;
}
