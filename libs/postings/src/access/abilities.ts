import {
  createMongoAbility,
  subject,
  type ForcedSubject,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import type { Actor } from '#identity';

/**
 * Access rules for postings, in one place. `read-full` means every field, confidential ones included;
 * what strangers see of a listed posting (teaser or full, by visibility and grants) is decided by the
 * listing rules in DemandService, which are the same for every row and so belong in SQL.
 */
export type PostingAction = 'edit' | 'read-full' | 'moderate';
type Subject = 'Demand' | (ForcedSubject<'Demand'> & Record<string, unknown>);
export type PostingAbility = MongoAbility<[PostingAction, Subject]>;

export function postingAbilityFor(actor: Actor | null): PostingAbility {
  const memberOf = actor ? [...actor.memberships.keys()] : [];
  const rules: RawRuleOf<PostingAbility>[] = [
    { action: ['edit', 'read-full'], subject: 'Demand', conditions: { organizationId: { $in: memberOf } } },
  ];
  if (actor?.platformRole === 'admin' || actor?.platformRole === 'moderator') {
    rules.push({ action: ['read-full', 'moderate'], subject: 'Demand' });
  }
  return createMongoAbility<PostingAbility>(rules);
}

export const demandSubject = (row: { organizationId: string }) =>
  subject('Demand', { organizationId: row.organizationId } as Record<string, unknown>);
