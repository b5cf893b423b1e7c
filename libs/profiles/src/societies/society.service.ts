import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  assertNoNulls,
  ForbiddenError,
  NotFoundError,
  regionName,
  techFieldName,
  type Language,
} from '#core';
import {
  AuditService,
  OrganizationDirectory,
  OrganizationService,
  type Actor,
  type OrganizationSummary,
} from '#identity';
import { verifiedOrganizationsPage } from '#postings';
import type {
  CreateSocietyDto,
  CreateStationDto,
  SocietyDto,
  SocietyPageDto,
  SocietyQueryDto,
  SocietySummaryDto,
  StationDto,
  UpdateSocietyDto,
  UpdateStationDto,
} from '../dto/society.dto.js';
import { Expert } from '../experts/expert.entity.js';
import { ServiceStation } from './service-station.entity.js';
import { SocietyProfile } from './society-profile.entity.js';

/** What a society's page shows of its organization record (identity's; read through its directory). */
type SocietyRecord = Pick<OrganizationSummary, 'id' | 'name' | 'regionCode' | 'description'>;

/**
 * The societies directory (学会) and each society's regional service stations. Societies are
 * organizations of type `society`; the directory lists verified ones to everyone.
 */
@Injectable()
export class SocietyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly directory: OrganizationDirectory,
    private readonly audit: AuditService,
  ) {}

  async list(query: SocietyQueryDto, lang: Language): Promise<SocietyPageDto> {
    const { page, nextCursor } = await verifiedOrganizationsPage(
      this.directory,
      { type: 'society', nameContains: query.q, regionCode: query.regionCode },
      query,
    );
    return { items: await this.summaries(page, lang), nextCursor };
  }

  async get(actor: Actor | null, id: string, lang: Language): Promise<SocietyDto> {
    const found = await this.directory.summary(id);
    const society = found?.type === 'society' ? found : null;
    const canEdit = actor !== null && society !== null && (await this.canEdit(actor, society.id));
    if (!society || (society.verificationStatus !== 'verified' && !canEdit))
      throw new NotFoundError('society-not-found');
    return this.detail(society, canEdit, lang);
  }

  /** Registers a society with the caller as its owner; a platform admin verifies it before it is listed. */
  async create(actor: Actor, input: CreateSocietyDto, lang: Language): Promise<SocietyDto> {
    const { fields, website, ...organization } = input;
    const created = await this.organizations.create(actor, { ...organization, type: 'society' });
    await this.dataSource.getRepository(SocietyProfile).insert({
      organizationId: created.id,
      fields: fields ?? [],
      website: website ?? null,
    });
    // The caller's memberships were read before the society existed: they own it, so they may edit it.
    return this.detail(created, true, lang);
  }

  async update(actor: Actor, id: string, input: UpdateSocietyDto, lang: Language): Promise<SocietyDto> {
    await this.authorizeSociety(actor, id);
    await this.dataSource.transaction(async (manager) => {
      if (input.description !== undefined)
        await this.organizations.setDescription(manager, id, input.description ?? null);
      await manager.upsert(
        SocietyProfile,
        {
          organizationId: id,
          ...(input.fields !== undefined ? { fields: input.fields ?? [] } : {}),
          ...(input.website !== undefined ? { website: input.website ?? null } : {}),
        },
        ['organizationId'],
      );
      await this.record(manager, actor, id, 'society.updated', id, { fields: Object.keys(input) });
    });
    return this.get(actor, id, lang);
  }

  async createStation(
    actor: Actor,
    societyId: string,
    input: CreateStationDto,
    lang: Language,
  ): Promise<StationDto> {
    await this.authorizeSociety(actor, societyId);
    const station = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ServiceStation, {
          ...input,
          address: input.address ?? null,
          contactName: input.contactName ?? null,
          contactPhone: input.contactPhone ?? null,
          description: input.description ?? null,
          societyId,
        }),
      );
      await this.record(manager, actor, societyId, 'station.created', saved.id, { name: saved.name });
      return saved;
    });
    const [view] = await this.stationViews([station], lang);
    return view;
  }

  async updateStation(
    actor: Actor,
    societyId: string,
    stationId: string,
    input: UpdateStationDto,
    lang: Language,
  ): Promise<StationDto> {
    assertNoNulls(input, ['name', 'regionCode']);
    await this.authorizeSociety(actor, societyId);
    const station = await this.dataSource.transaction(async (manager) => {
      // Locked while edited: a delete arriving meanwhile waits, and one that came first makes this a 404
      // (save() on a row read before a delete would insert it again).
      const row = await manager.findOne(ServiceStation, {
        where: { id: stationId, societyId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw new NotFoundError('station-not-found');
      // Only what the body names changes; an optional field sent as null is cleared.
      Object.assign(row, input);
      await manager.save(row);
      await this.record(manager, actor, societyId, 'station.updated', stationId, {
        fields: Object.keys(input),
      });
      return row;
    });
    const [view] = await this.stationViews([station], lang);
    return view;
  }

  /** Experts of a removed station stay with the society (the foreign key sets their station to null). */
  async deleteStation(actor: Actor, societyId: string, stationId: string): Promise<void> {
    await this.authorizeSociety(actor, societyId);
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.delete(ServiceStation, { id: stationId, societyId });
      if (!affected) throw new NotFoundError('station-not-found');
      await this.record(manager, actor, societyId, 'station.deleted', stationId);
    });
  }

  private async detail(society: SocietyRecord, canEdit: boolean, lang: Language): Promise<SocietyDto> {
    const [summary] = await this.summaries([society], lang);
    const stations = await this.dataSource
      .getRepository(ServiceStation)
      .find({ where: { societyId: society.id }, order: { regionCode: 'ASC', name: 'ASC' } });
    return { ...summary, stations: await this.stationViews(stations, lang), canEdit };
  }

  private async authorizeSociety(actor: Actor, id: string): Promise<void> {
    const organization = await this.organizations.authorize(actor, id, 'update');
    if (organization.type !== 'society') throw new NotFoundError('society-not-found');
  }

  private async canEdit(actor: Actor, id: string): Promise<boolean> {
    try {
      await this.organizations.authorize(actor, id, 'update');
      return true;
    } catch (error) {
      if (error instanceof ForbiddenError || error instanceof NotFoundError) return false;
      throw error;
    }
  }

  private async summaries(societies: SocietyRecord[], lang: Language): Promise<SocietySummaryDto[]> {
    const ids = societies.map((s) => s.id);
    if (ids.length === 0) return [];
    const profiles = await this.dataSource.getRepository(SocietyProfile).findBy({ organizationId: In(ids) });
    const experts = await this.countBy(Expert, 'organization_id', ids, `status = 'published'`);
    const stations = await this.countBy(ServiceStation, 'society_id', ids);
    return societies.map((society) => {
      const profile = profiles.find((p) => p.organizationId === society.id);
      const fields = profile?.fields ?? [];
      return {
        id: society.id,
        name: society.name,
        regionCode: society.regionCode,
        regionName: regionName(society.regionCode, lang) ?? '',
        description: society.description,
        fields,
        fieldNames: fields.map((code) => techFieldName(code, lang) ?? code),
        website: profile?.website ?? null,
        expertCount: experts.get(society.id) ?? 0,
        stationCount: stations.get(society.id) ?? 0,
      };
    });
  }

  private async stationViews(stations: ServiceStation[], lang: Language): Promise<StationDto[]> {
    const experts = await this.countBy(
      Expert,
      'station_id',
      stations.map((s) => s.id),
      `status = 'published'`,
    );
    return stations.map((station) => ({
      id: station.id,
      name: station.name,
      regionCode: station.regionCode,
      regionName: regionName(station.regionCode, lang) ?? '',
      address: station.address,
      contactName: station.contactName,
      contactPhone: station.contactPhone,
      description: station.description,
      expertCount: experts.get(station.id) ?? 0,
    }));
  }

  private async countBy(
    entity: typeof Expert | typeof ServiceStation,
    column: string,
    ids: string[],
    condition = 'true',
  ): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { key: string; count: number }[] = await this.dataSource
      .getRepository(entity)
      .createQueryBuilder('t')
      .select(`t.${column}`, 'key')
      .addSelect('count(*)::int', 'count')
      .where(`t.${column} IN (:...ids) AND ${condition}`, { ids })
      .groupBy(`t.${column}`)
      .getRawMany();
    return new Map(rows.map((r) => [r.key, r.count]));
  }

  private async record(
    manager: EntityManager,
    actor: Actor,
    societyId: string,
    action: string,
    subjectId: string,
    data: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.record(manager, {
      action,
      subjectType: action.split('.')[0],
      subjectId,
      organizationId: societyId,
      actorUserId: actor.userId,
      data,
      ip: actor.ip,
    });
  }
}
