import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { escapeLike, pick } from '#core';
import { User } from '../users/user.entity.js';
import { Organization, type OrganizationType, type VerificationStatus } from './organization.entity.js';

/** What other contexts may know of an organization by its id. */
export interface OrganizationSummary {
  id: string;
  name: string;
  type: OrganizationType;
  regionCode: string;
  verificationStatus: VerificationStatus;
  /** What the organization says about itself (a society's directory entry shows it). */
  description: string | null;
}

/** Which organizations a directory page lists. */
export interface DirectoryFilter {
  /** One type or several; every type when left out. */
  type?: OrganizationType | readonly OrganizationType[];
  /** A fragment of the name, matched case-insensitively and literally. */
  nameContains?: string;
  /** A fragment of the name, or the start of the 统一社会信用代码 in any case: what a picker's user types. */
  nameOrCode?: string;
  /** Region codes starting with this (a province's two digits, a city's four, a district's six). */
  regionPrefix?: string;
}

/** A verified organization a picker found, with the 统一社会信用代码 it shows to tell namesakes apart. */
export interface OrganizationMatch extends OrganizationSummary {
  creditCode: string;
}

const SUMMARY_COLUMNS = {
  id: true,
  name: true,
  type: true,
  regionCode: true,
  verificationStatus: true,
  description: true,
} as const;

/**
 * Identity's read port: names, types, regions and verification of organizations (and the names people
 * sign with) by id, in batches. Other contexts read these through it instead of querying identity's
 * tables, so identity may change its storage without breaking them.
 */
@Injectable()
export class OrganizationDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The organizations among `ids` that exist, keyed by id. */
  async summaries(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, OrganizationSummary>> {
    if (ids.length === 0) return new Map();
    const rows = await (manager ?? this.dataSource.manager).find(Organization, {
      where: { id: In([...new Set(ids)]) },
      select: SUMMARY_COLUMNS,
    });
    return new Map(rows.map((row) => [row.id, summaryOf(row)]));
  }

  /** One organization, or null; pass the caller's transaction's manager to read inside it. */
  async summary(id: string, manager?: EntityManager): Promise<OrganizationSummary | null> {
    return (await this.summaries([id], manager)).get(id) ?? null;
  }

  /**
   * Verified organizations of a filter by name, then id, after the keyset position `after` (the last
   * row of the previous page): the public directory and the societies directory page through it.
   */
  async listVerified(
    filter: DirectoryFilter,
    after: { name: string; id: string } | null,
    limit: number,
  ): Promise<OrganizationSummary[]> {
    const qb = this.verified(filter).select(Object.keys(SUMMARY_COLUMNS).map((column) => `o.${column}`));
    if (after) qb.andWhere('(o.name, o.id) > (:name, :id)', { name: after.name, id: after.id });
    const rows = await qb.orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').limit(limit).getMany();
    return rows.map(summaryOf);
  }

  /**
   * One page of the verified organizations of a filter, closest first, and how many there are in all:
   * for the pickers of forms that name another organization (a deal's party, a visited enterprise). With
   * `nameOrCode`, an exact 统一社会信用代码 comes first, then shorter names (the closer match).
   */
  async search(
    filter: DirectoryFilter,
    page: { offset?: number; limit?: number },
  ): Promise<{ total: number; items: OrganizationMatch[] }> {
    const [rows, total] = await this.verified(filter)
      .select([...Object.keys(SUMMARY_COLUMNS), 'creditCode'].map((column) => `o.${column}`))
      .orderBy('(o.credit_code = :exact)', 'DESC')
      .setParameter('exact', filter.nameOrCode?.toUpperCase() ?? null)
      .addOrderBy('length(o.name)', 'ASC')
      .addOrderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .offset(page.offset ?? 0)
      .limit(page.limit ?? 20)
      .getManyAndCount();
    return { total, items: rows.map((row) => ({ ...summaryOf(row), creditCode: row.creditCode })) };
  }

  /** The one query behind every list of verified organizations: what `filter` asks, unordered. */
  private verified(filter: DirectoryFilter): SelectQueryBuilder<Organization> {
    const qb = this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where(`o.verification_status = 'verified'`);
    if (filter.type)
      qb.andWhere('o.type IN (:...types)', {
        types: typeof filter.type === 'string' ? [filter.type] : filter.type,
      });
    if (filter.nameContains)
      qb.andWhere('o.name ILIKE :name', { name: `%${escapeLike(filter.nameContains)}%` });
    if (filter.nameOrCode) {
      const pattern = escapeLike(filter.nameOrCode);
      qb.andWhere('(o.name ILIKE :nameOrCode OR o.credit_code LIKE :codeStart)', {
        nameOrCode: `%${pattern}%`,
        codeStart: `${pattern.toUpperCase()}%`,
      });
    }
    if (filter.regionPrefix) qb.andWhere('o.region_code LIKE :region', { region: `${filter.regionPrefix}%` });
    return qb;
  }

  /** Verified organizations: a figure of the public portal. */
  async countVerified(): Promise<number> {
    return this.dataSource.getRepository(Organization).countBy({ verificationStatus: 'verified' });
  }

  /**
   * Sets each row's `organizationName` (a field that is no column) from the directory, in one query:
   * how a posting shows its owner without joining identity's table.
   */
  async withNames<T extends { organizationId: string; organizationName?: string }>(rows: T[]): Promise<T[]> {
    const owners = await this.summaries(rows.map((row) => row.organizationId));
    for (const row of rows) row.organizationName = owners.get(row.organizationId)?.name;
    return rows;
  }

  /** A user's sign-in address, or null when the account is gone (e.g. to check an emailed invitation). */
  async userEmail(id: string, manager?: EntityManager): Promise<string | null> {
    const user = await (manager ?? this.dataSource.manager).findOne(User, {
      where: { id },
      select: { id: true, email: true },
    });
    return user?.email ?? null;
  }

  /** Users' display names keyed by id; a deleted account has none. */
  async userNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(User)
      .find({ where: { id: In([...new Set(ids)]) }, select: { id: true, name: true } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}

function summaryOf(row: Organization): OrganizationSummary {
  return pick(row, ['id', 'name', 'type', 'regionCode', 'verificationStatus', 'description']);
}
