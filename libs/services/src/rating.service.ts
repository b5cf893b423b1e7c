import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, pick, ValidationError } from '#core';
import { inTransaction } from '#database';
import { DealService } from '#deals';
import { AuditService, type Actor } from '#identity';
import type { CreateRatingDto, RatingDto } from './dto/rating.dto.js';
import { Rating } from './records/rating.entity.js';
import { ServiceLog } from './records/service-log.entity.js';
import { Visit } from './records/visit.entity.js';
import { ServiceAccess } from './service-access.js';
import { actingOrganization } from './task.service.js';

const LIST_LIMIT = 200;
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/**
 * 服务评价: the enterprise served rates a visit or a logged service it received, or a deal it is a party
 * of once both sides confirmed it, 1–5 with a comment, once per subject. A rating speaks for the
 * enterprise, so its owner or an admin gives it. The rated organization and the enterprise read it.
 */
@Injectable()
export class RatingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deals: DealService,
    private readonly access: ServiceAccess,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: CreateRatingDto): Promise<RatingDto> {
    const enterpriseId = actingOrganization(actor);
    const provider = await this.providerRated(actor, enterpriseId, input);
    if (!provider) throw new ValidationError([{ field: 'subjectId', code: 'not-yours-to-rate' }]);
    const role = actor.memberships.get(enterpriseId);
    if (role !== 'owner' && role !== 'admin') throw new ForbiddenError('forbidden');
    try {
      const rating = await inTransaction(this.dataSource, async (manager) => {
        const saved = await manager.save(
          manager.create(Rating, {
            enterpriseId,
            subjectType: input.subjectType,
            subjectId: input.subjectId,
            providerOrganizationId: provider,
            score: input.score,
            comment: input.comment ?? '',
            ratedBy: actor.userId,
          }),
        );
        await this.audit.record(manager, {
          action: 'rating.created',
          subjectType: 'rating',
          subjectId: saved.id,
          organizationId: enterpriseId,
          actorUserId: actor.userId,
          data: { subjectType: saved.subjectType, subjectId: saved.subjectId, score: saved.score },
          ip: actor.ip,
        });
        return saved;
      });
      return present(rating);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('already-rated');
      throw error;
    }
  }

  /** Ratings the acting organization gave or received, newest first. */
  async list(actor: Actor): Promise<RatingDto[]> {
    const orgs = this.access.listedOrganizations(actor);
    const rows = await this.dataSource
      .getRepository(Rating)
      .createQueryBuilder('r')
      .where('r.enterprise_id = ANY(:orgs) OR r.provider_organization_id = ANY(:orgs)', { orgs })
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(LIST_LIMIT)
      .getMany();
    return rows.map(present);
  }

  /** The organization the enterprise rates, or null when the subject is not one it received. */
  private async providerRated(
    actor: Actor,
    enterpriseId: string,
    input: CreateRatingDto,
  ): Promise<string | null> {
    if (input.subjectType === 'deal') {
      const deal = await this.deals.get(actor, input.subjectId).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      if (!deal?.counts) return null;
      if (deal.buyer.id === enterpriseId) return deal.seller.id;
      return deal.seller.id === enterpriseId ? deal.buyer.id : null;
    }
    const entity = input.subjectType === 'visit' ? Visit : ServiceLog;
    const record = await this.dataSource.getRepository(entity).findOneBy({ id: input.subjectId });
    return record?.enterpriseId === enterpriseId ? record.organizationId : null;
  }
}

function present(r: Rating): RatingDto {
  return {
    ...pick(r, ['id', 'enterpriseId', 'subjectType', 'subjectId', 'providerOrganizationId', 'score']),
    comment: r.comment,
    createdAt: r.createdAt.toISOString(),
  };
}
