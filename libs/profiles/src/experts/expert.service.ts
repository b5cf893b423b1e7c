import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  AppConfig,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type Language,
} from '#core';
import {
  AuditService,
  linkToken,
  OrganizationDirectory,
  randomNonce,
  sameToken,
  type Actor,
} from '#identity';
import { catalogueServiceFor } from '#postings';
import { EventType, OutboxService } from '#queue';
import type { ExpertClaimInvitationDto, ExpertDto, ExpertSummaryDto } from '../dto/expert.dto.js';
import { ExpertClaim } from './expert-claim.entity.js';
import { Expert } from './expert.entity.js';
import { EXPERT_KIND } from './expert.kind.js';

const CLAIM_TTL_MS = 14 * 86_400_000;
const CLAIM_PURPOSE = 'expert-claim';

/** What the worker needs to write the claim email; null when there is nothing to send any more. */
export interface ExpertClaimEmail {
  to: string;
  expertName: string;
  societyName: string;
  link: string;
  expiresAt: Date;
}

/**
 * Expert profiles: the shared catalogue workflow, plus claiming. A society invites the expert by email;
 * the link proves the address, and the signed-in user whose account has that address becomes the
 * profile's second editor.
 */
@Injectable()
export class ExpertService extends catalogueServiceFor(EXPERT_KIND) {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    audit: AuditService,
    outbox: OutboxService,
    directory: OrganizationDirectory,
    private readonly config: AppConfig,
  ) {
    super(dataSource, audit, outbox, directory);
  }

  async inviteClaim(actor: Actor, expertId: string): Promise<ExpertClaimInvitationDto> {
    return this.dataSource.transaction(async (manager) => {
      const expert = await this.lockForEdit(manager, actor, expertId);
      if (!expert.email)
        throw new ValidationError([{ field: 'email', code: 'expert-email-missing' }], 'expert-email-missing');
      if (expert.claimedBy) throw new ConflictError('expert-already-claimed');
      const claim = await manager.save(
        manager.create(ExpertClaim, {
          expertId,
          email: expert.email,
          nonce: randomNonce(),
          invitedBy: actor.userId,
          expiresAt: new Date(Date.now() + CLAIM_TTL_MS),
        }),
      );
      await this.outbox.add(manager, EventType.ExpertClaimInvited, { claimId: claim.id });
      await this.record(manager, actor, expert, 'claim-invited', { claimId: claim.id });
      return { id: claim.id, email: claim.email, expiresAt: claim.expiresAt };
    });
  }

  async claim(actor: Actor, claimId: string, token: string, lang: Language): Promise<ExpertDto> {
    const expertId = await this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(ExpertClaim, {
        where: { id: claimId },
        lock: { mode: 'pessimistic_write' },
      });
      if (
        !claim ||
        !sameToken(linkToken(this.config.APP_SECRET, CLAIM_PURPOSE, claim.id, claim.nonce), token)
      )
        throw new NotFoundError('expert-claim-not-found');
      if (claim.acceptedAt || claim.expiresAt < new Date()) throw new ConflictError('expert-claim-expired');
      const email = await this.directory.userEmail(actor.userId, manager);
      if (email?.toLowerCase() !== claim.email.toLowerCase())
        throw new ForbiddenError('expert-claim-email-mismatch', { email: claim.email });
      const expert = await manager.findOne(Expert, {
        where: { id: claim.expertId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!expert) throw new NotFoundError('expert-not-found');
      if (expert.claimedBy && expert.claimedBy !== actor.userId)
        throw new ConflictError('expert-already-claimed');
      expert.claimedBy = actor.userId;
      claim.acceptedAt = new Date();
      await manager.save([expert, claim]);
      await this.record(manager, actor, expert, 'claimed', { claimId });
      return expert.id;
    });
    return this.view(actor, expertId, lang);
  }

  /** The profiles the caller has claimed, whatever their status. */
  async claimedBy(actor: Actor, lang: Language): Promise<ExpertSummaryDto[]> {
    const rows = await this.dataSource.getRepository(Expert).find({
      where: { claimedBy: actor.userId },
      order: { updatedAt: 'DESC' },
    });
    return (await this.directory.withNames(rows)).map((row) => EXPERT_KIND.toSummary(row, false, lang));
  }

  /** The society, name and claiming user of each of these experts, for other contexts' checks. */
  async ownersOf(
    ids: readonly string[],
  ): Promise<{ id: string; name: string; organizationId: string; claimedBy: string | null }[]> {
    if (ids.length === 0) return [];
    return this.dataSource.getRepository(Expert).find({
      where: { id: In([...ids]) },
      select: { id: true, name: true, organizationId: true, claimedBy: true },
    });
  }

  /** The ids of the profiles this user claimed: what makes them a dispatched expert (科技特派员). */
  async claimedIdsOf(userId: string): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(Expert)
      .find({ where: { claimedBy: userId }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  async claimEmailFor(claimId: string): Promise<ExpertClaimEmail | null> {
    const claim = await this.dataSource
      .getRepository(ExpertClaim)
      .findOne({ where: { id: claimId }, relations: { expert: true } });
    if (!claim || claim.acceptedAt || claim.expiresAt < new Date() || claim.expert.claimedBy) return null;
    const token = linkToken(this.config.APP_SECRET, CLAIM_PURPOSE, claim.id, claim.nonce);
    return {
      to: claim.email,
      expertName: claim.expert.name,
      societyName: (await this.directory.summary(claim.expert.organizationId))?.name ?? '',
      link: `${this.config.PUBLIC_URL}/experts/claim?claim=${claim.id}&token=${encodeURIComponent(token)}`,
      expiresAt: claim.expiresAt,
    };
  }
}
