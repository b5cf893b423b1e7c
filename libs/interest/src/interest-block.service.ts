import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#core';
import { inTransaction } from '#database';
import { AuditService, OrganizationDirectory, roleIn, type Actor } from '#identity';
import type { BlockOrganizationDto, InterestBlockDto, InterestReportDto } from './dto/interest.dto.js';
import { InterestBlock } from './interest-block.entity.js';

/**
 * An organization's admins refuse further 我要对接 from another organization, and may report it to the
 * platform's staff; each block and report is audited. Members read the list; staff read the reports.
 */
@Injectable()
export class InterestBlockService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly directory: OrganizationDirectory,
  ) {}

  async block(actor: Actor, input: BlockOrganizationDto): Promise<InterestBlockDto> {
    const ownerOrganizationId = this.administered(actor);
    if (input.organizationId === ownerOrganizationId)
      throw new ValidationError([{ field: 'organizationId', code: 'same-organization' }]);
    const blocked = await this.directory.summary(input.organizationId);
    if (!blocked) throw new ValidationError([{ field: 'organizationId', code: 'organization-not-found' }]);
    await inTransaction(this.dataSource, async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(InterestBlock)
        .values({
          ownerOrganizationId,
          blockedOrganizationId: input.organizationId,
          reported: input.report ?? false,
          note: input.note ?? null,
          createdBy: actor.userId,
        })
        .orIgnore()
        .returning('id')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) throw new ConflictError('already-blocked');
      await this.audit.record(manager, {
        action: input.report ? 'interest.reported' : 'interest.blocked',
        subjectType: 'organization',
        subjectId: input.organizationId,
        organizationId: ownerOrganizationId,
        actorUserId: actor.userId,
        data: { note: input.note ?? null },
        ip: actor.ip,
      });
    });
    return (await this.list(actor)).find((row) => row.organizationId === input.organizationId)!;
  }

  async unblock(actor: Actor, organizationId: string): Promise<void> {
    const ownerOrganizationId = this.administered(actor);
    await inTransaction(this.dataSource, async (manager) => {
      const { affected } = await manager.delete(InterestBlock, {
        ownerOrganizationId,
        blockedOrganizationId: organizationId,
      });
      if (!affected) throw new NotFoundError('not-found');
      await this.audit.record(manager, {
        action: 'interest.unblocked',
        subjectType: 'organization',
        subjectId: organizationId,
        organizationId: ownerOrganizationId,
        actorUserId: actor.userId,
        ip: actor.ip,
      });
    });
  }

  async list(actor: Actor): Promise<InterestBlockDto[]> {
    const ownerOrganizationId = actor.organizationId;
    if (!ownerOrganizationId) throw organizationRequired();
    const rows = await this.dataSource.getRepository(InterestBlock).find({
      where: { ownerOrganizationId },
      order: { createdAt: 'DESC' },
    });
    const names = await this.names(rows.map((row) => row.blockedOrganizationId));
    return rows.map((row) => present(row, names));
  }

  /** Reports for the platform's staff, newest first. */
  async reports(actor: Actor): Promise<InterestReportDto[]> {
    if (actor.platformRole === null) throw new NotFoundError('route-not-found');
    const rows = await this.dataSource.getRepository(InterestBlock).find({
      where: { reported: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    const names = await this.names(
      rows.flatMap((row) => [row.blockedOrganizationId, row.ownerOrganizationId]),
    );
    return rows.map((row) => ({
      ...present(row, names),
      reporterOrganizationId: row.ownerOrganizationId,
      reporterOrganizationName: names.get(row.ownerOrganizationId) ?? '',
    }));
  }

  /** Organizations' names from identity's directory, keyed by id. */
  private async names(ids: string[]): Promise<Map<string, string>> {
    const summaries = await this.directory.summaries(ids);
    return new Map([...summaries].map(([id, summary]) => [id, summary.name]));
  }

  /** The acting organization, when the caller administers it. */
  private administered(actor: Actor): string {
    if (!actor.organizationId) throw organizationRequired();
    const role = roleIn(actor, actor.organizationId);
    if (role !== 'owner' && role !== 'admin') throw new ForbiddenError('forbidden');
    return actor.organizationId;
  }
}

const organizationRequired = () =>
  new ValidationError([{ field: 'X-Organization-Id', code: 'isDefined' }], 'organization-context-required');

function present(row: InterestBlock, names: ReadonlyMap<string, string>): InterestBlockDto {
  return {
    organizationId: row.blockedOrganizationId,
    organizationName: names.get(row.blockedOrganizationId) ?? '',
    reported: row.reported,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}
