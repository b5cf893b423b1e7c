import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { regionName } from '#core';
import type { Actor } from '#identity';
import type { OverviewDto, StatisticsQueryDto } from './dto/statistics.dto.js';
import { cjkPdf } from './cjk-pdf.js';
import { FIGURE_NAMES, type Figure } from './figures.js';
import { StatisticsService } from './statistics.service.js';

/** The contract-value records listed in a report beside the summary (its typical cases). */
const LISTED_DEALS = 'contract-value' satisfies Figure;

/** 信息报送: the period's figures of the viewer's scope as an Excel workbook or a PDF. */
@Injectable()
export class ReportExportService {
  constructor(private readonly statistics: StatisticsService) {}

  async export(actor: Actor, query: StatisticsQueryDto, format: 'xlsx' | 'pdf'): Promise<Buffer> {
    const overview = await this.statistics.overview(actor, query);
    const deals = await this.statistics.records(actor, LISTED_DEALS, query);
    const rows = overview.figures.map((f) => ({
      name: FIGURE_NAMES[f.figure].zh,
      count: f.count,
      amount: f.amount,
      unit: FIGURE_NAMES[f.figure].amount === 'wan' ? '万元' : FIGURE_NAMES[f.figure].amount ? '平均分' : '',
    }));
    const dealRows = deals.records.map((d) => [
      d.day,
      d.label ?? '',
      d.amount ?? 0,
      regionName(d.regionCode) ?? d.regionCode,
    ]);
    return format === 'xlsx'
      ? workbook(title(overview), rows, dealRows)
      : pdf(title(overview), rows, dealRows);
  }
}

function title(overview: OverviewDto): string {
  const code = overview.scope.regionCode;
  const scope = code ? (regionName(code) ?? code) : '全平台';
  return `信息报送（${scope}）${overview.from} 至 ${overview.to}`;
}

type SummaryRow = { name: string; count: number; amount: number | null; unit: string };

async function workbook(heading: string, rows: SummaryRow[], deals: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const summary = book.addWorksheet('汇总');
  summary.addRow([heading]).font = { bold: true, size: 14 };
  summary.addRow(['指标', '数量', '金额/分值', '单位']).font = { bold: true };
  for (const row of rows) summary.addRow([row.name, row.count, row.amount, row.unit]);
  summary.columns.forEach((column, i) => (column.width = [28, 12, 14, 10][i]));
  const list = book.addWorksheet('技术合同');
  list.addRow(['签约日期', '项目名称', '合同金额（万元）', '卖方地区']).font = { bold: true };
  for (const deal of deals) list.addRow(deal);
  list.columns.forEach((column, i) => (column.width = [12, 40, 16, 20][i]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

function pdf(heading: string, rows: SummaryRow[], deals: (string | number)[][]): Promise<Buffer> {
  return cjkPdf(heading, (doc) => {
    doc.fontSize(16).text(heading).moveDown();
    doc.fontSize(11);
    for (const row of rows)
      doc.text(`${row.name}：${row.count}${row.amount === null ? '' : `（${row.amount} ${row.unit}）`}`);
    doc.moveDown().fontSize(13).text('技术合同（最近 200 项）').fontSize(10);
    for (const [day, name, wan, region] of deals) doc.text(`${day}  ${name}  ${wan} 万元  ${region}`);
  });
}
