import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UnauthorizedError } from '#core';
import type { MemberRole } from '../organizations/membership.entity.js';
import type { PlatformRole } from '../users/user.entity.js';
import { AccessTokenService } from './access-token.service.js';
import { sha256 } from './secrets.js';

export const PERSONAL_TOKEN_PREFIX = 'dj_pat_';

/** The authenticated caller before an organization is chosen. */
export interface Principal {
  userId: string;
  sessionId: string | null;
  platformRole: PlatformRole | null;
  memberships: Map<string, MemberRole>;
}

interface PrincipalRow {
  user_id: string;
  platform_role: PlatformRole | null;
  memberships: [string, MemberRole][];
}

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
  ) {}

  async authenticate(credential: string): Promise<Principal> {
    const personal = credential.startsWith(PERSONAL_TOKEN_PREFIX);
    const rows: PrincipalRow[] = personal
      ? await this.byPersonalToken(credential)
      : await this.bySession(credential);
    const row = rows[0];
    if (!row) throw new UnauthorizedError('invalid-token');
    return {
      userId: row.user_id,
      sessionId: personal ? null : (await this.accessTokens.verify(credential)).sessionId,
      platformRole: row.platform_role,
      memberships: new Map(row.memberships),
    };
  }

  private async bySession(token: string): Promise<PrincipalRow[]> {
    const { userId, sessionId } = await this.accessTokens.verify(token);
    return this.dataSource.query(
      `SELECT u.id AS user_id, u.platform_role, ${MEMBERSHIPS}
         FROM users u JOIN sessions s ON s.user_id = u.id
        WHERE u.id = $1 AND s.id = $2 AND u.status = 'active'
          AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [userId, sessionId],
    );
  }

  private byPersonalToken(token: string): Promise<PrincipalRow[]> {
    // last_used_at is written at most once a minute per token, so busy integrations do not turn every
    // read into a write.
    return this.dataSource.query(
      `WITH token AS (
         UPDATE personal_access_tokens t
            SET last_used_at = CASE WHEN t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute'
                                    THEN now() ELSE t.last_used_at END
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
          RETURNING t.user_id)
       SELECT u.id AS user_id, u.platform_role, ${MEMBERSHIPS}
         FROM users u JOIN token ON token.user_id = u.id
        WHERE u.status = 'active'`,
      [sha256(token)],
    );
  }
}
