import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AppConfig, ConflictError, UnauthorizedError, ValidationError } from '#core';
import { EventType, OutboxService } from '#queue';
import { AuditService } from '../audit/audit.service.js';
import { IdentityCache, tag } from '../cache/identity-cache.js';
import { User } from '../users/user.entity.js';
import { AccessTokenService } from './access-token.service.js';
import { ThrottleService } from './throttle.service.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { PasswordResetRequest } from './password-reset-request.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { linkToken, randomNonce, randomToken, sameToken, sha256 } from './secrets.js';
import { Session } from './session.entity.js';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/** What a successful sign-in or refresh hands the HTTP layer: the cookie's value stays out of JSON. */
export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const RESET_LINK_TTL_MS = 60 * 60 * 1000;
// Generous for an office behind one NAT address, tight for a script creating accounts or mailing links.
const REGISTRATIONS_PER_IP_PER_HOUR = 100;
const RESET_REQUESTS_PER_WINDOW = 5;
export const RESET_PURPOSE = 'password-reset';

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly accessTokens: AccessTokenService,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly cache: IdentityCache,
  ) {}

  async register(
    input: { email: string; password: string; name: string },
    client: ClientInfo,
  ): Promise<User> {
    await this.throttle.hit(`register-ip:${client.ip}`, REGISTRATIONS_PER_IP_PER_HOUR, 3600);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(User, { email: input.email, name: input.name, passwordHash }),
        );
        await this.audit.record(manager, {
          action: 'user.registered',
          subjectType: 'user',
          subjectId: user.id,
          actorUserId: user.id,
        });
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError('email-taken', {}, [{ field: 'email', code: 'email-taken' }]);
      throw error;
    }
  }

  async login(email: string, password: string, client: ClientInfo): Promise<IssuedTokens> {
    await this.throttle.admitLogin(email, client.ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email })
      .getOne();
    if (!(await verifyPassword(user?.passwordHash, password)) || !user) {
      await this.throttle.recordLoginFailure(email);
      throw new UnauthorizedError('invalid-credentials');
    }
    await this.throttle.recordLoginSuccess(email);
    if (user.status !== 'active') throw new UnauthorizedError('account-disabled');
    return this.dataSource.transaction(async (manager) => {
      const tokens = await this.openSession(manager, user.id, client);
      await this.audit.record(manager, {
        action: 'auth.signed-in',
        subjectType: 'user',
        subjectId: user.id,
        actorUserId: user.id,
        ip: client.ip,
        data: { userAgent: client.userAgent },
      });
      return tokens;
    });
  }

  /**
   * Rotates a refresh token. A token that was already rotated is a sign it was stolen: the whole
   * session (every token of the family) is revoked and the caller must sign in again.
   */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<{ error: string } | { tokens: IssuedTokens }> => {
        const row = await manager.findOne(RefreshToken, {
          where: { tokenHash: sha256(refreshToken) },
          relations: { session: { user: true } },
          lock: { mode: 'pessimistic_write', tables: ['refresh_tokens'] },
        });
        if (!row || !this.isLive(row.session)) return { error: 'invalid-token' };
        if (row.usedAt) {
          await this.revokeSessions(manager, { id: row.sessionId }, 'refresh-token-reused');
          await this.audit.record(manager, {
            action: 'auth.refresh-token-reused',
            subjectType: 'session',
            subjectId: row.sessionId,
            actorUserId: row.session.userId,
          });
          return { error: 'refresh-token-reused' };
        }
        if (row.session.user.status !== 'active') return { error: 'account-disabled' };
        await manager.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
        return { tokens: await this.issue(manager, row.session) };
      },
    );
    // The revocation above must commit, so the error is thrown only after the transaction ends.
    if ('error' in outcome) throw new UnauthorizedError(outcome.error);
    return outcome.tokens;
  }

  async logout(refreshToken: string | undefined, sessionId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = refreshToken
        ? await manager.findOneBy(RefreshToken, { tokenHash: sha256(refreshToken) })
        : null;
      const id = row?.sessionId ?? sessionId;
      if (id) await this.revokeSessions(manager, { id }, 'logout');
    });
  }

  /** Changes the password and ends every other session of the user; the current one stays signed in. */
  async changePassword(
    userId: string,
    sessionId: string | null,
    current: string,
    next: string,
  ): Promise<void> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :userId', { userId })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, current))) {
      throw new ValidationError(
        [{ field: 'currentPassword', code: 'wrong-current-password' }],
        'wrong-current-password',
      );
    }
    const passwordHash = await hashPassword(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: userId }, { passwordHash });
      const others = await manager
        .createQueryBuilder(Session, 's')
        .select('s.id')
        .where('s.user_id = :userId AND s.revoked_at IS NULL', { userId })
        .andWhere(sessionId ? 's.id <> :sessionId' : 'TRUE', { sessionId })
        .getMany();
      for (const session of others)
        await this.revokeSessions(manager, { id: session.id }, 'password-changed');
      await this.audit.record(manager, {
        action: 'auth.password-changed',
        subjectType: 'user',
        subjectId: userId,
        actorUserId: userId,
      });
    });
  }

  /** Always succeeds from the caller's view, so it cannot be used to probe which emails exist. */
  async requestPasswordReset(email: string, client: ClientInfo): Promise<void> {
    await this.throttle.hit(`reset-ip:${client.ip}`, RESET_REQUESTS_PER_WINDOW, 900);
    await this.throttle.hit(`reset-account:${sha256(email)}`, RESET_REQUESTS_PER_WINDOW, 900);
    const user = await this.dataSource.getRepository(User).findOneBy({ email, status: 'active' });
    if (!user) return;
    await this.dataSource.transaction(async (manager) => {
      const request = await manager.save(
        manager.create(PasswordResetRequest, {
          userId: user.id,
          nonce: randomNonce(),
          expiresAt: new Date(Date.now() + RESET_LINK_TTL_MS),
        }),
      );
      await this.outbox.add(manager, EventType.PasswordResetRequested, { resetRequestId: request.id });
    });
  }

  async resetPassword(requestId: string, token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(PasswordResetRequest, {
        where: { id: requestId, usedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      const valid =
        request &&
        request.expiresAt > new Date() &&
        sameToken(linkToken(this.config.APP_SECRET, RESET_PURPOSE, request.id, request.nonce), token);
      if (!valid)
        throw new ValidationError([{ field: 'token', code: 'reset-link-invalid' }], 'reset-link-invalid');
      await manager.update(PasswordResetRequest, { id: request.id }, { usedAt: new Date() });
      await manager.update(User, { id: request.userId }, { passwordHash });
      await this.revokeSessions(manager, { userId: request.userId }, 'password-reset');
      await this.audit.record(manager, {
        action: 'auth.password-reset',
        subjectType: 'user',
        subjectId: request.userId,
        actorUserId: request.userId,
      });
    });
  }

  /** What the worker needs for the reset email; null once the request is used or expired. */
  async resetEmailFor(requestId: string): Promise<{ to: string; name: string; link: string } | null> {
    const request = await this.dataSource
      .getRepository(PasswordResetRequest)
      .findOne({ where: { id: requestId, usedAt: IsNull() }, relations: { user: true } });
    if (!request || request.expiresAt < new Date() || request.user.status !== 'active') return null;
    const token = linkToken(this.config.APP_SECRET, RESET_PURPOSE, request.id, request.nonce);
    const link = `${this.config.PUBLIC_URL}/reset-password?id=${request.id}&token=${encodeURIComponent(token)}`;
    return { to: request.user.email, name: request.user.name, link };
  }

  /** A fresh access token for a session that is already authenticated (after a password change). */
  async accessTokenFor(
    userId: string,
    sessionId: string,
  ): Promise<{ accessToken: string; expiresIn: number }> {
    return {
      accessToken: await this.accessTokens.sign({ userId, sessionId }),
      expiresIn: this.accessTokens.ttlSeconds,
    };
  }

  async revokeSessions(
    manager: EntityManager,
    where: { id: string } | { userId: string },
    reason: string,
  ): Promise<void> {
    await manager.update(
      Session,
      { ...where, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
    await this.cache.changed(manager, ['id' in where ? tag.session(where.id) : tag.user(where.userId)]);
  }

  private isLive(session: Session): boolean {
    return session.revokedAt === null && session.expiresAt > new Date();
  }

  private async openSession(
    manager: EntityManager,
    userId: string,
    client: ClientInfo,
  ): Promise<IssuedTokens> {
    const session = await manager.save(
      manager.create(Session, {
        userId,
        expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      }),
    );
    return this.issue(manager, session);
  }

  private async issue(manager: EntityManager, session: Session): Promise<IssuedTokens> {
    const refreshToken = randomToken();
    await manager.insert(RefreshToken, { sessionId: session.id, tokenHash: sha256(refreshToken) });
    return {
      accessToken: await this.accessTokens.sign({ userId: session.userId, sessionId: session.id }),
      expiresIn: this.accessTokens.ttlSeconds,
      refreshToken,
      refreshExpiresAt: session.expiresAt,
    };
  }
}
