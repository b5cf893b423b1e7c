import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ForbiddenError, NotFoundError, ValidationError, type FieldError } from '#core';
import { inTransaction } from '#database';
import { AuditService, OrganizationDirectory, type Actor } from '#identity';
import { ExpertService } from '#profiles';
import type { CreateDispatchDto, DispatchDto } from './dto/dispatch.dto.js';
import { Dispatch } from './records/dispatch.entity.js';
import { ServiceAccess } from './service-access.js';

const LIST_LIMIT = 200;

/**
 * 派驻: a society's owner or admin sends its own experts (a 学会服务团 or 科技特派员) to one enterprise or
 * one region for a period. The society's members, the dispatched experts who claimed their profiles and
 * the enterprise it serves read it; for anyone else it does not exist.
 */
@Injectable()
export class DispatchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ServiceAccess,
    private readonly organizations: OrganizationDirectory,
    private readonly experts: ExpertService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateDispatchDto): Promise<DispatchDto> {
    const society = await this.access.providerOf(actor);
    const role = actor.memberships.get(society.id);
    if (society.type !== 'society' || (role !== 'owner' && role !== 'admin'))
      throw new ForbiddenError('not-society-manager');
    const errors: FieldError[] = [];
    if (!input.enterpriseId === !input.regionCode)
      errors.push({ field: 'enterpriseId', code: 'one-target-required' });
    if (input.enterpriseId) {
      const enterprise = (await this.organizations.summaries([input.enterpriseId])).get(input.enterpriseId);
      if (enterprise?.type !== 'enterprise')
        errors.push({ field: 'enterpriseId', code: 'not-an-enterprise' });
    }
    if (input.endsOn < input.startsOn) errors.push({ field: 'endsOn', code: 'before-start' });
    const owners = await this.experts.ownersOf(input.expertIds);
    if (
      owners.length !== input.expertIds.length ||
      owners.some((expert) => expert.organizationId !== society.id)
    )
      errors.push({ field: 'expertIds', code: 'expert-not-of-society' });
    if (errors.length > 0) throw new ValidationError(errors);
    const id = await inTransaction(this.dataSource, async (manager) => {
      const dispatch = await manager.save(
        manager.create(Dispatch, {
          organizationId: society.id,
          kind: input.kind,
          name: input.name,
          expertIds: input.expertIds,
          enterpriseId: input.enterpriseId ?? null,
          regionCode: input.regionCode ?? null,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          goals: input.goals,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(manager, {
        action: 'dispatch.created',
        subjectType: 'dispatch',
        subjectId: dispatch.id,
        organizationId: society.id,
        actorUserId: actor.userId,
        data: {
          expertIds: input.expertIds,
          enterpriseId: dispatch.enterpriseId,
          regionCode: dispatch.regionCode,
        },
        ip: actor.ip,
      });
      return dispatch.id;
    });
    return this.get(actor, id);
  }

  /** The acting organization's dispatches (sent or received) and those the caller is dispatched on. */
  async list(actor: Actor): Promise<DispatchDto[]> {
    const organizations = this.access.listedOrganizations(actor);
    const claimed = await this.experts.claimedIdsOf(actor.userId);
    const rows = await this.dataSource
      .getRepository(Dispatch)
      .createQueryBuilder('d')
      .where('d.organization_id = ANY(:orgs) OR d.enterprise_id = ANY(:orgs) OR d.expert_ids && :claimed', {
        orgs: organizations,
        claimed,
      })
      .orderBy('d.starts_on', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .take(LIST_LIMIT)
      .getMany();
    return this.present(rows, claimed);
  }

  async get(actor: Actor, id: string): Promise<DispatchDto> {
    const dispatch = await this.dataSource.getRepository(Dispatch).findOneBy({ id });
    const claimed = await this.experts.claimedIdsOf(actor.userId);
    if (
      !dispatch ||
      !(
        actor.memberships.has(dispatch.organizationId) ||
        (dispatch.enterpriseId !== null && actor.memberships.has(dispatch.enterpriseId)) ||
        dispatch.expertIds.some((e) => claimed.includes(e)) ||
        actor.platformRole === 'admin'
      )
    )
      throw new NotFoundError('dispatch-not-found');
    const [dto] = await this.present([dispatch], claimed);
    return dto!;
  }

  private async present(rows: Dispatch[], claimed: string[]): Promise<DispatchDto[]> {
    const names = await this.organizations.summaries(
      rows.flatMap((d) => (d.enterpriseId ? [d.organizationId, d.enterpriseId] : [d.organizationId])),
    );
    const experts = new Map(
      (await this.experts.ownersOf([...new Set(rows.flatMap((d) => d.expertIds))])).map((e) => [
        e.id,
        e.name,
      ]),
    );
    const ref = (id: string) => ({ id, name: names.get(id)?.name ?? '' });
    return rows.map((d) => ({
      id: d.id,
      organization: ref(d.organizationId),
      kind: d.kind,
      name: d.name,
      experts: d.expertIds.map((id) => ({ id, name: experts.get(id) ?? '' })),
      enterprise: d.enterpriseId ? ref(d.enterpriseId) : null,
      regionCode: d.regionCode,
      startsOn: d.startsOn,
      endsOn: d.endsOn,
      goals: d.goals,
      dispatchedToViewer: d.expertIds.some((e) => claimed.includes(e)),
    }));
  }
}
