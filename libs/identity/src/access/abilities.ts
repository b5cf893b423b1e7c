import {
  createMongoAbility,
  subject,
  type ForcedSubject,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import type { Actor } from './actor.js';

/**
 * Every identity access rule, in one place. Services call `can()` before they read or write; controllers
 * only authenticate. Subjects carry the organization they belong to, so one rule covers every row.
 */
export type Action =
  'create' | 'read' | 'update' | 'delete' | 'invite' | 'manage-members' | 'verify' | 'manage';
export type SubjectName = 'Organization' | 'Membership' | 'Invitation' | 'all';
export type IdentityAbility = AbilityOver<Action, SubjectName, Exclude<SubjectName, 'all'>>;

/**
 * A context's CASL ability: its actions on its subjects, named alone (`can('create', 'Organization')`) or
 * as a row wrapped by `subject(name, row)` so rules' conditions match the row. `RowName` are the names a
 * row can carry (not `all`).
 */
export type AbilityOver<A extends string, Name extends string, RowName extends Name = Name> = MongoAbility<
  [A, Name | (ForcedSubject<RowName> & Record<string, unknown>)]
>;
type Rule = RawRuleOf<IdentityAbility>;

export function abilityFor(actor: Actor): IdentityAbility {
  const memberOf = [...actor.memberships.keys()];
  const managerOf = [...actor.memberships].filter(([, role]) => role !== 'member').map(([id]) => id);
  const rules: Rule[] = [
    { action: 'create', subject: 'Organization' },
    { action: 'read', subject: 'Organization', conditions: { id: { $in: memberOf } } },
    { action: 'read', subject: 'Membership', conditions: { organizationId: { $in: memberOf } } },
    {
      action: ['update', 'invite', 'manage-members'],
      subject: 'Organization',
      conditions: { id: { $in: managerOf } },
    },
    { action: ['read', 'delete'], subject: 'Invitation', conditions: { organizationId: { $in: managerOf } } },
  ];
  if (actor.platformRole === 'moderator') rules.push({ action: ['read', 'verify'], subject: 'Organization' });
  if (actor.platformRole === 'admin') rules.push({ action: 'manage', subject: 'all' });
  return createMongoAbility<IdentityAbility>(rules);
}

/** Wraps a plain row so CASL matches conditions against it. */
export const asSubject = <T extends object>(name: Exclude<SubjectName, 'all'>, row: T) =>
  subject(name, { ...row } as T & Record<string, unknown>);
