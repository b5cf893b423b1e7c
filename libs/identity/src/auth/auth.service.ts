import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AppConfig, UnauthorizedError, ValidationError } from '#core';
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
import { ApiKey } from '../tokens/api-key.entity.js';
import { PersonalAccessToken } from '../tokens/personal-access-token.entity.js';

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
const VERIFICATION_LINK_TTL_MS = 24 * 60 * 60 * 1000;
const VERIFICATION_REQUESTS_PER_HOUR = 5;
export const VERIFICATION_PURPOSE = 'email-verification';
// Generous for an office behind one NAT address, tight for a script creating accounts or mailing links.
const REGISTRATIONS_PER_IP_PER_HOUR = 100;
const RESET_REQUESTS_PER_WINDOW = 5;
export const RESET_PURPOSE = 'password-reset';

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** What registration answers, for a new address and a taken one alike. */
export interface RegistrationReceipt {
  email: string;
}

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

  /**
   * Creates an unconfirmed account and emails its confirmation link. An address that already has an
   * account gets the same answer (and the same password hashing time), and its owner an email saying
   * someone tried, with a reset link: registration does not tell who has an account.
   */
  async register(
    input: { email: string; password: string; name: string; consentVersion: string },
    client: ClientInfo,
  ): Promise<RegistrationReceipt> {
    await this.throttle.hit(`register-ip:${client.ip}`, REGISTRATIONS_PER_IP_PER_HOUR, 3600);
    const passwordHash = await hashPassword(input.password);
    try {
      await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(User, {
            email: input.email,
            name: input.name,
            passwordHash,
            consentVersion: input.consentVersion,
            consentedAt: new Date(),
          }),
        );
        await this.audit.record(manager, {
          action: 'user.registered',
          subjectType: 'user',
          subjectId: user.id,
          actorUserId: user.id,
        });
        await this.outbox.add(manager, EventType.EmailVerificationRequested, {
          userId: user.id,
          requestedAt: new Date().toISOString(),
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await this.tellOwnerOfAttempt(input.email);
    }
    return { email: input.email };
  }

  private async tellOwnerOfAttempt(email: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ email, status: 'active' });
    if (!user) return;
    // Over the limit the owner is not emailed again, and the caller still sees nothing different.
    const admitted = await this.throttle
      .hit(`reset-account:${sha256(email)}`, RESET_REQUESTS_PER_WINDOW, 900)
      .then(() => true)
      .catch(() => false);
    if (admitted) await this.mailResetLink(user.id, EventType.RegistrationAttempted);
  }

  /** A new reset link for the user, emailed by the worker with the wording of `event`. */
  private async mailResetLink(
    userId: string,
    event: EventType.PasswordResetRequested | EventType.RegistrationAttempted,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const request = await manager.save(
        manager.create(PasswordResetRequest, {
          userId,
          nonce: randomNonce(),
          expiresAt: new Date(Date.now() + RESET_LINK_TTL_MS),
        }),
      );
      await this.outbox.add(manager, event, { resetRequestId: request.id });
    });
  }

  /** Emails a fresh confirmation link to a signed-in user who has not confirmed yet; a no-op otherwise. */
  async resendVerification(userId: string): Promise<void> {
    await this.throttle.hit(`verify-resend:${userId}`, VERIFICATION_REQUESTS_PER_HOUR, 3600);
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { id: userId });
      if (!user || user.emailVerifiedAt) return;
      await this.outbox.add(manager, EventType.EmailVerificationRequested, {
        userId,
        requestedAt: new Date().toISOString(),
      });
    });
  }

  /**
   * Confirms the address from the emailed link. The signature covers the user, the address the link was
   * sent to and when: a link for an address since changed, or older than a day, does nothing.
   */
  async confirmEmail(userId: string, requestedAt: string, token: string): Promise<void> {
    const invalid = () =>
      new ValidationError(
        [{ field: 'token', code: 'verification-link-invalid' }],
        'verification-link-invalid',
      );
    const sentAt = Date.parse(requestedAt);
    if (Number.isNaN(sentAt) || sentAt + VERIFICATION_LINK_TTL_MS < Date.now()) throw invalid();
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, {
        where: { id: userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user || !sameToken(this.verificationToken(user, requestedAt), token)) throw invalid();
      if (user.emailVerifiedAt) return;
      await this.markEmailVerified(manager, user.id, 'link');
    });
  }

  /** Also called when an emailed invitation is accepted: following it proves the address too. */
  async markEmailVerified(manager: EntityManager, userId: string, via: 'link' | 'invitation'): Promise<void> {
    const result = await manager.update(
      User,
      { id: userId, emailVerifiedAt: IsNull() },
      { emailVerifiedAt: new Date() },
    );
    if (!result.affected) return;
    await this.cache.changed(manager, [tag.user(userId)]);
    await this.audit.record(manager, {
      action: 'user.email-verified',
      subjectType: 'user',
      subjectId: userId,
      actorUserId: userId,
      data: { via },
    });
  }

  /** What the worker needs for the confirmation email; null once the address is confirmed. */
  async verificationEmailFor(
    userId: string,
    requestedAt: string,
  ): Promise<{ to: string; name: string; link: string } | null> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId, status: 'active' });
    if (!user || user.emailVerifiedAt) return null;
    const query = new URLSearchParams({
      id: user.id,
      at: requestedAt,
      token: this.verificationToken(user, requestedAt),
    });
    return { to: user.email, name: user.name, link: `${this.config.PUBLIC_URL}/verify-email?${query}` };
  }

  private verificationToken(user: User, requestedAt: string): string {
    return linkToken(this.config.APP_SECRET, VERIFICATION_PURPOSE, user.id, `${user.email}|${requestedAt}`);
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

  /**
   * Changes the password and ends every other session and every personal access token of the user; the
   * current session stays signed in.
   */
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
      await this.revokePersonalTokens(manager, userId);
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
    if (user) await this.mailResetLink(user.id, EventType.PasswordResetRequested);
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
      await this.revokePersonalTokens(manager, request.userId);
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

  /**
   * A token minted by whoever held the account before the password changed (someone who registered the
   * victim's address first, or stole the password) must not outlive the change: its personal access
   * tokens, and the organizations' API keys it created (an admin mints new ones for the integrations).
   */
  private async revokePersonalTokens(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(PersonalAccessToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await manager.update(ApiKey, { createdBy: userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.cache.changed(manager, [tag.user(userId)]);
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
