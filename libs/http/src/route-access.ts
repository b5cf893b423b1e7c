import { SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '#identity';

export const PUBLIC = 'duijie:public';

/** Marks a route that anyone may call; every other route needs a bearer credential. */
export const Public = () => SetMetadata(PUBLIC, true);

export const ALLOW_UNVERIFIED = 'duijie:allow-unverified';

/**
 * Marks one of the few routes a user who has not confirmed their address may call (their own /me,
 * resending the link, accepting an emailed invitation). Every other authenticated call, by session or
 * personal access token, answers 403 `email-not-verified`.
 */
export const AllowUnverified = () => SetMetadata(ALLOW_UNVERIFIED, true);

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor };
