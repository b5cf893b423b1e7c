import { Injectable } from '@nestjs/common';
import { ConversationService } from '#conversations';
import { AgendaService } from '#events';
import { MatchingService } from '#matching';
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
  ) {}

  /** The source's two organizations, or null when it does not exist (or is not an awarded proposal). */
  async partiesOf(type: DealSourceType, id: string): Promise<readonly string[] | null> {
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
