import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { escapeLike, NotFoundError } from '#core';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { IdentityCache, tag } from '../cache/identity-cache.js';
import { AuthService } from '../auth/auth.service.js';
import { Membership } from '../organizations/membership.entity.js';
import { User, type UserStatus } from './user.entity.js';

export interface Me {
  user: User;
  memberships: Membership[];
}

@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly cache: IdentityCache,
  ) {}

  /** Cached: /me is what every page load asks first. A change to the user or its organizations evicts it. */
  async me(actor: Actor): Promise<Me> {
    const key = `me:${actor.userId}`;
    const hit = this.cache.get<Me>(key);
    if (hit) return hit;
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    const memberships = await this.dataSource.getRepository(Membership).find({
      where: { userId: actor.userId },
      relations: { organization: true },
      order: { createdAt: 'ASC' },
    });
    const me = { user, memberships };
    this.cache.set(key, me, [
      tag.user(user.id),
      ...memberships.map((m) => tag.organization(m.organizationId)),
    ]);
    return me;
  }

  /** Platform admins find users by name or address, newest first (at most 100). */
  async search(actor: Actor, query: { q?: string; status?: UserStatus }): Promise<User[]> {
    if (actor.platformRole !== 'admin') throw new NotFoundError('not-found');
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u');
    if (query.q)
      qb.andWhere('(u.name ILIKE :q OR u.email ILIKE :q)', {
        q: `%${escapeLike(query.q)}%`,
      });
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    return qb.orderBy('u.created_at', 'DESC').limit(100).getMany();
  }

  /** Disabling ends every session at once; the per-request check refuses the user's tokens from now on. */
  async setStatus(actor: Actor, userId: string, status: UserStatus): Promise<User> {
    if (actor.platformRole !== 'admin') throw new NotFoundError('not-found');
    return this.dataSource.transaction(async (manager) => {
      // Locked so that two admins acting at once are audited in turn, each from the status it left.
      const user = await manager.findOne(User, {
        where: { id: userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new NotFoundError('not-found');
      const previous = user.status;
      await manager.update(User, { id: userId }, { status });
      if (status === 'disabled') await this.auth.revokeSessions(manager, { userId }, 'user-disabled');
      await this.cache.changed(manager, [tag.user(userId)]);
      await this.audit.record(manager, {
        action: `user.${status === 'disabled' ? 'disabled' : 'enabled'}`,
        subjectType: 'user',
        subjectId: userId,
        actorUserId: actor.userId,
        data: { from: previous, to: status },
        ip: actor.ip,
      });
      return { ...user, status };
    });
  }
}
