import { ForbiddenError, ValidationError } from '#core';
import type { Actor, OrganizationDirectory } from '#identity';
import type { StatisticsQueryDto, StatisticsScopeDto } from '../dto/statistics.dto.js';

/** A period of at most about five years keeps a dashboard query bounded. */
const MAX_DAYS = 1_900;

/** The prefix of the region codes within a province (2 digits), a city (4) or a county (6). */
export const regionPrefix = (code: string) => code.replace(/(00)+$/, '');

/**
 * The viewer's scope; a region asked for must lie within it. Platform admins see everything; an organizer
 * (科协, 科技局) its region; a society, service agency or enterprise what it is party of; anyone else
 * nothing (403).
 */
export async function scopeOf(
  organizations: OrganizationDirectory,
  actor: Actor,
  query: StatisticsQueryDto,
): Promise<StatisticsScopeDto> {
  if (query.to < query.from) throw new ValidationError([{ field: 'to', code: 'before-start' }]);
  if ((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 > MAX_DAYS)
    throw new ValidationError([{ field: 'from', code: 'period-too-long' }]);
  if (!actor.organizationId) {
    if (actor.platformRole === 'admin')
      return { kind: 'platform', regionCode: query.regionCode ?? null, organizationId: null };
    throw new ForbiddenError('no-statistics-scope');
  }
  const organization = (await organizations.summaries([actor.organizationId])).get(actor.organizationId)!;
  if (organization.type === 'organizer') {
    if (query.regionCode && !query.regionCode.startsWith(regionPrefix(organization.regionCode)))
      throw new ForbiddenError('outside-scope');
    return {
      kind: 'region',
      regionCode: query.regionCode ?? organization.regionCode,
      organizationId: null,
    };
  }
  if (organization.type === 'society' || organization.type === 'service_agency')
    return { kind: 'organization', regionCode: query.regionCode ?? null, organizationId: organization.id };
  // An enterprise sees the records it is party of, as a service organization does (issue 18).
  if (organization.type === 'enterprise')
    return { kind: 'enterprise', regionCode: query.regionCode ?? null, organizationId: organization.id };
  throw new ForbiddenError('no-statistics-scope');
}
