import { Injectable } from '@nestjs/common';
import { AppConfig } from '#core';
import { MembershipService } from '#identity';
import { NotificationDispatcher, type DispatchResult } from '#notifications';
import { matchFoundEmail, matchFoundText } from './match-found.email.js';
import { MatchingService } from './matching.service.js';

/**
 * Tells both parties of a new (or clearly improved) match through the dispatcher (each recipient's
 * preferences decide in-app, instant email, digest or nothing; the organization's webhooks hear of it
 * too). Keyed by the match and the version judged worth notifying, so a retried or duplicated job
 * delivers nothing twice.
 */
@Injectable()
export class MatchNotifier {
  constructor(
    private readonly matching: MatchingService,
    private readonly memberships: MembershipService,
    private readonly dispatcher: NotificationDispatcher,
    private readonly config: AppConfig,
  ) {}

  /** What was delivered, or null when the match is gone (or no longer worth telling). */
  async notify(matchId: string): Promise<DispatchResult | null> {
    const notice = await this.matching.noticeOf(matchId);
    if (!notice) return null;
    const told = new Set<string>();
    const total: DispatchResult = { inApp: 0, emailed: 0, digested: 0, webhooks: 0 };
    // Both sides land on the match itself, where its reasons and their actions are.
    const link = `/matches/${notice.matchId}`;
    for (const side of notice.sides) {
      const content = {
        ownKind: side.own.kind,
        ownTitle: side.own.title,
        counterpartKind: side.counterpart.kind,
        counterpartTitle: side.counterpart.title,
        score: notice.score,
        reasons: side.reasons,
        warnings: side.warnings,
        link: `${this.config.PUBLIC_URL}${link}`,
      };
      const email = matchFoundEmail(content);
      // Someone on both sides hears once, about the first side's counterpart.
      const recipients = (await this.memberships.contactsOf([side.organizationId], side.userIds)).filter(
        (contact) => !told.has(contact.userId),
      );
      for (const recipient of recipients) told.add(recipient.userId);
      const result = await this.dispatcher.dispatch({
        eventKey: `match-found:${notice.matchId}:${notice.version}`,
        kind: 'match-found',
        subject: { type: 'match', id: notice.matchId, link },
        recipients,
        text: matchFoundText(content),
        email: () => email,
        webhook: {
          organizationIds: [side.organizationId],
          link: content.link,
          facts: {
            matchId: notice.matchId,
            score: notice.score,
            counterpartKind: side.counterpart.kind,
            counterpartId: side.counterpart.id,
          },
        },
      });
      for (const key of Object.keys(total) as (keyof DispatchResult)[]) total[key] += result[key];
    }
    return total;
  }
}
