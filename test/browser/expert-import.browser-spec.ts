/**
 * Bulk import of experts (批量导入专家) in the real web app against the real API and worker: a society
 * user downloads the template, uploads a sheet with one bad row and sees the row errors with nothing
 * imported, then uploads a good sheet, watches the progress complete and finds the experts under 本会专家.
 */
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { apiResponse, TEST_TIMEOUT, uniqueTag, useBrowserSession } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { party, signedInPage } from '../support/factories.js';

type ExpertRow = Record<string, string>;

/** A row of the template, keyed by the Chinese part of each column header (姓名, 职称…). */
function expertRow(name: string, patch: ExpertRow = {}): ExpertRow {
  return {
    姓名: name,
    职称: '教授',
    工作单位: '浙江大学',
    技术领域: 'EV-BATTERY',
    关键词: '动力电池、热管理',
    所在地区: '330106',
    服务地区: '330000',
    服务方式: '咨询、诊断',
    服务状态: '可服务',
    科技特派员: '否',
    简介: `长期从事动力电池系统安全研究。${name}`,
    公开范围: '公开',
    ...patch,
  };
}

/** A sheet with the template's header row (as downloaded) and `rows`, as .xlsx bytes. */
async function buildSheet(headers: string[], rows: ExpertRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('专家 Experts');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((header) => row[header.split(' ')[0] ?? header] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, sheet: Buffer) {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: sheet,
  });
  const started = apiResponse(page, 'POST', '/experts/imports');
  await page.getByTestId('import-start').click();
  expect((await started).status()).toBe(202);
}

describe('expert import in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'shows the row errors of a bad sheet without importing anything, then imports a good one',
    () =>
      withScreenshots('expert-import', pages, async () => {
        const tag = uniqueTag();
        const { user, org: society } = await party(session.app, 'society', {
          name: `中国动力电池学会 ${tag}`,
          verified: true,
        });
        const page = await signedInPage(session, user, '/my/experts');

        // 本会专家 → 批量导入; the template comes down with its header row.
        await page.getByTestId('expert-import-link').click();
        await page.waitForURL((url) => url.pathname === '/experts/import');
        const downloaded = page.waitForEvent('download');
        await page.getByTestId('import-template').click();
        const template = new ExcelJS.Workbook();
        await template.xlsx.load(
          (await readFile((await (await downloaded).path())!)) as unknown as ArrayBuffer,
        );
        const headerRow = template.worksheets[0]!.getRow(1).values as unknown[];
        const headers = headerRow.filter((value): value is string => typeof value === 'string');
        expect(headers[0]).toContain('姓名');

        // A sheet with one bad row (an unknown field code): the errors, and nothing imported.
        const bad = await buildSheet(headers, [
          expertRow(`李明 ${tag}`),
          expertRow(`王芳 ${tag}`, { 技术领域: 'NOT-A-FIELD' }),
        ]);
        await upload(page, 'bad.xlsx', bad);
        await page.getByTestId('import-failed').waitFor();
        const errors = page.getByTestId('import-errors');
        // The row error names the field as the form labels it, not by its API name.
        await errors.locator('tr', { hasText: '技术领域' }).getByText('3', { exact: true }).waitFor();
        expect(await errors.textContent()).not.toContain('fields');
        const mine = await request(session.app.baseUrl)
          .get('/api/v1/experts?mine=true')
          .auth(user.token, { type: 'bearer' })
          .set('x-organization-id', society)
          .expect(200);
        expect(mine.body.items).toEqual([]);

        // A good sheet: the progress completes and both experts are imported.
        await page.getByTestId('import-again').click();
        const good = await buildSheet(headers, [expertRow(`李明 ${tag}`), expertRow(`王芳 ${tag}`)]);
        await upload(page, 'good.xlsx', good);
        await page.getByTestId('import-completed').getByText('共导入 2 位专家', { exact: false }).waitFor();
        await page.locator('.ant-progress-status-success').waitFor();

        await page.getByRole('link', { name: '查看本会专家' }).click();
        await page.waitForURL((url) => url.pathname === '/my/experts');
        const table = page.getByTestId('my-postings-table');
        await table.getByText(`李明 ${tag}`, { exact: true }).waitFor();
        await table.getByText(`王芳 ${tag}`, { exact: true }).waitFor();
      }),
    TEST_TIMEOUT,
  );
});
