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
}
