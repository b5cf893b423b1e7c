import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { ForbiddenError, NotFoundError, ValidationError } from '#core';
import { roleIn, type Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { API_KEY_PREFIX } from '../auth/principal.service.js';
import { randomToken, sha256 } from '../auth/secrets.js';
import { IdentityCache, tag } from '../cache/identity-cache.js';
import { IdentityConfig } from '../identity.config.js';
import { ApiKey } from './api-key.entity.js';

export interface CreatedApiKey {
  key: ApiKey;
  /** The secret, shown to the admin once and never again. */
  secret: string;
}

/** Integration keys of an organization: its owners and admins create, list and revoke them. */
@Injectable()
export class ApiKeyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: IdentityCache,
    private readonly audit: AuditService,
    private readonly config: IdentityConfig,
  ) {}

  list(actor: Actor): Promise<ApiKey[]> {
    const organizationId = this.administered(actor);
    return this.dataSource
      .getRepository(ApiKey)
      .find({ where: { organizationId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  async create(actor: Actor, name: string, rateLimitPerMinute?: number): Promise<CreatedApiKey> {
    const organizationId = this.administered(actor);
    const secret = `${API_KEY_PREFIX}${randomToken()}`;
    const key = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ApiKey, {
          organizationId,
          createdBy: actor.userId,
          name,
          prefix: secret.slice(0, 12),
          keyHash: sha256(secret),
          rateLimitPerMinute: rateLimitPerMinute ?? this.config.API_KEY_RATE_LIMIT_PER_MINUTE,
        }),
      );
      await this.audit.record(manager, {
        action: 'api-key.created',
        subjectType: 'api-key',
        subjectId: saved.id,
        organizationId,
        actorUserId: actor.userId,
        data: { name, rateLimitPerMinute: saved.rateLimitPerMinute },
        ip: actor.ip,
      });
      return saved;
    });
    return { key, secret };
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    const organizationId = this.administered(actor);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        ApiKey,
        { id, organizationId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (!result.affected) throw new NotFoundError('api-key-not-found');
      await this.audit.record(manager, {
        action: 'api-key.revoked',
        subjectType: 'api-key',
        subjectId: id,
        organizationId,
        actorUserId: actor.userId,
        ip: actor.ip,
      });
      await this.cache.changed(manager, [tag.token(id)]);
    });
  }

  /** The organization the caller acts for, which they must administer (a key cannot make keys). */
  private administered(actor: Actor): string {
    const organizationId = actor.organizationId;
    if (!organizationId)
      throw new ValidationError(
        [{ field: 'X-Organization-Id', code: 'isDefined' }],
        'organization-context-required',
      );
    const role = roleIn(actor, organizationId);
    if (actor.apiKey || (role !== 'owner' && role !== 'admin')) throw new ForbiddenError('forbidden');
    return organizationId;
  }
}
