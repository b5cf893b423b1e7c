import { describe, expect, it } from '@jest/globals';
import { abilityFor, asSubject } from './abilities.js';
import type { Actor } from './actor.js';

const org = (id: string) => asSubject('Organization', { id });
const actor = (patch: Partial<Actor>): Actor => ({
  userId: 'u',
  sessionId: 's',
  platformRole: null,
  memberships: new Map(),
  organizationId: null,
  ip: null,
  ...patch,
});

describe('abilityFor', () => {
  it('lets a plain member read but not manage their organization', () => {
    const ability = abilityFor(actor({ memberships: new Map([['o1', 'member']]) }));
    expect(ability.can('read', org('o1'))).toBe(true);
    expect(ability.can('update', org('o1'))).toBe(false);
    expect(ability.can('invite', org('o1'))).toBe(false);
  });

  it('lets an admin or owner invite and manage members of their own organization only', () => {
    const ability = abilityFor(
      actor({
        memberships: new Map([
          ['o1', 'admin'],
          ['o2', 'owner'],
        ]),
      }),
    );
    expect(ability.can('invite', org('o1'))).toBe(true);
    expect(ability.can('manage-members', org('o2'))).toBe(true);
    expect(ability.can('manage-members', org('o3'))).toBe(false);
    expect(ability.can('read', org('o3'))).toBe(false);
  });

  it('lets a moderator read and verify any organization but not edit it', () => {
    const ability = abilityFor(actor({ platformRole: 'moderator' }));
    expect(ability.can('verify', org('o9'))).toBe(true);
    expect(ability.can('read', org('o9'))).toBe(true);
    expect(ability.can('update', org('o9'))).toBe(false);
  });

  it('lets a platform admin do everything', () => {
    const ability = abilityFor(actor({ platformRole: 'admin' }));
    expect(ability.can('manage-members', org('o9'))).toBe(true);
  });
});
