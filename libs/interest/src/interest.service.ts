import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AppConfig,
  ConflictError,
  ForbiddenError,
  TooManyRequestsError,
  ValidationError,
  type Language,
} from '#core';
import { inTransaction } from '#database';
import { ConversationService } from '#conversations';
import { AuditService, OrganizationDirectory, type Actor } from '#identity';
import { EventType, OutboxService } from '#queue';
import type { ExpressInterestDto, InterestDto } from './dto/interest.dto.js';
import { InterestBlock } from './interest-block.entity.js';
import type { InterestKind } from './interest-kinds.js';
import { Interest } from './interest.entity.js';
import { InterestConfig } from './interest.config.js';
import { PostingReader } from './posting-reader.js';

/**
 * 我要对接: a verified organization tells the owner of a posting it may see that it wants to work with
 * them. The message opens (or continues) their thread, the owner hears of it through the outbox, and
 * the organization's sends are counted per day against INTEREST_DAILY_LIMIT.
 */
@Injectable()
export class InterestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly settings: InterestConfig,
    private readonly postings: PostingReader,
    private readonly conversations: ConversationService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly directory: OrganizationDirectory,
  ) {}

  async express(
    actor: Actor,
    kind: InterestKind,
    id: string,
    input: ExpressInterestDto,
    lang: Language,
  ): Promise<InterestDto> {
    const organizationId = actor.organizationId;
    if (!organizationId)
      throw new ValidationError(
        [{ field: 'X-Organization-Id', code: 'isDefined' }],
        'organization-context-required',
      );
    const posting = await this.postings.reach(actor, kind, id, lang);
    if (posting.ownerOrganizationId === organizationId) throw new ConflictError('own-posting');
    const organization = await this.directory.summary(organizationId);
    if (organization?.verificationStatus !== 'verified')
      throw new ForbiddenError('interest-organization-not-verified');
    const offered = input.offer
      ? await this.postings.own(organizationId, input.offer.kind, input.offer.id)
      : null;
    if (input.offer && offered === null)
      throw new ValidationError([{ field: 'offer', code: 'offer-not-yours' }]);
    return inTransaction(this.dataSource, async (manager) => {
      const remaining = await this.claimToday(manager, organizationId);
      const blocked = await manager.existsBy(InterestBlock, {
        ownerOrganizationId: posting.ownerOrganizationId,
        blockedOrganizationId: organizationId,
      });
      if (blocked) throw new ForbiddenError('interest-blocked');
      const subject = offered ? `${posting.title} ↔ ${offered}` : posting.title;
      const { conversationId, messageId } = await this.conversations.openForPosting(manager, {
        postingKind: kind,
        postingId: id,
        ownerOrganizationId: posting.ownerOrganizationId,
        organizationId,
        userId: actor.userId,
        subject,
        message: input.message,
      });
      const interest = await manager.save(
        manager.create(Interest, {
          postingKind: kind,
          postingId: id,
          ownerOrganizationId: posting.ownerOrganizationId,
          organizationId,
          offeredKind: input.offer?.kind ?? null,
          offeredId: input.offer?.id ?? null,
          conversationId,
          messageId,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(manager, {
        action: 'interest.expressed',
        subjectType: kind,
        subjectId: id,
        organizationId,
        actorUserId: actor.userId,
        data: { interestId: interest.id, ownerOrganizationId: posting.ownerOrganizationId },
        ip: actor.ip,
      });
      await this.outbox.add(manager, EventType.InterestExpressed, { interestId: interest.id });
      return {
        id: interest.id,
        conversationId,
        remainingToday: remaining - 1,
        createdAt: interest.createdAt.toISOString(),
      };
    });
  }

  /**
   * How many sends the organization has left today, counting this one's slot; 429 with the seconds to
   * midnight (in DIGEST_TIMEZONE) when none. Sends of one organization are serialized by a transaction
   * lock so two at once cannot both take the last slot.
   */
  private async claimToday(manager: EntityManager, organizationId: string): Promise<number> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('interest:' || $1, 0))`, [
      organizationId,
    ]);
    const [row] = await manager.query<{ sent: number; seconds_left: number }[]>(
      `WITH day AS (SELECT date_trunc('day', now() AT TIME ZONE $2) AT TIME ZONE $2 AS start)
       SELECT (SELECT count(*)::int FROM interests WHERE organization_id = $1 AND created_at >= day.start) AS sent,
              ceil(extract(epoch FROM day.start + interval '1 day' - now()))::int AS seconds_left
         FROM day`,
      [organizationId, this.config.DIGEST_TIMEZONE],
    );
    const remaining = this.settings.INTEREST_DAILY_LIMIT - row!.sent;
    if (remaining <= 0) throw new TooManyRequestsError('interest-daily-limit', row!.seconds_left);
    return remaining;
  }
}
