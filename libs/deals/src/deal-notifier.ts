import { Injectable } from '@nestjs/common';
import { AppConfig } from '#core';
import { MembershipService } from '#identity';
import { NotificationDispatcher, type DispatchResult } from '#notifications';
import type { EventPayloads, EventType } from '#queue';
import { dealChangedEmail, dealChangedText } from './deal-changed.email.js';
import { DealService } from './deal.service.js';

/**
 * The other party's members hear of a change to a deal (recorded, confirmed, disputed, edited or a
 * change proposed, moved on); whoever made it does not, even if they belong to both organizations.
 * Keyed by the deal's version, so a retried or duplicated job delivers nothing twice.
 */
@Injectable()
export class DealNotifier {
  constructor(
    private readonly deals: DealService,
    private readonly memberships: MembershipService,
    private readonly dispatcher: NotificationDispatcher,
    private readonly config: AppConfig,
  ) {}

  /** What was delivered, or null when the deal is gone. */
  async notify({
    dealId,
    version,
    change,
    bySide,
    byUserId,
  }: EventPayloads[EventType.DealChanged]): Promise<DispatchResult | null> {
    const notice = await this.deals.noticeOf(dealId, bySide);
    if (!notice) return null;
    const link = '/deals';
    const content = { ...notice, change, link: `${this.config.PUBLIC_URL}${link}` };
    const email = dealChangedEmail(content);
    const recipients = (await this.memberships.contactsOf([notice.recipientOrganizationId], [])).filter(
      (contact) => contact.userId !== byUserId,
    );
    const result = await this.dispatcher.dispatch({
      eventKey: `deal:${dealId}:${version}`,
      kind: 'deal-changed',
      subject: { type: 'deal', id: dealId, link },
      recipients,
      text: dealChangedText(content),
      email: () => email,
      webhook: {
        organizationIds: [notice.recipientOrganizationId],
        link: content.link,
        facts: { dealId, version, change },
      },
    });
    return result;
  }
}
