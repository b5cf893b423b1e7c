export * from './dto/statistics.dto.js';
export { FIGURE_NAMES, FIGURES, MEASURED_FIGURES, type Figure } from './figures.js';
export { ReportingModule } from './reporting.module.js';
export { StatisticsService } from './statistics.service.js';
export { ReportingDaily, type DailyCheckReport } from './daily/reporting-daily.js';
export { ReportingMeasures } from './measures/reporting-measures.js';
export { reportingContext } from './reporting.context.js';
export { cjkPdf } from './cjk-pdf.js';
