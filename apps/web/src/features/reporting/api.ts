/** 数据看板 and 信息报送 (openapi.json tag reporting): figures, their records, saved reports and exports. */
import { answer, api, withPath, type BodyOf, type QueryOf, type Schemas } from '../../api/client';
import type { paths } from '../../api/generated/schema';

export type Overview = Schemas['OverviewDto'];
export type Figure = Schemas['FigureDto'];
export type FigureName = Figure['figure'];
export type FigureRecords = Schemas['FigureRecordsDto'];
export type PeriodQuery = QueryOf<paths['/api/v1/statistics/overview']['get']>;
export type ExportFormat = QueryOf<paths['/api/v1/reports/export']['get']>['format'];
export type PeriodReport = Schemas['PeriodReportDto'];
export type PeriodReportHeading = Schemas['PeriodReportHeadingDto'];
export type NewPeriodReport = BodyOf<paths['/api/v1/reports']['post']>;
export type ServiceOrganization = Schemas['ServiceOrganizationDto'];
export type ServiceOrganizationQuery = QueryOf<paths['/api/v1/service-organizations']['get']>;

export const reportingApi = {
  serviceOrganizations: (query: ServiceOrganizationQuery) =>
    answer(api('public').GET('/api/v1/service-organizations', { params: { query } })),
  overview: (query: PeriodQuery) => answer(api().GET('/api/v1/statistics/overview', { params: { query } })),
  records: (figure: FigureName, query: PeriodQuery) =>
    answer(api().GET('/api/v1/statistics/{figure}/records', { params: { path: { figure }, query } })),
  // A blob, so the file comes through the client (bearer token and acting organization) rather than a bare link.
  export: (query: PeriodQuery, format: ExportFormat) =>
    answer(api().GET('/api/v1/reports/export', { params: { query: { ...query, format } }, parseAs: 'blob' })),
  reports: () => answer(api().GET('/api/v1/reports')),
  report: (id: string) => answer(api().GET('/api/v1/reports/{id}', withPath({ id }))),
  createReport: (body: NewPeriodReport) => answer(api().POST('/api/v1/reports', { body })),
  submitReport: (id: string) => answer(api().POST('/api/v1/reports/{id}/submit', withPath({ id }))),
  returnReport: (id: string, comment: string) =>
    answer(api().POST('/api/v1/reports/{id}/return', { ...withPath({ id }), body: { comment } })),
  acceptReport: (id: string, comment?: string) =>
    answer(api().POST('/api/v1/reports/{id}/accept', { ...withPath({ id }), body: { comment } })),
  exportReport: (id: string, format: ExportFormat) =>
    answer(
      api().GET('/api/v1/reports/{id}/export', {
        params: { path: { id }, query: { format } },
        parseAs: 'blob',
      }),
    ),
};
