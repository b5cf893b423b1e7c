import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '#core';
import { AuditService, OrganizationDirectory, type Actor } from '#identity';
import type { AccessRequestDto, AccessRequestInputDto, OwnAccessRequestDto } from '../dto/demand.dto.js';
import { DemandAccessRequest, type AccessRequestStatus } from './demand-access-request.entity.js';
import { Demand } from './demand.entity.js';
import { DemandService } from './demand.service.js';

export type AccessDecision = 'grant' | 'refuse' | 'revoke';

const DECISIONS: Record<AccessDecision, { from: AccessRequestStatus; to: AccessRequestStatus }> = {
  grant: { from: 'pending', to: 'granted' },
  refuse: { from: 'pending', to: 'refused' },
  revoke: { from: 'granted', to: 'revoked' },
};

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** Requests to read confidential demands, and the owner's grants, refusals and revocations. */
@Injectable()
export class DemandAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly demands: DemandService,
    private readonly audit: AuditService,
    private readonly directory: OrganizationDirectory,
  ) {}

  /** A verified organization asks for access, accepting the demand's NDA text as it reads now. */
  async request(actor: Actor, demandId: string, input: AccessRequestInputDto): Promise<OwnAccessRequestDto> {
    if (!actor.organizationId) {
      throw new ValidationError(
        [{ field: 'X-Organization-Id', code: 'isDefined' }],
        'organization-context-required',
      );
    }
    const organizationId = actor.organizationId;
    const demand = await this.dataSource.getRepository(Demand).findOneBy({ id: demandId });
    if (!demand || !this.demands.isListedFor(actor, demand)) throw new NotFoundError('demand-not-found');
    if (demand.visibility !== 'confidential') throw new ConflictError('not-confidential');
    if (demand.organizationId === organizationId) throw new ConflictError('own-demand');
    const organization = await this.directory.summary(organizationId);
    if (organization?.verificationStatus !== 'verified')
      throw new ForbiddenError('organization-not-verified');
    try {
      return await this.dataSource.transaction(async (manager) => {
        const request = await manager.save(
          manager.create(DemandAccessRequest, {
            demandId,
            organizationId,
            requestedBy: actor.userId,
            message: input.message ?? null,
            ndaTextAccepted: demand.ndaText ?? '',
            ndaAcceptedAt: new Date(),
          }),
        );
        await this.audit.record(manager, {
          action: 'demand.access-requested',
          subjectType: 'demand-access-request',
          subjectId: request.id,
          organizationId: demand.organizationId,
          actorUserId: actor.userId,
          data: { demandId, requesterOrganizationId: organizationId },
          ip: actor.ip,
        });
        return { id: request.id, status: request.status, createdAt: request.createdAt };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('access-request-exists');
      throw error;
    }
  }

  /**
   * Which of these (demand, organization) pairs hold a grant, as `demandId:organizationId` keys: how
   * other contexts (matching's confidential views) ask without reading the requests table.
   */
  async granted(pairs: readonly { demandId: string; organizationId: string }[]): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows = await this.dataSource.getRepository(DemandAccessRequest).find({
      select: { demandId: true, organizationId: true },
      where: {
        status: 'granted',
        demandId: In(pairs.map((pair) => pair.demandId)),
        organizationId: In(pairs.map((pair) => pair.organizationId)),
      },
    });
    return new Set(rows.map((row) => `${row.demandId}:${row.organizationId}`));
  }

  async list(actor: Actor, demandId: string): Promise<AccessRequestDto[]> {
    await this.dataSource.transaction((manager) => this.demands.lockForEdit(manager, actor, demandId));
    const rows = await this.dataSource
      .getRepository(DemandAccessRequest)
      .find({ where: { demandId }, order: { createdAt: 'DESC' } });
    return (await this.directory.withNames(rows)).map(toAccessRequestDto);
  }

  async decide(
    actor: Actor,
    demandId: string,
    requestId: string,
    decision: AccessDecision,
    reason?: string,
  ): Promise<AccessRequestDto> {
    const decided = await this.dataSource.transaction(async (manager) => {
      await this.demands.lockForEdit(manager, actor, demandId);
      const request = await manager.findOne(DemandAccessRequest, {
        where: { id: requestId, demandId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw new NotFoundError('access-request-not-found');
      const { from, to } = DECISIONS[decision];
      if (request.status !== from)
        throw new ConflictError('invalid-transition', { action: decision, status: request.status });
      request.status = to;
      request.decidedBy = actor.userId;
      request.decidedAt = new Date();
      request.reason = reason ?? null;
      await manager.save(request);
      await this.audit.record(manager, {
        action: `demand.access-${decision === 'grant' ? 'granted' : decision === 'refuse' ? 'refused' : 'revoked'}`,
        subjectType: 'demand-access-request',
        subjectId: request.id,
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        data: { demandId, requesterOrganizationId: request.organizationId, reason: reason ?? null },
        ip: actor.ip,
      });
      return request;
    });
    const [shown] = await this.directory.withNames([decided]);
    return toAccessRequestDto(shown!);
  }
}

function toAccessRequestDto(r: DemandAccessRequest): AccessRequestDto {
  return {
    id: r.id,
    organizationId: r.organizationId,
    organizationName: r.organizationName ?? '',
    status: r.status,
    message: r.message,
    ndaAcceptedAt: r.ndaAcceptedAt,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    reason: r.reason,
  };
}
