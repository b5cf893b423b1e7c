import { linkToken, sameToken } from '#identity';
import { isNotificationKind, type NotificationKind } from '../notification-kinds.js';

/** A single kind of event, or `digest`: every kind the user gets in the daily digest. */
export type UnsubscribeScope = NotificationKind | 'digest';

const PURPOSE = 'unsubscribe';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * `<user id>.<scope>.<HMAC>`: readable without a lookup, and unforgeable without APP_SECRET. It never
 * expires, as RFC 8058 expects of a List-Unsubscribe link (a mail read a month later must still work),
 * and it can do nothing but turn email off.
 */
export function unsubscribeToken(secret: string, userId: string, scope: UnsubscribeScope): string {
  return `${userId}.${scope}.${linkToken(secret, PURPOSE, userId, scope)}`;
}

/** The user and scope a token names, or null when it is malformed or its signature is not ours. */
export function readUnsubscribeToken(
  secret: string,
  token: string,
): { userId: string; scope: UnsubscribeScope } | null {
  const [userId, scope, signature, ...rest] = token.split('.');
  if (!userId || !scope || !signature || rest.length > 0) return null;
  if (!UUID.test(userId) || (scope !== 'digest' && !isNotificationKind(scope))) return null;
  return sameToken(linkToken(secret, PURPOSE, userId, scope), signature) ? { userId, scope } : null;
}
