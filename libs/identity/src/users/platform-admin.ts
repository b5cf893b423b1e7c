import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password-hasher.js';
import { User } from './user.entity.js';

/**
 * How an operator gets the first platform admin: ADMIN_EMAIL and ADMIN_PASSWORD at start-up. An existing
 * account is promoted and keeps its own password; otherwise the account is created with the given one.
 */
export async function ensurePlatformAdmin(
  dataSource: DataSource,
  email: string,
  password: string,
): Promise<'created' | 'promoted' | 'unchanged'> {
  const repository = dataSource.getRepository(User);
  const normalised = email.trim().toLowerCase();
  const existing = await repository.findOneBy({ email: normalised });
  if (existing?.platformRole === 'admin') return 'unchanged';
  if (existing) {
    // The operator named this address: it needs no emailed confirmation.
    await repository.update(
      { id: existing.id },
      { platformRole: 'admin', emailVerifiedAt: existing.emailVerifiedAt ?? new Date() },
    );
    return 'promoted';
  }
  await repository.insert({
    email: normalised,
    name: '平台管理员',
    passwordHash: await hashPassword(password),
    platformRole: 'admin',
    emailVerifiedAt: new Date(),
  });
  return 'created';
}
