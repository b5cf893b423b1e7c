import { describe, expect, it } from '@jest/globals';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token.js';

const secret = 'a-test-secret-that-is-at-least-32-characters';
const userId = '0b9c2f6e-5d1a-4c3b-9e8f-1a2b3c4d5e6f';

describe('unsubscribe tokens', () => {
  it('name the user and the scope they were made for', () => {
    const token = unsubscribeToken(secret, userId, 'match-found');
    expect(readUnsubscribeToken(secret, token)).toEqual({ userId, scope: 'match-found' });
    expect(readUnsubscribeToken(secret, unsubscribeToken(secret, userId, 'digest'))).toEqual({
      userId,
      scope: 'digest',
    });
  });

  it('refuse another user, another scope or another secret under the same signature', () => {
    const [, , signature] = unsubscribeToken(secret, userId, 'match-found').split('.');
    const otherUser = '1b9c2f6e-5d1a-4c3b-9e8f-1a2b3c4d5e6f';
    expect(readUnsubscribeToken(secret, `${otherUser}.match-found.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(secret, `${userId}.message-received.${signature}`)).toBeNull();
    expect(
      readUnsubscribeToken(`${secret}-rotated`, unsubscribeToken(secret, userId, 'match-found')),
    ).toBeNull();
  });

  it('refuse malformed tokens', () => {
    const token = unsubscribeToken(secret, userId, 'match-found');
    for (const bad of [
      '',
      'x',
      `${token}.extra`,
      `not-a-uuid.match-found.${token.split('.')[2]}`,
      `${userId}.no-such-kind.abc`,
    ])
      expect(readUnsubscribeToken(secret, bad)).toBeNull();
  });
});
