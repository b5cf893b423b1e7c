import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig, ConflictError, ForbiddenError, NotFoundError } from '#core';
import { EventType, OutboxService } from '#queue';
import { roleIn, type Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { IdentityCache, tag } from '../cache/identity-cache.js';
import { linkToken, randomNonce, sameToken } from '../auth/secrets.js';
import { User } from '../users/user.entity.js';
import { Invitation } from './invitation.entity.js';
import { Membership, type MemberRole } from './membership.entity.js';
import { OrganizationService } from './organization.service.js';

const INVITATION_TTL_MS = 7 * 86_400_000;
const PURPOSE = 'invitation';

export interface InvitationPreview {
  id: string;
  organizationId: string;
  organizationName: string;
  email: string;
  role: MemberRole;
  status: Invitation['status'];
  expiresAt: Date;
}

/** What the worker needs to write the invitation email; null when there is nothing to send any more. */
export interface InvitationEmail {
  to: string;
  organizationName: string;
  inviterName: string;
  role: MemberRole;
  link: string;
  expiresAt: Date;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly organizations: OrganizationService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly cache: IdentityCache,
    private readonly auth: AuthService,
  ) {}

  async create(actor: Actor, organizationId: string, email: string, role: MemberRole): Promise<Invitation> {
    await this.organizations.authorize(actor, organizationId, 'invite');
    if (role === 'owner' && roleIn(actor, organizationId) !== 'owner' && actor.platformRole !== 'admin') {
      throw new ForbiddenError('forbidden');
    }
    const alreadyMember = await this.dataSource
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .where('m.organization_id = :organizationId AND u.email = :email', { organizationId, email })
      .getExists();
    if (alreadyMember)
      throw new ConflictError('already-member', {}, [{ field: 'email', code: 'already-member' }]);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const invitation = await manager.save(
          manager.create(Invitation, {
            organizationId,
            email,
            role,
            invitedBy: actor.userId,
            nonce: randomNonce(),
            expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
          }),
        );
        await this.outbox.add(manager, EventType.InvitationCreated, { invitationId: invitation.id });
        await this.audit.record(manager, {
          action: 'invitation.created',
          subjectType: 'invitation',
          subjectId: invitation.id,
          organizationId,
          actorUserId: actor.userId,
          data: { email, role },
          ip: actor.ip,
        });
        return invitation;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('invitation-pending', {}, [{ field: 'email', code: 'invitation-pending' }]);
      }
      throw error;
    }
  }

  async listPending(actor: Actor, organizationId: string): Promise<Invitation[]> {
    await this.organizations.authorize(actor, organizationId, 'invite');
    return this.dataSource
      .getRepository(Invitation)
      .find({ where: { organizationId, status: 'pending' }, order: { createdAt: 'DESC' } });
  }

  async revoke(actor: Actor, organizationId: string, invitationId: string): Promise<void> {
    await this.organizations.authorize(actor, organizationId, 'invite');
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        Invitation,
        { id: invitationId, organizationId, status: 'pending' },
        { status: 'revoked' },
      );
      if (!result.affected) throw new NotFoundError('invitation-not-found');
      await this.audit.record(manager, {
        action: 'invitation.revoked',
        subjectType: 'invitation',
        subjectId: invitationId,
        organizationId,
        actorUserId: actor.userId,
        ip: actor.ip,
      });
    });
  }

  /** Public: what the invitation link shows before sign-in. A wrong token looks like no invitation. */
  async preview(invitationId: string, token: string): Promise<InvitationPreview> {
    const invitation = await this.findByToken(invitationId, token);
    return {
      id: invitation.id,
      organizationId: invitation.organizationId,
      organizationName: invitation.organization.name,
      email: invitation.email,
      role: invitation.role,
      status:
        invitation.expiresAt < new Date() && invitation.status === 'pending' ? 'revoked' : invitation.status,
      expiresAt: invitation.expiresAt,
    };
  }

  async accept(actor: Actor, invitationId: string, token: string): Promise<Membership> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.findByToken(invitationId, token, manager);
      if (invitation.status !== 'pending' || invitation.expiresAt < new Date()) {
        throw new NotFoundError('invitation-invalid');
      }
      const user = await manager.findOneByOrFail(User, { id: actor.userId });
      if (user.email !== invitation.email)
        throw new ForbiddenError('invitation-email-mismatch', { email: invitation.email });
      await manager.update(Invitation, { id: invitation.id }, { status: 'accepted', acceptedAt: new Date() });
      // The invitation's link was emailed to this address: following it proves the address is theirs.
      await this.auth.markEmailVerified(manager, user.id, 'invitation');
      await manager
        .createQueryBuilder()
        .insert()
        .into(Membership)
        .values({ organizationId: invitation.organizationId, userId: user.id, role: invitation.role })
        .orIgnore()
        .execute();
      await this.cache.changed(manager, [tag.user(user.id)]);
      const membership = await manager.findOneByOrFail(Membership, {
        organizationId: invitation.organizationId,
        userId: user.id,
      });
      await this.audit.record(manager, {
        action: 'membership.joined',
        subjectType: 'membership',
        subjectId: membership.id,
        organizationId: invitation.organizationId,
        actorUserId: user.id,
        data: { invitationId, role: membership.role },
        ip: actor.ip,
      });
      return membership;
    });
  }

  async emailFor(invitationId: string): Promise<InvitationEmail | null> {
    const invitation = await this.dataSource
      .getRepository(Invitation)
      .findOne({ where: { id: invitationId, status: 'pending' }, relations: { organization: true } });
    if (!invitation || invitation.expiresAt < new Date()) return null;
    const inviter = await this.dataSource.getRepository(User).findOneBy({ id: invitation.invitedBy });
    const token = linkToken(this.config.APP_SECRET, PURPOSE, invitation.id, invitation.nonce);
    return {
      to: invitation.email,
      organizationName: invitation.organization.name,
      inviterName: inviter?.name ?? '',
      role: invitation.role,
      link: `${this.config.PUBLIC_URL}/invitations/${invitation.id}?token=${encodeURIComponent(token)}`,
      expiresAt: invitation.expiresAt,
    };
  }

  /** With `manager` (inside a transaction) the row is locked, so two accepts cannot both pass. */
  private async findByToken(
    invitationId: string,
    token: string,
    manager?: EntityManager,
  ): Promise<Invitation> {
    const invitation = await (manager ?? this.dataSource.manager).findOne(Invitation, {
      where: { id: invitationId },
      relations: { organization: true },
      ...(manager ? { lock: { mode: 'pessimistic_write' as const, tables: ['invitations'] } } : {}),
    });
    if (
      !invitation ||
      !sameToken(linkToken(this.config.APP_SECRET, PURPOSE, invitation.id, invitation.nonce), token)
    ) {
      throw new NotFoundError('invitation-invalid');
    }
    return invitation;
  }
}
