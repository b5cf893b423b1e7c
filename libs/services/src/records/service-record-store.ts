import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type DeepPartial, type EntityTarget } from 'typeorm';
import { NotFoundError } from '#core';
import { inTransaction } from '#database';
import { AuditService, OrganizationDirectory, type Actor } from '#identity';
import type { ServiceRecordDto, ServiceRecordQueryDto } from '../dto/visit.dto.js';
import { ServiceAccess, type Recorder } from '../service-access.js';
import type { EnterpriseServiceRecord } from './enterprise-service-record.js';

const LIST_LIMIT = 200;

/**
 * Reading visits and service logs alike: one access rule (ServiceAccess.mayRead) and one list — the
 * records the acting organization keeps or received, and those the caller wrote as a 特派员.
 */
@Injectable()
export class ServiceRecordStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly access: ServiceAccess,
    private readonly audit: AuditService,
  ) {}

  /** Writes a new record filed as the recorder says, with its audit entry, in one transaction. */
  async insert<T extends EnterpriseServiceRecord>(
    entity: EntityTarget<T>,
    subjectType: 'visit' | 'service-log',
    actor: Actor,
    recorder: Recorder,
    fields: DeepPartial<T>,
  ): Promise<string> {
    return inTransaction(this.dataSource, async (manager) => {
      const filed = {
        organizationId: recorder.organizationId,
        enterpriseId: recorder.enterprise.id,
        enterpriseRegionCode: recorder.enterprise.regionCode,
        dispatchId: recorder.dispatch?.id ?? null,
        createdBy: actor.userId,
      };
      const record = await manager.save(
        entity,
        manager.create(entity, { ...fields, ...filed } as DeepPartial<T>),
      );
      await this.audit.record(manager, {
        action: `${subjectType}.created`,
        subjectType,
        subjectId: record.id,
        organizationId: filed.organizationId,
        actorUserId: actor.userId,
        data: { enterpriseId: filed.enterpriseId, dispatchId: filed.dispatchId },
        ip: actor.ip,
      });
      return record.id;
    });
  }

  async list<T extends EnterpriseServiceRecord>(
    entity: EntityTarget<T>,
    actor: Actor,
    query: ServiceRecordQueryDto,
    dateColumn: string,
  ): Promise<T[]> {
    const organizations = this.access.listedOrganizations(actor);
    const builder = this.dataSource
      .getRepository(entity)
      .createQueryBuilder('r')
      .where(
        new Brackets((q) =>
          q
            .where('r.organization_id = ANY(:orgs)', { orgs: organizations })
            .orWhere('r.enterprise_id = ANY(:orgs)', { orgs: organizations })
            .orWhere('r.created_by = :user', { user: actor.userId }),
        ),
      )
      .orderBy(`r.${dateColumn}`, 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(LIST_LIMIT);
    if (query.enterpriseId) builder.andWhere('r.enterprise_id = :e', { e: query.enterpriseId });
    if (query.dispatchId) builder.andWhere('r.dispatch_id = :d', { d: query.dispatchId });
    return builder.getMany();
  }

  /** The record, or 404 for anyone who may not read it. */
  async readable<T extends EnterpriseServiceRecord>(
    entity: EntityTarget<T>,
    actor: Actor,
    id: string,
    notFound: string,
  ): Promise<T> {
    const record = await this.dataSource.getRepository(entity).findOne({ where: { id } as never });
    if (!record || !this.access.mayRead(actor, record)) throw new NotFoundError(notFound);
    return record;
  }

  /** The fields every record shows, with the organizations' names. */
  async present<T extends EnterpriseServiceRecord, D>(
    records: readonly T[],
    own: (record: T) => D,
  ): Promise<(ServiceRecordDto & D)[]> {
    const names = await this.organizations.summaries(
      records.flatMap((r) => [r.organizationId, r.enterpriseId]),
    );
    const ref = (id: string) => ({ id, name: names.get(id)?.name ?? '' });
    return records.map((r) => ({
      id: r.id,
      organization: ref(r.organizationId),
      enterprise: ref(r.enterpriseId),
      enterpriseRegionCode: r.enterpriseRegionCode,
      dispatchId: r.dispatchId,
      createdBy: r.createdBy,
      createdAt: r.createdAt.toISOString(),
      ...own(r),
    }));
  }
}
