import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits of randomness, URL-safe. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

export const randomNonce = () => randomBytes(16).toString('hex');

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * The token of an emailed link (invitation, password reset): an HMAC of the row's id and nonce. It is
 * never stored, so the worker can rebuild the same link on a retry and nothing secret sits in Redis.
 */
export function linkToken(secret: string, purpose: string, id: string, nonce: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${id}:${nonce}`).digest('base64url');
}

export function sameToken(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
