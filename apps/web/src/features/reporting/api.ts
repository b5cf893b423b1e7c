/** 数据看板 (openapi.json tag statistics): the period's figures, their records and the 信息报送 export. */
import { answer, api, type QueryOf, type Schemas } from '../../api/client';
import type { paths } from '../../api/generated/schema';

export type Overview = Schemas['OverviewDto'];
export type Figure = Schemas['FigureDto'];
export type FigureName = Figure['figure'];
export type FigureRecords = Schemas['FigureRecordsDto'];
export type PeriodQuery = QueryOf<paths['/api/v1/statistics/overview']['get']>;
export type ExportFormat = QueryOf<paths['/api/v1/reports/export']['get']>['format'];

export const reportingApi = {
  overview: (query: PeriodQuery) => answer(api().GET('/api/v1/statistics/overview', { params: { query } })),
  records: (figure: FigureName, query: PeriodQuery) =>
    answer(api().GET('/api/v1/statistics/{figure}/records', { params: { path: { figure }, query } })),
  // A blob, so the file comes through the client (bearer token and acting organization) rather than a bare link.
  export: (query: PeriodQuery, format: ExportFormat) =>
    answer(api().GET('/api/v1/reports/export', { params: { query: { ...query, format } }, parseAs: 'blob' })),
};
