import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OrganizationDirectory, type Actor } from '#identity';
import type {
  FigureRecordsDto,
  OverviewDto,
  StatisticsQueryDto,
  StatisticsScopeDto,
} from './dto/statistics.dto.js';
import { ReportingDaily } from './daily/reporting-daily.js';
import type { Figure } from './figures.js';
import { ReportingMeasures } from './measures/reporting-measures.js';
import { MeasuredFigures } from './statistics/measured-figures.js';
import { StatisticsOverview } from './statistics/statistics-overview.js';
import { StatisticsRecords } from './statistics/statistics-records.js';
import { scopeOf } from './statistics/statistics-scope.js';

/**
 * Dashboards computed from the stored records only, through the `reporting_facts` view (summed by day in
 * `reporting_daily`, `reporting_daily_parties` and `reporting_daily_industries`, {@link ReportingDaily}):
 * one row per countable record (a published demand, a match, a conversation, a deal both parties
 * confirmed, a visit, a rating) with its day, region, the organizations it belongs to and its amount. A figure is the count
 * (and sum) of its rows — or, for a measured one, the median or distinct count of its rows in
 * `reporting_measures` ({@link ReportingMeasures}) — so drilling down lists exactly the rows counted. Each
 * viewer has one scope (statistics/statistics-scope.ts); the overview, the measured figures and the
 * drill-downs are modules of statistics/.
 */
@Injectable()
export class StatisticsService {
  private readonly overviews: StatisticsOverview;
  private readonly drillDowns: StatisticsRecords;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    daily: ReportingDaily,
    private readonly measures: ReportingMeasures,
  ) {
    const measured = new MeasuredFigures(dataSource, measures);
    this.overviews = new StatisticsOverview(dataSource, daily, measured);
    this.drillDowns = new StatisticsRecords(dataSource, daily, measured);
  }

  async overview(actor: Actor, query: StatisticsQueryDto): Promise<OverviewDto> {
    return this.overviewOf(await this.scopeOf(actor, query), query);
  }

  /**
   * Counts every change into the measured figures now, which a dashboard reads as the worker last counted
   * them (seconds behind): before what must be exact — a saved report's figures, frozen when it is
   * created or submitted, and an export.
   */
  async settle(): Promise<void> {
    await this.measures.freshen();
  }

  /** The figures of a scope already decided (a saved report's), with no viewer to check. */
  overviewOf(scope: StatisticsScopeDto, query: StatisticsQueryDto): Promise<OverviewDto> {
    return this.overviews.overviewOf(scope, query);
  }

  /** Platform-wide counts of some figures for the public portal: no scope, no records, no amounts. */
  platformCounts(figures: readonly Figure[]): Promise<Record<Figure, number>> {
    return this.overviews.platformCounts(figures);
  }

  /** The records behind one figure, newest first: what the viewer's scope counted, no more. */
  async records(actor: Actor, figure: Figure, query: StatisticsQueryDto): Promise<FigureRecordsDto> {
    return this.recordsOf(await this.scopeOf(actor, query), figure, query);
  }

  /** The records behind one figure of a scope already decided (only those of `ids` when given). */
  recordsOf(
    scope: StatisticsScopeDto,
    figure: Figure,
    query: StatisticsQueryDto,
    ids?: readonly string[],
  ): Promise<FigureRecordsDto> {
    return this.drillDowns.recordsOf(scope, figure, query, ids);
  }

  /** The viewer's scope; a region asked for must lie within it. */
  scopeOf(actor: Actor, query: StatisticsQueryDto): Promise<StatisticsScopeDto> {
    return scopeOf(this.organizations, actor, query);
  }
}
