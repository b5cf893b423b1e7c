import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { yuanToWan } from '#core';
import { OrganizationDirectory } from '#identity';
import type {
  ServiceIndicatorsDto,
  ServiceOrganizationDto,
  ServiceOrganizationQueryDto,
} from './dto/service-organization.dto.js';

/** The directory lists at most this many, by name. */
const DIRECTORY_LIMIT = 100;

/**
 * The public directory of verified service organizations (societies and service agencies) with their
 * indicators, each computed in one statement from the records: visits and service logs they keep, deals
 * both parties confirmed (through `reporting_facts`, so a deal counts as the dashboards count it) and the
 * ratings enterprises gave them. Only totals are shown: no record behind them is public.
 */
@Injectable()
export class ServiceOrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
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
    const rows = await this.dataSource.query<
      {
        id: string;
        enterprises: number;
        visits: number;
        needs: number;
        hours: string;
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
              (SELECT COALESCE(sum(hours), 0)::text FROM service_logs WHERE organization_id = o.id) AS hours,
              d.deals, d.deal_yuan,
              r.ratings, r.average
         FROM unnest($1::uuid[]) AS o(id)
         CROSS JOIN LATERAL (SELECT count(*)::int AS deals, COALESCE(sum(amount), 0)::text AS deal_yuan
                               FROM reporting_facts
                              WHERE figure = 'deals-confirmed' AND o.id = ANY(organization_ids)) d
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
          serviceHours: Number(row.hours),
          deals: row.deals,
          dealValueWan: yuanToWan(row.deal_yuan) ?? 0,
          ratings: row.ratings,
          averageRating: row.average === null ? null : Number(row.average),
        },
      ]),
    );
  }
}
