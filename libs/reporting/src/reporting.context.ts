import type { BoundedContext } from '#core';
import { StatisticsController } from './http/statistics.controller.js';
import { ReportingModule } from './reporting.module.js';

/** Reporting as the api sees it: no tables of its own, only the reporting_facts view its migration makes. */
export const reportingContext: BoundedContext = {
  name: 'reporting',
  module: ReportingModule,
  entities: [],
  controllers: [StatisticsController],
};
