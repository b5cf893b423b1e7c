import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ForbiddenError, ValidationError, type FieldError } from '#core';
import { OrganizationDirectory, type Actor, type OrganizationSummary } from '#identity';
import { ExpertService } from '#profiles';
import { Dispatch } from './records/dispatch.entity.js';
import type { EnterpriseServiceRecord } from './records/enterprise-service-record.js';
import { PROVIDER_TYPES } from './service-terms.js';

/** Whether `regionCode` lies in `scope` (a province 320000 holds 3201xx and 320115; a county only itself). */
export const withinRegion = (regionCode: string, scope: string): boolean =>
  regionCode.startsWith(scope.replace(/(00)+$/, ''));

/** Who keeps a service record, checked: the organization it is filed under and the enterprise served. */
export interface Recorder {
  organizationId: string;
  enterprise: OrganizationSummary;
  dispatch: Dispatch | null;
}

/**
 * Who may keep and read service records. A service organization (a society or a service agency) keeps
 * records under its own name through any member; a 科技特派员 — an expert of a dispatch who claimed the
 * profile — keeps them for the dispatching society by naming the dispatch. The enterprise served reads
 * what concerns it; platform admins read everything; for anyone else a record does not exist.
 */
@Injectable()
export class ServiceAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly experts: ExpertService,
  ) {}

  /** The caller's acting organization, which must be a service organization (403 otherwise). */
  async providerOf(actor: Actor): Promise<OrganizationSummary> {
    if (!actor.organizationId)
      throw new ValidationError(
        [{ field: 'X-Organization-Id', code: 'isDefined' }],
        'organization-context-required',
      );
    const organization = (await this.organizations.summaries([actor.organizationId])).get(
      actor.organizationId,
    );
    if (!organization || !(PROVIDER_TYPES as readonly string[]).includes(organization.type))
      throw new ForbiddenError('not-a-service-organization');
    return organization;
  }

  /** Checks who may file a visit or a service log for this enterprise (under this dispatch). */
  async recorderOf(actor: Actor, target: { enterpriseId: string; dispatchId?: string }): Promise<Recorder> {
    const errors: FieldError[] = [];
    let organizationId: string | null = null;
    let dispatch: Dispatch | null = null;
    if (target.dispatchId) {
      dispatch = await this.dataSource.getRepository(Dispatch).findOneBy({ id: target.dispatchId });
      if (!dispatch || !(await this.mayWorkUnder(actor, dispatch))) {
        errors.push({ field: 'dispatchId', code: 'dispatch-not-yours' });
        dispatch = null;
      } else organizationId = dispatch.organizationId;
    } else organizationId = (await this.providerOf(actor)).id;
    const enterprise = (await this.organizations.summaries([target.enterpriseId])).get(target.enterpriseId);
    if (!enterprise || enterprise.type !== 'enterprise')
      errors.push({ field: 'enterpriseId', code: 'not-an-enterprise' });
    else if (
      dispatch &&
      (dispatch.enterpriseId
        ? dispatch.enterpriseId !== enterprise.id
        : !withinRegion(enterprise.regionCode, dispatch.regionCode!))
    )
      errors.push({ field: 'enterpriseId', code: 'outside-dispatch' });
    if (errors.length > 0 || !organizationId || !enterprise) throw new ValidationError(errors);
    return { organizationId, enterprise, dispatch };
  }

  /** Members of the dispatching society, and the dispatched experts who claimed their profiles. */
  async mayWorkUnder(actor: Actor, dispatch: Dispatch): Promise<boolean> {
    if (actor.memberships.has(dispatch.organizationId)) return true;
    return (await this.experts.ownersOf(dispatch.expertIds)).some((e) => e.claimedBy === actor.userId);
  }

  /** The keeping organization's members, the author, the enterprise served and platform admins. */
  mayRead(actor: Actor, record: EnterpriseServiceRecord): boolean {
    return (
      actor.memberships.has(record.organizationId) ||
      actor.memberships.has(record.enterpriseId) ||
      record.createdBy === actor.userId ||
      actor.platformRole === 'admin'
    );
  }

  /** May change what a record says: its author, or an owner or admin of the keeping organization. */
  mayEdit(actor: Actor, record: EnterpriseServiceRecord): boolean {
    const role = actor.memberships.get(record.organizationId);
    return record.createdBy === actor.userId || role === 'owner' || role === 'admin';
  }

  /** The organizations whose records a list shows: the acting one, or all of the caller's. */
  listedOrganizations(actor: Actor): string[] {
    return actor.organizationId ? [actor.organizationId] : [...actor.memberships.keys()];
  }
}
