import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { assertNoNulls, ConflictError, ForbiddenError, NotFoundError } from '#core';
import { abilityFor, asSubject } from '../access/abilities.js';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { IdentityCache, tag } from '../cache/identity-cache.js';
import { Membership } from './membership.entity.js';
import { Organization, type OrganizationType, type VerificationStatus } from './organization.entity.js';

export interface CreateOrganizationInput {
  name: string;
  type: OrganizationType;
  creditCode: string;
  regionCode: string;
  industryCode?: string;
  description?: string;
}

export type UpdateOrganizationInput = Partial<
  Pick<CreateOrganizationInput, 'name' | 'regionCode' | 'industryCode' | 'description'>
>;

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

@Injectable()
export class OrganizationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cache: IdentityCache,
  ) {}

  /** Creates the organization with the caller as its owner; a platform admin must still verify it. */
  async create(actor: Actor, input: CreateOrganizationInput): Promise<Organization> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const organization = await manager.save(
          manager.create(Organization, {
            ...input,
            industryCode: input.industryCode ?? null,
            description: input.description ?? null,
          }),
        );
        await manager.insert(Membership, {
          organizationId: organization.id,
          userId: actor.userId,
          role: 'owner',
        });
        await this.cache.changed(manager, [tag.user(actor.userId)]);
        await this.audit.record(manager, {
          action: 'organization.created',
          subjectType: 'organization',
          subjectId: organization.id,
          organizationId: organization.id,
          actorUserId: actor.userId,
          ip: actor.ip,
        });
        return organization;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('credit-code-taken', {}, [
          { field: 'creditCode', code: 'credit-code-taken' },
        ]);
      }
      throw error;
    }
  }

  /** 404 for anything the caller may not read: we never confirm that another organization exists. */
  async get(actor: Actor, id: string): Promise<Organization> {
    const organization = await this.dataSource.getRepository(Organization).findOneBy({ id });
    if (!organization || abilityFor(actor).cannot('read', asSubject('Organization', organization))) {
      throw new NotFoundError('organization-not-found');
    }
    return organization;
  }

  /** Loads an organization the caller may act on with `action`; readers who may not act get 403. */
  async authorize(
    actor: Actor,
    id: string,
    action: 'update' | 'invite' | 'manage-members' | 'verify',
  ): Promise<Organization> {
    const organization = await this.get(actor, id);
    if (abilityFor(actor).cannot(action, asSubject('Organization', organization))) {
      throw new ForbiddenError('forbidden');
    }
    return organization;
  }

  async update(actor: Actor, id: string, input: UpdateOrganizationInput): Promise<Organization> {
    assertNoNulls(input, ['name', 'regionCode']);
    await this.authorize(actor, id, 'update');
    return this.dataSource.transaction(async (manager) => {
      // Read again under the row lock: save() writes back every column that differs from the database,
      // so a copy read before a concurrent verification (or description edit) would undo it.
      const organization = await manager.findOneOrFail(Organization, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      Object.assign(organization, input);
      const saved = await manager.save(organization);
      await this.cache.changed(manager, [tag.organization(id)]);
      await this.audit.record(manager, {
        action: 'organization.updated',
        subjectType: 'organization',
        subjectId: id,
        organizationId: id,
        actorUserId: actor.userId,
        data: { fields: Object.keys(input) },
        ip: actor.ip,
      });
      return saved;
    });
  }

  /**
   * Sets an organization's description inside the caller's transaction, for a context that edits it as
   * part of its own page (a society's); the caller has authorized the edit and audits it.
   */
  async setDescription(manager: EntityManager, id: string, description: string | null): Promise<void> {
    await manager.update(Organization, { id }, { description });
    await this.cache.changed(manager, [tag.organization(id)]);
  }

  async listForReview(actor: Actor, status: VerificationStatus): Promise<Organization[]> {
    if (abilityFor(actor).cannot('verify', 'Organization')) throw new NotFoundError('route-not-found');
    return this.dataSource
      .getRepository(Organization)
      .find({ where: { verificationStatus: status }, order: { createdAt: 'ASC' }, take: 200 });
  }

  async setVerification(
    actor: Actor,
    id: string,
    status: Exclude<VerificationStatus, 'pending'>,
    note?: string,
  ): Promise<Organization> {
    if (abilityFor(actor).cannot('verify', 'Organization')) throw new NotFoundError('organization-not-found');
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOne(Organization, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organization) throw new NotFoundError('organization-not-found');
      const previous = organization.verificationStatus;
      organization.verificationStatus = status;
      organization.verificationNote = note ?? null;
      organization.verifiedAt = status === 'verified' ? new Date() : null;
      const saved = await manager.save(organization);
      await this.cache.changed(manager, [tag.organization(id)]);
      await this.audit.record(manager, {
        action: `organization.${status}`,
        subjectType: 'organization',
        subjectId: id,
        organizationId: id,
        actorUserId: actor.userId,
        data: { from: previous, to: status, note: note ?? null },
        ip: actor.ip,
      });
      return saved;
    });
  }
}
