import { pick, regionName, type FieldError } from '#core';
import {
  catalogueDetailBase,
  catalogueSummaryBase,
  coversRegion,
  inRegion,
  regionPrefix,
  shownRegion,
  whereInField,
  type CatalogueKindSpec,
} from '#postings';
import type { CreateExpertDto, ExpertDto, ExpertQueryDto, ExpertSummaryDto } from '../dto/expert.dto.js';
import { ServiceStation } from '../societies/service-station.entity.js';
import { Expert } from './expert.entity.js';

/**
 * An expert's fields that are never null: an update may leave them out but not null them, and its input
 * holds them as the row does (the others map null to absent).
 */
const NEVER_NULL = [
  'name',
  'title',
  'affiliation',
  'fields',
  'regionCode',
  'serviceModes',
  'keywords',
  'regionCodesServed',
  'availability',
  'isCommissioner',
  'bio',
] as const satisfies readonly (keyof Expert & keyof CreateExpertDto)[];

export const EXPERT_KIND: CatalogueKindSpec<
  Expert,
  CreateExpertDto,
  ExpertDto,
  ExpertSummaryDto,
  ExpertQueryDto
> = {
  kind: 'expert',
  subject: 'Expert',
  entity: Expert,
  notFound: 'expert-not-found',
  claimable: true,
  relations: ['station'],
  ownerTypes: ['society'],
  required: NEVER_NULL,
  publicText: ['p.name', 'p.affiliation'],
  privateText: ['p.bio', `array_to_string(p.keywords, ' ')`],

  columns: (input) => ({
    name: input.name,
    title: input.title,
    affiliation: input.affiliation,
    fields: input.fields,
    keywords: input.keywords ?? [],
    regionCode: input.regionCode,
    regionCodesServed: input.regionCodesServed ?? [],
    serviceModes: input.serviceModes,
    availability: input.availability ?? 'available',
    isCommissioner: input.isCommissioner ?? false,
    bio: input.bio ?? '',
    email: input.email ?? null,
    phone: input.phone ?? null,
    stationId: input.stationId ?? null,
  }),

  asInput: (row) => ({
    ...pick(row, NEVER_NULL),
    email: row.email ?? undefined,
    phone: row.phone ?? undefined,
    stationId: row.stationId ?? undefined,
  }),

  check: (): FieldError[] => [],

  async verify(manager, input, organizationId) {
    if (!input.stationId) return [];
    const own = await manager.existsBy(ServiceStation, { id: input.stationId, societyId: organizationId });
    return own ? [] : [{ field: 'stationId', code: 'station-not-found' }];
  },

  filter(qb, query, full) {
    if (query.regionCode) {
      // Where the expert is based (to the province only for a redacted profile), or a region they serve
      // (a province served covers its cities; the regions served are listed even when redacted).
      qb.andWhere(`(${inRegion('p.region_code', full)} OR ${coversRegion('p.region_codes_served')})`, {
        regionPrefix: `${regionPrefix(query.regionCode)}%`,
        region: query.regionCode,
      });
    }
    if (query.field) whereInField(qb, 'p.fields', query.field);
    if (query.serviceMode) qb.andWhere(':mode = ANY(p.service_modes)', { mode: query.serviceMode });
    if (query.availability)
      qb.andWhere('p.availability = :availability', { availability: query.availability });
    if (query.societyId) qb.andWhere('p.organization_id = :societyId', { societyId: query.societyId });
    if (query.stationId) qb.andWhere('p.station_id = :stationId', { stationId: query.stationId });
    if (query.commissioner)
      qb.andWhere('p.is_commissioner = :commissioner', { commissioner: query.commissioner === 'true' });
  },

  label: (row) => row.name,

  toSummary: (row, redacted, lang) => ({
    ...catalogueSummaryBase(row, row.fields, redacted, lang),
    ...shownRegion(row.regionCode, redacted, lang),
    ...pick(row, ['name', 'title', 'affiliation', 'serviceModes', 'availability', 'isCommissioner']),
    claimed: row.claimedBy !== null,
  }),

  toDto: (row, view, lang) => ({
    ...EXPERT_KIND.toSummary(row, view.redacted, lang),
    ...catalogueDetailBase(row, view),
    keywords: view.redacted ? [] : row.keywords,
    bio: view.redacted ? null : row.bio,
    regionCodesServed: row.regionCodesServed,
    regionNamesServed: row.regionCodesServed.map((code) => regionName(code, lang) ?? code),
    // Personal contact details: the society, the expert and moderators only (PIPL), never strangers.
    email: view.full ? row.email : null,
    phone: view.full ? row.phone : null,
    stationId: row.stationId,
    stationName: row.station?.name ?? null,
    claimedByMe: view.viewerId !== null && row.claimedBy === view.viewerId,
  }),
};
