import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, type Language, type PostingKind } from '#core';
import type { Actor } from '#identity';
import { POSTING_PROFILE_SOURCES } from '#matching';
import { AchievementService, DemandService, FinancingOfferService, ProjectService } from '#postings';
import { ExpertService, SocietyService } from '#profiles';
import type { InterestKind } from './interest-kinds.js';

/** A posting (or society) as the interested side reaches it. */
export interface ReachedPosting {
  ownerOrganizationId: string;
  /** The title the caller may read: a confidential posting's teaser unless it reads it in full. */
  title: string;
  /** Whether the caller reads it as a teaser only (its owner stays hidden from the caller). */
  redacted: boolean;
}

/** A posting as notices about it tell it (see `PostingReader.notice`). */
export interface PostingNotice {
  title: string;
  /** What a stranger reads: a confidential posting's teaser, else the title. */
  shownTitle: string;
  ownerOrganizationId: string;
}

/**
 * Reads postings of every kind through their own services, so 我要对接 follows exactly the rules their
 * pages do: what the caller may not see is a 404, and a confidential posting is a teaser until its owner
 * lets the caller in. The owner is read besides, for the thread, and never shown to a teaser's reader.
 */
@Injectable()
export class PostingReader {
  private readonly views: Record<
    PostingKind,
    { view(actor: Actor, id: string, lang: Language): Promise<{ redacted: boolean }> }
  >;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    demands: DemandService,
    experts: ExpertService,
    achievements: AchievementService,
    projects: ProjectService,
    offers: FinancingOfferService,
    private readonly societies: SocietyService,
  ) {
    this.views = {
      demand: demands,
      expert: experts,
      achievement: achievements,
      project: projects,
      'financing-offer': offers,
    };
  }

  async reach(actor: Actor, kind: InterestKind, id: string, lang: Language): Promise<ReachedPosting> {
    if (kind === 'society') {
      const society = await this.societies.get(actor, id, lang);
      return { ownerOrganizationId: id, title: society.name, redacted: false };
    }
    const { redacted } = await this.views[kind].view(actor, id, lang);
    const row = await this.row(kind, id);
    return {
      ownerOrganizationId: row!.organizationId,
      title: redacted ? (row!.teaser ?? '') : POSTING_PROFILE_SOURCES[kind].title(row!),
      redacted,
    };
  }

  /** One of the caller's organization's own postings, by its full title; null when it is not theirs. */
  async own(organizationId: string, kind: PostingKind, id: string): Promise<string | null> {
    const row = await this.row(kind, id);
    return row && row.organizationId === organizationId ? POSTING_PROFILE_SOURCES[kind].title(row) : null;
  }

  /** The full title of any posting, for its owner's notice; null when it is gone. */
  async title(kind: InterestKind, id: string): Promise<string | null> {
    if (kind === 'society')
      return this.societies.get(null, id, 'zh-CN').then(
        (society) => society.name,
        (error: unknown) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        },
      );
    const row = await this.row(kind, id);
    return row ? POSTING_PROFILE_SOURCES[kind].title(row) : null;
  }

  /**
   * What an owner's or requester's notice says of a posting: its full title, the teaser a stranger
   * reads and its owner; null when it is gone.
   */
  async notice(kind: PostingKind, id: string): Promise<PostingNotice | null> {
    const row = await this.row(kind, id);
    if (!row) return null;
    const title = POSTING_PROFILE_SOURCES[kind].title(row);
    return {
      title,
      shownTitle: row.visibility === 'confidential' ? (row.teaser ?? '') : title,
      ownerOrganizationId: row.organizationId,
    };
  }

  private row(kind: PostingKind, id: string) {
    return this.dataSource.getRepository(POSTING_PROFILE_SOURCES[kind].entity).findOneBy({ id });
  }
}
