import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError } from '#core';
import { roleIn, type Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { IdentityCache, tag } from '../cache/identity-cache.js';
import { Membership, type MemberRole } from './membership.entity.js';
import { OrganizationService } from './organization.service.js';

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  joinedAt: Date;
}

@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditService,
    private readonly cache: IdentityCache,
  ) {}

  async list(actor: Actor, organizationId: string): Promise<MemberView[]> {
    await this.organizations.get(actor, organizationId);
    const rows = await this.dataSource
      .getRepository(Membership)
      .find({ where: { organizationId }, relations: { user: true }, order: { createdAt: 'ASC' } });
    return rows.map((m) => ({
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      joinedAt: m.createdAt,
    }));
  }

  /**
   * Who to tell about something that concerns these organizations and users: every active member of
   * each organization (only those holding one of `roles`, when given: who may act on it) plus the named
   * users, once each. For worker jobs; no access check.
   */
  async contactsOf(
    organizationIds: readonly string[],
    userIds: readonly string[],
    roles?: readonly MemberRole[],
  ): Promise<{ userId: string; name: string; email: string }[]> {
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.name, u.email FROM users u
        WHERE u.status = 'active'
          AND (u.id = ANY($2::uuid[])
               OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.organization_id = ANY($1::uuid[])
                            AND ($3::text[] IS NULL OR m.role = ANY($3::text[]))))
        ORDER BY u.id`,
      [[...organizationIds], [...userIds], roles ? [...roles] : null],
    );
  }

  /**
   * Owners may set any role; admins manage members and admins but never touch an owner or make one.
   * The last owner cannot be demoted, so an organization is never left without one.
   */
  async changeRole(
    actor: Actor,
    organizationId: string,
    userId: string,
    role: MemberRole,
  ): Promise<MemberView> {
    await this.organizations.authorize(actor, organizationId, 'manage-members');
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.lockMember(manager, organizationId, userId);
      this.assertMayChange(actor, organizationId, membership.role, role);
      if (membership.role === 'owner' && role !== 'owner')
        await this.assertNotLastOwner(manager, organizationId);
      const previous = membership.role;
      await manager.update(Membership, { id: membership.id }, { role });
      await this.cache.changed(manager, [tag.user(userId)]);
      await this.audit.record(manager, {
        action: 'membership.role-changed',
        subjectType: 'membership',
        subjectId: membership.id,
        organizationId,
        actorUserId: actor.userId,
        data: { userId, from: previous, to: role },
        ip: actor.ip,
      });
      return {
        userId,
        name: membership.user.name,
        email: membership.user.email,
        role,
        joinedAt: membership.createdAt,
      };
    });
  }

  /** Removes a member; any member may also leave on their own (unless they are the last owner). */
  async remove(actor: Actor, organizationId: string, userId: string): Promise<void> {
    if (userId !== actor.userId) await this.organizations.authorize(actor, organizationId, 'manage-members');
    else await this.organizations.get(actor, organizationId);
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.lockMember(manager, organizationId, userId);
      if (userId !== actor.userId) this.assertMayChange(actor, organizationId, membership.role, 'member');
      if (membership.role === 'owner') await this.assertNotLastOwner(manager, organizationId);
      await manager.delete(Membership, { id: membership.id });
      await this.cache.changed(manager, [tag.user(userId)]);
      await this.audit.record(manager, {
        action: 'membership.removed',
        subjectType: 'membership',
        subjectId: membership.id,
        organizationId,
        actorUserId: actor.userId,
        data: { userId, role: membership.role },
        ip: actor.ip,
      });
    });
  }

  private assertMayChange(actor: Actor, organizationId: string, from: MemberRole, to: MemberRole): void {
    if (actor.platformRole === 'admin' || roleIn(actor, organizationId) === 'owner') return;
    if (from === 'owner' || to === 'owner') throw new ForbiddenError('forbidden');
  }

  private async lockMember(
    manager: EntityManager,
    organizationId: string,
    userId: string,
  ): Promise<Membership> {
    const membership = await manager.findOne(Membership, {
      where: { organizationId, userId },
      relations: { user: true },
      lock: { mode: 'pessimistic_write', tables: ['memberships'] },
    });
    if (!membership) throw new NotFoundError('member-not-found');
    return membership;
  }

  private async assertNotLastOwner(manager: EntityManager, organizationId: string): Promise<void> {
    // Lock every owner row so two concurrent demotions cannot both pass this check.
    const owners = await manager.find(Membership, {
      where: { organizationId, role: 'owner' },
      lock: { mode: 'pessimistic_write' },
    });
    if (owners.length <= 1) throw new ConflictError('last-owner');
  }
}
