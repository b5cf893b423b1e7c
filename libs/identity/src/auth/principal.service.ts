import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UnauthorizedError } from '#core';
import type { MemberRole } from '../organizations/membership.entity.js';
import type { PlatformRole } from '../users/user.entity.js';
import { IdentityCache, tag } from '../cache/identity-cache.js';
import { AccessTokenService } from './access-token.service.js';
import { sha256 } from './secrets.js';

export const PERSONAL_TOKEN_PREFIX = 'dj_pat_';

/** The authenticated caller before an organization is chosen. */
export interface Principal {
  userId: string;
  sessionId: string | null;
  platformRole: PlatformRole | null;
  memberships: Map<string, MemberRole>;
  /** False until the user confirms the address: such a principal may only confirm it (AuthGuard). */
  emailVerified: boolean;
}

interface PrincipalRow {
  user_id: string;
  platform_role: PlatformRole | null;
  email_verified: boolean;
  memberships: [string, MemberRole][];
  /** The session's or token's end, so a cached principal never outlives its credential. */
  valid_until: Date | null;
  token_id?: string;
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
  ) {}

  async authenticate(credential: string): Promise<Principal> {
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

  private async cached(
    key: string,
    sessionId: string | null,
    load: () => Promise<PrincipalRow[]>,
    tags: (row: PrincipalRow) => string[],
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
}
