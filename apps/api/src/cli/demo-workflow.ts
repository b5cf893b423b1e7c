import type { EntityManager } from 'typeorm';
import { AuditService } from '#identity';

/** The owning organization and the member who writes its demo postings. */
export interface DemoOwner {
  organizationId: string;
  userId: string;
}

/** The owner of the demo organization `email` names; `what` says which seed named an unknown one. */
export function demoOwner(owners: Map<string, DemoOwner>, email: string, what: string): DemoOwner {
  const found = owners.get(email);
  if (!found) throw new Error(`${what} names an unknown organization owner ${email}`);
  return found;
}

/** A demo posting as the audit log names it: `demand`, `achievement`, `expert`… and its row. */
export interface DemoSubject {
  type: string;
  id: string;
  organizationId: string;
}

const audit = new AuditService();

/**
 * The audit trail the services leave when an owner creates and submits a posting and a moderator
 * publishes it, so the demo's history and review queue read like real use. Postings still `submitted`
 * stop before the moderator's step. The caller adds the outbox event a publication announces.
 */
export async function recordDemoReview(
  manager: EntityManager,
  subject: DemoSubject,
  actors: { ownerId: string; moderatorId: string },
  published: boolean,
  data: Record<string, unknown> = {},
): Promise<void> {
  const steps: [action: string, actorUserId: string, stepData: Record<string, unknown>][] = [
    ['created', actors.ownerId, {}],
    ['submit', actors.ownerId, { from: 'draft', to: 'submitted', reason: null }],
  ];
  if (published)
    steps.push(['publish', actors.moderatorId, { from: 'submitted', to: 'published', reason: null }]);
  for (const [action, actorUserId, stepData] of steps) {
    await audit.record(manager, {
      action: `${subject.type}.${action}`,
      subjectType: subject.type,
      subjectId: subject.id,
      organizationId: subject.organizationId,
      actorUserId,
      data: { ...data, ...stepData },
    });
  }
}
