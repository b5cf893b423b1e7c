import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { regionName } from '#core';
import type { Actor } from '#identity';
import { BREAKDOWN_TITLES, breakdownLabel } from './breakdown-labels.js';
import { cjkPdf } from './cjk-pdf.js';
import type { PeriodReportDto } from './dto/period-report.dto.js';
import type { BreakdownDto, FigureDto, StatisticsQueryDto } from './dto/statistics.dto.js';
import { FIGURE_NAMES, type Figure } from './figures.js';
import { StatisticsService } from './statistics.service.js';

/** The contract-value records listed in a period export beside the summary. */
const LISTED_DEALS = 'contract-value' satisfies Figure;

const STATUS_NAMES = { draft: '草稿', submitted: '已报送', returned: '已退回', accepted: '已采纳' } as const;

/** What an Excel or PDF report prints, whatever it was made from. */
interface ReportDocument {
  title: string;
  /** Lines under the title: number, reporter, recipient, status, the reporter's note, the review. */
  lines: string[];
  figures: FigureDto[];
  /** A submitted report's figures as today's records give them, printed beside the frozen ones. */
  current?: FigureDto[];
  breakdowns: BreakdownDto[];
  dealsTitle: string;
  deals: { day: string; label: string | null; amountWan: number | null; regionCode: string }[];
}

/** 信息报送 files: a period's figures of the viewer's scope, or a saved report, as Excel or PDF. */
@Injectable()
export class ReportExportService {
  constructor(private readonly statistics: StatisticsService) {}

  async export(actor: Actor, query: StatisticsQueryDto, format: 'xlsx' | 'pdf'): Promise<Buffer> {
    await this.statistics.settle();
    const overview = await this.statistics.overview(actor, query);
    const deals = await this.statistics.records(actor, LISTED_DEALS, query);
    const code = overview.scope.regionCode;
    return render(
      {
        title: `信息报送（${code ? (regionName(code) ?? code) : '全平台'}）${overview.from} 至 ${overview.to}`,
        lines: [],
        figures: overview.figures,
        breakdowns: overview.breakdowns,
        dealsTitle: '技术合同（最近 200 项）',
        deals: deals.records.map((d) => ({ ...d, amountWan: d.amount })),
      },
      format,
    );
  }

  /** A saved report: what was sent once submitted, with today's figures beside them. */
  exportReport(report: PeriodReportDto, format: 'xlsx' | 'pdf'): Promise<Buffer> {
    const lines = [
      `编号：${report.number}`,
      `报送单位：${report.organizationName}，接收单位：${report.recipientName}`,
      `期间：${report.from} 至 ${report.to}，状态：${STATUS_NAMES[report.status]}`,
      ...(report.note ? [`工作总结：${report.note}`] : []),
      ...(report.reviewComment ? [`评估反馈：${report.reviewComment}`] : []),
    ];
    return render(
      {
        title: report.title,
        lines,
        figures: report.figures,
        current: report.submittedAt
          ? report.figures.map((f) => ({ figure: f.figure, count: f.currentCount, amount: f.currentAmount }))
          : undefined,
        breakdowns: report.breakdowns,
        dealsTitle: '典型案例',
        deals: report.cases,
      },
      format,
    );
  }
}

function render(document: ReportDocument, format: 'xlsx' | 'pdf'): Promise<Buffer> {
  return format === 'xlsx' ? workbook(document) : pdf(document);
}

const UNITS = { wan: '万元', score: '平均分', hours: '小时' } as const;
const unitOf = (figure: Figure) => {
  const amount = FIGURE_NAMES[figure].amount;
  return amount ? UNITS[amount] : '';
};

async function workbook(document: ReportDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const summary = book.addWorksheet('汇总');
  summary.addRow([document.title]).font = { bold: true, size: 14 };
  for (const line of document.lines) summary.addRow([line]);
  const header = ['指标', '数量', '金额/分值', '单位'];
  summary.addRow(document.current ? [...header, '当前数量', '当前金额/分值'] : header).font = { bold: true };
  document.figures.forEach((f, i) => {
    const row = [FIGURE_NAMES[f.figure].zh, f.count, f.amount, unitOf(f.figure)];
    const now = document.current?.[i];
    summary.addRow(now ? [...row, now.count, now.amount] : row);
  });
  summary.columns.forEach((column, i) => (column.width = [28, 12, 14, 10, 12, 14][i]));

  const breakdowns = book.addWorksheet('成交额构成');
  for (const breakdown of document.breakdowns) {
    breakdowns.addRow([BREAKDOWN_TITLES[breakdown.dimension], '合同数', '成交额（万元）']).font = {
      bold: true,
    };
    for (const row of breakdown.rows)
      breakdowns.addRow([breakdownLabel(breakdown.dimension, row.key), row.count, row.amountWan]);
    breakdowns.addRow([]);
  }
  breakdowns.columns.forEach((column, i) => (column.width = [32, 10, 16][i]));

  const list = book.addWorksheet(document.dealsTitle.startsWith('典型') ? '典型案例' : '技术合同');
  list.addRow(['签约日期', '项目名称', '合同金额（万元）', '卖方地区']).font = { bold: true };
  for (const deal of document.deals)
    list.addRow([
      deal.day,
      deal.label ?? '',
      deal.amountWan ?? 0,
      regionName(deal.regionCode) ?? deal.regionCode,
    ]);
  list.columns.forEach((column, i) => (column.width = [12, 40, 16, 20][i]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

function pdf(document: ReportDocument): Promise<Buffer> {
  return cjkPdf(document.title, (doc) => {
    doc.fontSize(16).text(document.title).moveDown(0.5);
    doc.fontSize(10);
    for (const line of document.lines) doc.text(line);
    doc.moveDown().fontSize(11);
    document.figures.forEach((f, i) => {
      const amount = f.amount === null ? '' : `（${f.amount} ${unitOf(f.figure)}）`;
      const now = document.current?.[i];
      const current =
        now && (now.count !== f.count || now.amount !== f.amount)
          ? `；当前：${now.count}${now.amount === null ? '' : `（${now.amount}）`}`
          : '';
      doc.text(`${FIGURE_NAMES[f.figure].zh}：${f.count}${amount}${current}`);
    });
    doc.moveDown().fontSize(13).text('技术合同成交额构成（万元）').fontSize(10);
    for (const breakdown of document.breakdowns) {
      const parts = breakdown.rows.map((r) => `${breakdownLabel(breakdown.dimension, r.key)} ${r.amountWan}`);
      doc.text(`${BREAKDOWN_TITLES[breakdown.dimension]}：${parts.join('；') || '无'}`);
    }
    doc.moveDown().fontSize(13).text(document.dealsTitle).fontSize(10);
    for (const deal of document.deals)
      doc.text(
        `${deal.day}  ${deal.label ?? ''}  ${deal.amountWan ?? 0} 万元  ${regionName(deal.regionCode) ?? deal.regionCode}`,
      );
  });
}
