import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { yuanToWan } from '#core';
import { OrganizationDirectory } from '#identity';
import { ReportingDaily } from './daily/reporting-daily.js';
import type {
  ServiceIndicatorsDto,
  ServiceOrganizationDto,
  ServiceOrganizationQueryDto,
} from './dto/service-organization.dto.js';

/** The directory lists at most this many, by name. */
const DIRECTORY_LIMIT = 100;

/**
 * The public directory of verified service organizations (societies and service agencies) with their
 * indicators (issue 18's 评估), each computed in one statement from the records: visits and service logs
 * they keep, the needs found on visits and those drafted into demands on the enterprise's behalf (需求征集),
 * the matches they are party of and the share of them contacted, deals both parties confirmed (matches
 * and deals read from `reporting_daily_parties`, so each counts as the dashboards count it) and the
 * ratings enterprises gave them. Only totals are shown: no record behind them is public.
 */
@Injectable()
export class ServiceOrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly daily: ReportingDaily,
  ) {}

  async list(query: ServiceOrganizationQueryDto): Promise<ServiceOrganizationDto[]> {
    const listed = await this.organizations.listVerified(
      {
        type: ['society', 'service_agency'],
        regionPrefix: query.regionCode?.replace(/(00)+$/, ''),
      },
      null,
      DIRECTORY_LIMIT,
    );
    const indicators = await this.indicators(listed.map((o) => o.id));
    return listed.map((o) => ({
      id: o.id,
      name: o.name,
      type: o.type,
      regionCode: o.regionCode,
      description: o.description,
      indicators: indicators.get(o.id)!,
    }));
  }

  private async indicators(ids: string[]): Promise<Map<string, ServiceIndicatorsDto>> {
    await this.daily.freshen();
    const rows = await this.dataSource.query<
      {
        id: string;
        enterprises: number;
        visits: number;
        needs: number;
        collected: number;
        hours: string;
        matches: number;
        contacted: number;
        deals: number;
        deal_yuan: string;
        ratings: number;
        average: string | null;
      }[]
    >(
      `SELECT o.id,
              (SELECT count(DISTINCT enterprise_id)::int FROM (
                 SELECT enterprise_id FROM visits WHERE organization_id = o.id
                 UNION SELECT enterprise_id FROM service_logs WHERE organization_id = o.id) e) AS enterprises,
              (SELECT count(*)::int FROM visits WHERE organization_id = o.id) AS visits,
              (SELECT COALESCE(sum(jsonb_array_length(needs)), 0)::int FROM visits WHERE organization_id = o.id) AS needs,
              (SELECT count(*)::int FROM visits v CROSS JOIN LATERAL jsonb_array_elements(v.needs) need
                WHERE v.organization_id = o.id AND need->>'demandId' IS NOT NULL) AS collected,
              (SELECT COALESCE(sum(hours), 0)::text FROM service_logs WHERE organization_id = o.id) AS hours,
              p.matches, p.contacted, p.deals, p.deal_yuan,
              r.ratings, r.average
         FROM unnest($1::uuid[]) AS o(id)
         CROSS JOIN LATERAL (
           SELECT COALESCE(sum(n) FILTER (WHERE figure = 'matches'), 0)::int AS matches,
                  COALESCE(sum(n) FILTER (WHERE figure = 'matches-contacted'), 0)::int AS contacted,
                  COALESCE(sum(n) FILTER (WHERE figure = 'deals-confirmed'), 0)::int AS deals,
                  COALESCE(sum(amount) FILTER (WHERE figure = 'deals-confirmed'), 0)::text AS deal_yuan
             FROM reporting_daily_parties
            WHERE figure IN ('matches', 'matches-contacted', 'deals-confirmed')
              AND organization_ids @> ARRAY[o.id]) p
         CROSS JOIN LATERAL (SELECT count(*)::int AS ratings, round(avg(score), 2)::text AS average
                               FROM ratings WHERE provider_organization_id = o.id) r`,
      [ids],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          enterprisesServed: row.enterprises,
          visits: row.visits,
          needsFound: row.needs,
          demandsCollected: row.collected,
          serviceHours: Number(row.hours),
          matches: row.matches,
          matchesContactedShare:
            row.matches === 0 ? null : Math.round((row.contacted / row.matches) * 1000) / 1000,
          deals: row.deals,
          dealValueWan: yuanToWan(row.deal_yuan) ?? 0,
          ratings: row.ratings,
          averageRating: row.average === null ? null : Number(row.average),
        },
      ]),
    );
  }
}
