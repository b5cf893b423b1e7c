import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UnauthorizedError } from '#core';
import type { MemberRole } from '../organizations/membership.entity.js';
import type { PlatformRole } from '../users/user.entity.js';
import { IdentityCache, tag } from '../cache/identity-cache.js';
import { AccessTokenService } from './access-token.service.js';
import { sha256 } from './secrets.js';
import { ThrottleService } from './throttle.service.js';

export const PERSONAL_TOKEN_PREFIX = 'dj_pat_';
/** An organization's integration key (ApiKeyService). */
export const API_KEY_PREFIX = 'dj_key_';

/** The authenticated caller before an organization is chosen. */
export interface Principal {
  userId: string;
  sessionId: string | null;
  platformRole: PlatformRole | null;
  memberships: Map<string, MemberRole>;
  /** False until the user confirms the address: such a principal may only confirm it (AuthGuard). */
  emailVerified: boolean;
  /** Set when an organization's API key authenticated: the key acts as a member of that organization only. */
  apiKey?: { id: string; organizationId: string; rateLimitPerMinute: number };
}

interface PrincipalRow {
  user_id: string;
  platform_role: PlatformRole | null;
  email_verified: boolean;
  memberships: [string, MemberRole][];
  /** The session's or token's end, so a cached principal never outlives its credential. */
  valid_until: Date | null;
  token_id?: string;
  /** An API key's organization and limit. */
  key_organization_id?: string;
  rate_limit_per_minute?: number;
}

const EMAIL_VERIFIED = `u.email_verified_at IS NOT NULL AS email_verified`;
const MEMBERSHIPS = `COALESCE((SELECT json_agg(json_build_array(m.organization_id, m.role))
  FROM memberships m WHERE m.user_id = u.id), '[]') AS memberships`;

/**
 * Turns a bearer credential into a Principal with one query per request. The query also proves the
 * user is active and the session or token is live, which is what makes revocation immediate.
 */
@Injectable()
export class PrincipalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokenService,
    private readonly cache: IdentityCache,
    private readonly throttle: ThrottleService,
  ) {}

  async authenticate(credential: string): Promise<Principal> {
    if (credential.startsWith(API_KEY_PREFIX)) return this.authenticateKey(credential);
    if (credential.startsWith(PERSONAL_TOKEN_PREFIX)) {
      const hash = sha256(credential);
      return this.cached(
        `pat:${hash}`,
        null,
        () => this.byPersonalToken(hash),
        (row) => [tag.token(row.token_id!)],
      );
    }
    const { userId, sessionId } = await this.accessTokens.verify(credential);
    const principal = await this.cached(
      `session:${sessionId}`,
      sessionId,
      () => this.bySession(userId, sessionId),
      () => [tag.session(sessionId)],
    );
    if (principal.userId !== userId) throw new UnauthorizedError('invalid-token');
    return principal;
  }

  /**
   * An API key stands for its organization, with the rights of a plain member and the user who created it
   * named in the audit log. Every request counts against the key's own per-minute limit (Redis, shared by
   * every api process); above it the answer is 429 with Retry-After.
   */
  private async authenticateKey(credential: string): Promise<Principal> {
    const hash = sha256(credential);
    const principal = await this.cached(
      `key:${hash}`,
      null,
      () => this.byApiKey(hash),
      (row) => [tag.token(row.token_id!)],
      (row) => ({
        apiKey: {
          id: row.token_id!,
          organizationId: row.key_organization_id!,
          rateLimitPerMinute: row.rate_limit_per_minute!,
        },
        memberships: new Map([[row.key_organization_id!, 'member']]),
      }),
    );
    const key = principal.apiKey!;
    await this.throttle.hit(`api-key:${key.id}`, key.rateLimitPerMinute, 60, 'rate-limited');
    return principal;
  }

  private async cached(
    key: string,
    sessionId: string | null,
    load: () => Promise<PrincipalRow[]>,
    tags: (row: PrincipalRow) => string[],
    credentialSpecific: (row: PrincipalRow) => Partial<Principal> = () => ({}),
  ): Promise<Principal> {
    const hit = this.cache.get<Principal>(key);
    if (hit) return hit;
    const [row] = await load();
    if (!row) throw new UnauthorizedError('invalid-token');
    const principal: Principal = {
      userId: row.user_id,
      sessionId,
      platformRole: row.platform_role,
      emailVerified: row.email_verified,
      memberships: new Map(row.memberships),
      ...credentialSpecific(row),
    };
    this.cache.set(key, principal, [tag.user(row.user_id), ...tags(row)], row.valid_until?.getTime());
    return principal;
  }

  private bySession(userId: string, sessionId: string): Promise<PrincipalRow[]> {
    return this.dataSource.query(
      `SELECT u.id AS user_id, u.platform_role, ${EMAIL_VERIFIED}, s.expires_at AS valid_until, ${MEMBERSHIPS}
         FROM users u JOIN sessions s ON s.user_id = u.id
        WHERE u.id = $1 AND s.id = $2 AND u.status = 'active'
          AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [userId, sessionId],
    );
  }

  private byPersonalToken(tokenHash: string): Promise<PrincipalRow[]> {
    // Runs when the cached principal expires (at most a minute), which is also how often last_used_at
    // is refreshed: busy integrations do not turn every read into a write.
    return this.dataSource.query(
      `WITH token AS (
         UPDATE personal_access_tokens t
            SET last_used_at = now()
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
          RETURNING t.id, t.user_id, t.expires_at)
       SELECT u.id AS user_id, u.platform_role, ${EMAIL_VERIFIED}, token.id AS token_id,
              token.expires_at AS valid_until, ${MEMBERSHIPS}
         FROM users u JOIN token ON token.user_id = u.id
        WHERE u.status = 'active'`,
      [tokenHash],
    );
  }

  private byApiKey(keyHash: string): Promise<PrincipalRow[]> {
    // The key's creator must still be an active user and an owner or admin of the key's organization (a
    // key outliving its creator's departure would keep a removed admin's access); the key's rights are
    // its organization's alone.
    return this.dataSource.query(
      `WITH key AS (
         UPDATE api_keys k SET last_used_at = now()
          WHERE k.key_hash = $1 AND k.revoked_at IS NULL
          RETURNING k.id, k.created_by, k.organization_id, k.rate_limit_per_minute)
       SELECT u.id AS user_id, NULL AS platform_role, true AS email_verified, key.id AS token_id,
              NULL::timestamptz AS valid_until, '[]'::json AS memberships,
              key.organization_id AS key_organization_id, key.rate_limit_per_minute
         FROM users u JOIN key ON key.created_by = u.id
         JOIN memberships m ON m.user_id = u.id AND m.organization_id = key.organization_id
                           AND m.role IN ('owner', 'admin')
        WHERE u.status = 'active'`,
      [keyHash],
    );
  }
}
