import { createMongoAbility, subject, type RawRuleOf } from '@casl/ability';
import type { AbilityOver, Actor } from '#identity';

/**
 * Access rules for postings, in one place. `read-full` means every field, confidential ones included;
 * what strangers see of a listed posting (teaser or full, by visibility and grants) is decided by the
 * listing rules of each service, which are the same for every row and so belong in SQL.
 */
export type PostingAction = 'edit' | 'read-full' | 'moderate';
export const POSTING_SUBJECTS = ['Demand', 'Expert', 'Achievement', 'Project', 'FinancingOffer'] as const;
export type PostingSubjectName = (typeof POSTING_SUBJECTS)[number];
export type PostingAbility = AbilityOver<PostingAction, PostingSubjectName>;

export function postingAbilityFor(actor: Actor | null): PostingAbility {
  const memberOf = actor ? [...actor.memberships.keys()] : [];
  const rules: RawRuleOf<PostingAbility>[] = [
    {
      action: ['edit', 'read-full'],
      subject: [...POSTING_SUBJECTS],
      conditions: { organizationId: { $in: memberOf } },
    },
  ];
  if (actor) {
    // An expert who has claimed their profile keeps it current themselves, alongside their society.
    rules.push({ action: ['edit', 'read-full'], subject: 'Expert', conditions: { claimedBy: actor.userId } });
  }
  if (actor?.platformRole === 'admin' || actor?.platformRole === 'moderator') {
    rules.push({ action: ['read-full', 'moderate'], subject: [...POSTING_SUBJECTS] });
  }
  return createMongoAbility<PostingAbility>(rules);
}

export interface OwnedRow {
  organizationId: string;
  claimedBy?: string | null;
}

export const postingSubject = (name: PostingSubjectName, row: OwnedRow) =>
  subject(name, { organizationId: row.organizationId, claimedBy: row.claimedBy ?? null } as Record<
    string,
    unknown
  >);

export const demandSubject = (row: OwnedRow) => postingSubject('Demand', row);
