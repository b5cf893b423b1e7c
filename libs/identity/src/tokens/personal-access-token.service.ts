import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { NotFoundError } from '#core';
import { PERSONAL_TOKEN_PREFIX } from '../auth/principal.service.js';
import { IdentityCache, tag } from '../cache/identity-cache.js';
import { randomToken, sha256 } from '../auth/secrets.js';
import { PersonalAccessToken } from './personal-access-token.entity.js';

export interface CreatedPersonalToken {
  token: PersonalAccessToken;
  /** The secret, shown to the user once and never again. */
  secret: string;
}

@Injectable()
export class PersonalAccessTokenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: IdentityCache,
  ) {}

  list(userId: string): Promise<PersonalAccessToken[]> {
    return this.dataSource
      .getRepository(PersonalAccessToken)
      .find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  async create(userId: string, name: string, expiresInDays?: number): Promise<CreatedPersonalToken> {
    const secret = `${PERSONAL_TOKEN_PREFIX}${randomToken()}`;
    const repository = this.dataSource.getRepository(PersonalAccessToken);
    const token = await repository.save(
      repository.create({
        userId,
        name,
        prefix: secret.slice(0, 12),
        tokenHash: sha256(secret),
        expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null,
      }),
    );
    return { token, secret };
  }

  async revoke(userId: string, id: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(PersonalAccessToken)
      .update({ id, userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) throw new NotFoundError('token-not-found');
    await this.cache.changed(this.dataSource.manager, [tag.token(id)]);
  }
}
