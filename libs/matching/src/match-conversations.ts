import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Language, PostingKind } from '#core';
import { ConversationService, type ConversationMatches } from '#conversations';
import type { MatchDto } from './dto/match.dto.js';
import { MatchPresenter } from './match-presenter.js';
import { Match } from './match.entity.js';

/**
 * Matches as conversations see them: the thread a contact opens, the match a thread shows and whether its
 * counterpart still hides behind a confidential posting. Registered with conversations at start-up, since
 * conversations do not import matching.
 */
@Injectable()
export class MatchConversations implements ConversationMatches, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conversations: ConversationService,
    private readonly presenter: MatchPresenter,
  ) {}

  onModuleInit(): void {
    this.conversations.useMatches(this);
  }

  /**
   * The match's thread, opened now or found, in the caller's transaction (which holds the match's row
   * lock): its subject is the two postings' titles (a confidential one's teaser), need side first.
   */
  async open(
    manager: EntityManager,
    match: Match,
    by: { userId: string; organizationId: string; message?: string },
  ): Promise<string> {
    const source = { kind: match.sourceKind, id: match.sourceId };
    const candidate = { kind: match.candidateKind, id: match.candidateId };
    const titles = await this.presenter.titles([source, candidate]);
    return this.conversations.open(manager, {
      matchId: match.id,
      sourceOrganizationId: match.sourceOrganizationId,
      candidateOrganizationId: match.candidateOrganizationId,
      subject: [source, candidate].map((ref) => titles.get(`${ref.kind}:${ref.id}`) ?? '').join(' ↔ '),
      by,
    });
  }

  async present(
    matchId: string,
    viewerOrganizationId: string | null,
    lang: Language,
  ): Promise<MatchDto | null> {
    const match = await this.dataSource.getRepository(Match).findOneBy({ id: matchId });
    if (!match) return null;
    const [dto] = await this.presenter.present(
      [match],
      // A platform admin looks from the source side, like the organization named first.
      () => viewerOrganizationId !== match.candidateOrganizationId,
      lang,
      viewerOrganizationId === null,
    );
    return dto ?? null;
  }

  async counterpartsHidden(
    threads: readonly { matchId: string; viewerOrganizationId: string; counterpartOrganizationId: string }[],
  ): Promise<boolean[]> {
    if (threads.length === 0) return [];
    const matches = await this.dataSource
      .getRepository(Match)
      .findBy({ id: In(threads.map((thread) => thread.matchId)) });
    const byId = new Map(matches.map((match) => [match.id, match]));
    const asked = threads.map((thread) => {
      const match = byId.get(thread.matchId);
      if (!match) return null;
      const posting =
        match.sourceOrganizationId === thread.counterpartOrganizationId
          ? { kind: match.sourceKind, id: match.sourceId }
          : { kind: match.candidateKind, id: match.candidateId };
      return { posting, viewer: thread.viewerOrganizationId };
    });
    const pairs = asked.filter((pair) => pair !== null);
    const hidden = await this.presenter.hiddenFrom(pairs);
    let next = 0;
    // A match that is gone hides nothing: the thread keeps only its subject.
    return asked.map((pair) => (pair ? hidden[next++]! : false));
  }

  async postingsHidden(
    items: readonly { posting: { kind: PostingKind; id: string }; viewerOrganizationId: string }[],
  ): Promise<boolean[]> {
    if (items.length === 0) return [];
    // A posting that is gone keeps its owner hidden: the thread has only its subject to go by.
    return this.presenter.hiddenFrom(
      items.map((item) => ({ posting: item.posting, viewer: item.viewerOrganizationId })),
    );
  }
}
