import { Injectable } from '@nestjs/common';
import { ConversationService } from '#conversations';
import { AgendaService } from '#events';
import { MatchConversations, MatchingService } from '#matching';
import { ChallengeService } from '#postings';
import type { DealSourceType } from './deal-terms.js';

/**
 * The two organizations of what a deal is recorded from, asked of the context that owns it (matching,
 * its conversations, 揭榜挂帅, an event's meeting) through their exported services, never their tables.
 */
@Injectable()
export class DealSources {
  constructor(
    private readonly matching: MatchingService,
    private readonly conversations: ConversationService,
    private readonly challenges: ChallengeService,
    private readonly meetings: AgendaService,
    private readonly matchConversations: MatchConversations,
  ) {}

  /**
   * The source's two organizations as one of them, `viewer`, may know them: null when the other is the
   * anonymous owner of a confidential posting (a match or thread on it before a grant or its first
   * message), so a deal can neither name it nor confirm a guess. An award and a meeting are the owner
   * stepping forward, and name it.
   */
  async partiesKnownTo(
    type: DealSourceType,
    id: string,
    viewerOrganizations: ReadonlyMap<string, unknown>,
  ): Promise<readonly string[] | null> {
    const parties = await this.partiesOf(type, id);
    const viewer = parties?.find((party) => viewerOrganizations.has(party));
    if (!parties || !viewer) return null;
    const counterpart = parties.find((party) => party !== viewer) ?? viewer;
    const hidden =
      type === 'match'
        ? (
            await this.matchConversations.counterpartsHidden([
              { matchId: id, viewerOrganizationId: viewer, counterpartOrganizationId: counterpart },
            ])
          )[0]
        : type === 'conversation'
          ? await this.conversations.counterpartHiddenFrom(id, viewer)
          : false;
    return hidden ? null : parties;
  }

  /** The source's two organizations, or null when it does not exist (or is not an awarded proposal). */
  private async partiesOf(type: DealSourceType, id: string): Promise<readonly string[] | null> {
    const found =
      type === 'match'
        ? await this.matching.partiesOf(id)
        : type === 'conversation'
          ? await this.conversations.partiesOf(id)
          : type === 'award'
            ? await this.challenges.awardPartiesOf(id)
            : await this.meetings.partiesOf(id);
    return found?.organizationIds ?? null;
  }
}
