import { Injectable } from '@nestjs/common';
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { AppConfig, UnauthorizedError } from '#core';

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

  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'duijie', algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string')
        throw new UnauthorizedError('invalid-token');
      return { userId: payload.sub, sessionId: payload.sid };
    } catch (error) {
      if (error instanceof errors.JOSEError) throw new UnauthorizedError('invalid-token');
      throw error;
    }
  }
}
