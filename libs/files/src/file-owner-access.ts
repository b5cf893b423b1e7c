import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError } from '#core';
import { OrganizationService, type Actor } from '#identity';
import { AchievementService, DemandService, FinancingOfferService, ProjectService } from '#postings';
import { ExpertService } from '#profiles';
import type { FileOwnerKind } from './file-owners.js';

/** What the caller may do with the files of one owner. */
export interface OwnerAccess {
  /** May list and download: the owner's content is shown to them in full. */
  read: boolean;
  /** May upload and delete. */
  edit: boolean;
}

/** The part of a posting's detail view that decides file access. */
interface PostingView {
  redacted: boolean;
  canEdit: boolean;
}

const NOT_FOUND: Record<FileOwnerKind, string> = {
  demand: 'demand-not-found',
  expert: 'expert-not-found',
  achievement: 'achievement-not-found',
  project: 'project-not-found',
  'financing-offer': 'financing-offer-not-found',
  organization: 'organization-not-found',
};

/**
 * Files follow their owner: a posting's files are read by whoever reads the posting in full (so a
 * confidential posting's only by its owners, platform staff and organizations granted access), and
 * changed by whoever may edit it; the posting services decide both, so the rules live once. An
 * organization's licence is read by its members and platform staff (who verify it) and changed by its
 * owners and admins. Owners the caller may not see at all are 404, as their postings are.
 */
@Injectable()
export class FileOwnerAccess {
  constructor(
    private readonly demands: DemandService,
    private readonly experts: ExpertService,
    private readonly achievements: AchievementService,
    private readonly projects: ProjectService,
    private readonly financingOffers: FinancingOfferService,
    private readonly organizations: OrganizationService,
  ) {}

  async of(actor: Actor | null, kind: FileOwnerKind, id: string): Promise<OwnerAccess> {
    if (kind === 'organization') return this.ofOrganization(actor, id);
    const view = await this.postingView(actor, kind, id);
    return { read: !view.redacted, edit: view.canEdit };
  }

  /** Access for a change: 404 where the owner is unseen, 403 where it is seen but not the caller's. */
  async assertEdit(actor: Actor | null, kind: FileOwnerKind, id: string): Promise<void> {
    const access = await this.of(actor, kind, id);
    if (!access.edit) throw new ForbiddenError('forbidden');
  }

  notFound(kind: FileOwnerKind): NotFoundError {
    return new NotFoundError(NOT_FOUND[kind]);
  }

  private async postingView(actor: Actor | null, kind: Exclude<FileOwnerKind, 'organization'>, id: string) {
    const views: Record<typeof kind, () => Promise<PostingView>> = {
      demand: () => this.demands.view(actor, id, 'zh-CN'),
      expert: () => this.experts.view(actor, id, 'zh-CN'),
      achievement: () => this.achievements.view(actor, id, 'zh-CN'),
      project: () => this.projects.view(actor, id, 'zh-CN'),
      'financing-offer': () => this.financingOffers.view(actor, id, 'zh-CN'),
    };
    return views[kind]();
  }

  private async ofOrganization(actor: Actor | null, id: string): Promise<OwnerAccess> {
    if (!actor) throw this.notFound('organization');
    await this.organizations.get(actor, id);
    try {
      await this.organizations.authorize(actor, id, 'update');
      return { read: true, edit: true };
    } catch (error) {
      if (error instanceof ForbiddenError) return { read: true, edit: false };
      throw error;
    }
  }
}
