import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type ObjectLiteral } from 'typeorm';
import { AppConfig, provinceOf, ValidationError, yuanToWan } from '#core';
import { Achievement } from '../achievements/achievement.entity.js';
import { CATALOGUE_LISTED } from '../catalogue/catalogue-workflow.js';
import { budgetWan } from '../demands/demand-view.js';
import { decodeCursor, encodeCursor } from '../demands/keyset-cursor.js';
import { LISTED_STATUSES } from '../demands/demand-workflow.js';
import { Demand } from '../demands/demand.entity.js';
import type {
  OpenAchievementRecordDto,
  OpenDemandRecordDto,
  OpenFeedPageDto,
  OpenTombstoneDto,
} from '../dto/open-feed.dto.js';

export type OpenFeedKind = 'demand' | 'achievement';

interface FeedRow<T> {
  row: T;
  /** updated_at with its microseconds, as text: a JS Date would drop them and skip or repeat rows. */
  at: string;
}

/**
 * The change feeds other platforms sync from: every demand or achievement that is or once was listed,
 * in (updated_at, id) order after an opaque cursor. A listed posting appears as its open record (a
 * confidential one as its teaser only, never its description, budget, contact or owner); one that left
 * the board (closed, expired, archived, back in moderation) as a tombstone, so a mirror removes it. A
 * posting that was never listed does not appear at all: drafts stay unknown.
 *
 * Rows changed in the last OPEN_FEED_SETTLE_SECONDS are held back: a transaction stamps updated_at when it
 * starts but becomes visible when it commits, and a reader already past that stamp would miss the row.
 */
@Injectable()
export class OpenFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async demands(since: string | undefined, limit: number): Promise<OpenFeedPageDto<OpenDemandRecordDto>> {
    const rows = await this.page(Demand, since, limit);
    return this.shape(rows, since, limit, (demand) =>
      LISTED_STATUSES.includes(demand.status) ? openDemand(demand) : null,
    );
  }

  async achievements(
    since: string | undefined,
    limit: number,
  ): Promise<OpenFeedPageDto<OpenAchievementRecordDto>> {
    const rows = await this.page(Achievement, since, limit);
    return this.shape(rows, since, limit, (achievement) =>
      CATALOGUE_LISTED.includes(achievement.status) ? openAchievement(achievement) : null,
    );
  }

  private async page<T extends ObjectLiteral>(
    entity: new () => T,
    since: string | undefined,
    limit: number,
  ): Promise<FeedRow<T>[]> {
    const qb = this.dataSource
      .getRepository(entity)
      .createQueryBuilder('p')
      .addSelect(`to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'feed_at')
      .where('p.published_at IS NOT NULL')
      .andWhere(`p.updated_at < now() - make_interval(secs => :settle)`, {
        settle: this.config.OPEN_FEED_SETTLE_SECONDS,
      })
      .orderBy('p.updated_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1);
    if (since) {
      const [at, id] = feedCursor(since);
      qb.andWhere('(p.updated_at, p.id) > (:at::timestamptz, :id::uuid)', { at, id });
    }
    const { entities, raw } = await qb.getRawAndEntities<{ feed_at: string }>();
    return entities.map((row, index) => ({ row, at: raw[index]!.feed_at }));
  }

  private shape<T extends { id: string; updatedAt: Date }, R>(
    rows: FeedRow<T>[],
    since: string | undefined,
    limit: number,
    open: (row: T) => R | null,
  ): OpenFeedPageDto<R> {
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(({ row }) => open(row) ?? tombstone(row)),
      // Always a cursor to poll from next time: past the last row, or where the caller already was.
      nextCursor: last ? encodeCursor(last.at, last.row.id) : (since ?? null),
      hasMore: rows.length > limit,
    };
  }
}

/** The (updated_at, id) a cursor stands for; anything else is a field error on `since`. */
function feedCursor(since: string): [string, string] {
  try {
    const [at, id] = decodeCursor(since);
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) return [at, id];
  } catch {
    // reported below, on the parameter the caller sent
  }
  throw new ValidationError([{ field: 'since', code: 'invalid' }]);
}

function tombstone(row: { id: string; updatedAt: Date }): OpenTombstoneDto {
  return { id: row.id, deleted: true, updatedAt: row.updatedAt };
}

/** What a demand's and an achievement's open records share; a confidential one keeps only its teaser. */
interface OpenSource {
  id: string;
  updatedAt: Date;
  publishedAt: Date | null;
  visibility: string;
  title: string;
  teaser: string | null;
  fields: string[];
  keywords: string[];
  regionCode: string | null;
}

function openBase(p: OpenSource) {
  const confidential = p.visibility === 'confidential';
  return {
    confidential,
    base: {
      id: p.id,
      deleted: false as const,
      updatedAt: p.updatedAt,
      publishedAt: p.publishedAt!,
      redacted: confidential,
      title: p.title,
      teaser: confidential ? p.teaser : null,
      fields: p.fields,
      keywords: confidential ? [] : p.keywords,
      // The region only to the province, as on the teaser page.
      regionCode:
        p.regionCode && confidential ? (provinceOf(p.regionCode)?.code ?? p.regionCode) : p.regionCode,
    },
  };
}

function openDemand(d: Demand): OpenDemandRecordDto {
  const { confidential, base } = openBase(d);
  return {
    ...base,
    description: confidential ? null : d.description,
    category: d.category,
    industryCode: d.industryCode,
    ...budgetWan(d, confidential),
    trlRequired: d.trlRequired,
    deadline: d.deadline,
    cooperationModes: d.cooperationModes,
    status: d.status,
  };
}

function openAchievement(a: Achievement): OpenAchievementRecordDto {
  const { confidential, base } = openBase(a);
  return {
    ...base,
    abstract: confidential ? null : a.abstract,
    trl: a.trl,
    maturity: a.maturity,
    transferModes: a.transferModes,
    priceWan: confidential ? null : yuanToWan(a.priceYuan),
  };
}
