import ExcelJS from 'exceljs';
import request from 'supertest';
import type { TestApp } from './app-harness.js';
import { binaryBody } from './http.js';

/** The ad-hoc 信息报送 export of a period as Excel, through the API, loaded, with its content type. */
export async function exportedWorkbook(
  app: TestApp,
  headers: Record<string, string>,
  period: { from: string; to: string },
): Promise<{ book: ExcelJS.Workbook; contentType: string }> {
  const response = await request(app.baseUrl)
    .get('/api/v1/reports/export')
    .query({ ...period, format: 'xlsx' })
    .set(headers)
    .buffer(true)
    .parse(binaryBody)
    .expect(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.body as never);
  return { book, contentType: response.headers['content-type'] as string };
}

/** A sheet's rows as arrays of cell values (ExcelJS's empty first column dropped; empty rows as []). */
export const sheetRows = (book: ExcelJS.Workbook, sheet: string): unknown[][] =>
  Array.from(book.getWorksheet(sheet)!.getSheetValues(), (row) => (Array.isArray(row) ? row.slice(1) : []));
