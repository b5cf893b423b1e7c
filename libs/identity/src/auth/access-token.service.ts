import { Injectable } from '@nestjs/common';
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { AppConfig, UnauthorizedError } from '#core';

const VERIFIED_MAX = 50_000;

export interface AccessTokenClaims {
  userId: string;
  sessionId: string;
}

/**
 * Short-lived HS256 access tokens. They name the session, and every request checks that the session
 * and user are still live, so logout, a password change or disabling a user take effect at once.
 */
@Injectable()
export class AccessTokenService {
  private readonly key: KeyObject;
  private readonly verified = new Map<string, { claims: AccessTokenClaims; expiresAt: number }>();

  constructor(private readonly config: AppConfig) {
    // A key of its own, derived from APP_SECRET, so link tokens and access tokens never share one.
    // A KeyObject, so jose does not re-import raw bytes through WebCrypto on every verification.
    this.key = createSecretKey(createHmac('sha256', config.APP_SECRET).update('access-token').digest());
  }

  get ttlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuedAt()
      .setIssuer('duijie')
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /**
   * Verifies signature, issuer and expiry. A token already verified is remembered until it expires: the
   * same string always verifies the same way, and this skips an HMAC on every request of a session.
   */
  async verify(token: string): Promise<AccessTokenClaims> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.claims;
    const entry = await this.verifySignature(token);
    if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, entry);
    return entry.claims;
  }

  private async verifySignature(token: string): Promise<{ claims: AccessTokenClaims; expiresAt: number }> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'duijie', algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string')
        throw new UnauthorizedError('invalid-token');
      return {
        claims: { userId: payload.sub, sessionId: payload.sid },
        expiresAt: (payload.exp ?? 0) * 1000,
      };
    } catch (error) {
      if (error instanceof errors.JOSEError) throw new UnauthorizedError('invalid-token');
      throw error;
    }
  }
}
