/**
 * Issue 18's "done when" in the real web app over the demo records: 江苏省科学技术协会 sees the year's
 * figures of 江苏, drills down from 技术合同成交额 to the deals behind it and downloads the Excel and PDF
 * report; 常州市生产力促进中心 submits a quarterly 信息报送 report and the province returns it with a comment,
 * then finds itself evaluated in the public directory of service organizations.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, seedDemoData } from '../../apps/api/src/cli/demo-data.js';
import { motionSettled, TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { modalTitled } from '../support/browser-forms.js';
import { withScreenshots } from '../support/browser.js';
import { signedInPage } from '../support/factories.js';
import type { Page } from 'playwright-core';

const ORGANIZER = { email: 'organizer@duijie.demo' };
const AGENCY = { email: 'agency@duijie.demo' };

describe('dashboards and 信息报送 over the demo records', () => {
  const session = useBrowserSession();
  const { pages } = session;
  const demoPage = async (account: { email: string }, path: string): Promise<Page> => {
    const [{ id }] = await session.app.dataSource.query(`SELECT id FROM users WHERE email = $1`, [
      account.email,
    ]);
    return signedInPage(session, { email: account.email, id }, path, DEMO_PASSWORD);
  };

  beforeAll(async () => {
    await seedDemoData(session.app.dataSource, session.app.config);
  }, 120_000);

  it(
    'shows the organizer 江苏’s figures, the deals behind 技术合同成交额 and the report downloads',
    () =>
      withScreenshots('reports-dashboard', pages, async () => {
        const page = await demoPage(ORGANIZER, '/dashboard');
        const turnover = page.locator('[data-figure="contract-value"]');
        await turnover.getByText(/^[1-9]\d*$/).waitFor();
        await turnover.click();
        await page.getByText(/^技术合同成交额明细（共 [1-9]\d* 条）$/).waitFor();
        // The drill-down lists the deals themselves: a row per confirmed technology contract.
        await page.locator('.ant-table-row').first().waitFor();
        // The outcome figures (issue 18) come from the demo's records too, the declines by reason charted.
        for (const name of [
          'demands-collected',
          'demands-solved',
          'matches-contacted',
          'matches-declined',
          'financing-raised',
          'experts-mobilized',
          'enterprises-served',
        ])
          await page
            .locator(`[data-figure="${name}"]`)
            .getByText(/^[1-9]\d*$/)
            .first()
            .waitFor();
        await page.locator('[data-figure="time-to-first-match"]').getByText('小时（中位数）').waitFor();
        await page.getByTestId('decline-reasons').locator('canvas').waitFor();
        await page.getByTestId('decline-reasons').getByRole('button', { name: '已婉拒的匹配' }).click();
        await page.getByText(/^已婉拒的匹配明细（共 [1-9]\d* 条）$/).waitFor();

        for (const [button, extension] of [
          ['导出 Excel', 'xlsx'],
          ['导出 PDF', 'pdf'],
        ] as const) {
          const download = page.waitForEvent('download');
          await page.getByRole('button', { name: button }).click();
          expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
        }
      }),
    TEST_TIMEOUT,
  );

  it(
    'lets a city’s service agency submit a quarterly report that the province returns with a comment',
    () =>
      withScreenshots('reports-review', pages, async () => {
        const agency = await demoPage(AGENCY, '/reports');
        await agency.getByRole('button', { name: '新建报送' }).click();
        const form = modalTitled(agency, '新建报送');
        await motionSettled(agency);
        await form.getByLabel('工作总结').fill('本季度走访常州企业，挖掘需求并促成技术合同');
        await form.getByRole('button', { name: '保存草稿' }).click();
        const drawer = agency.locator('.ant-drawer');
        await drawer.getByText('草稿', { exact: true }).waitFor();
        // The period in the language's one date format, as every other date.
        await drawer.getByText(/^\d{4}年\d{1,2}月\d{1,2}日 ~ \d{4}年\d{1,2}月\d{1,2}日$/).waitFor();
        await drawer.getByRole('button', { name: '提交报送' }).click();
        await drawer.getByText('已报送', { exact: true }).waitFor();

        const province = await demoPage(ORGANIZER, '/reports');
        await province.getByRole('cell', { name: '常州市生产力促进中心', exact: true }).click();
        const review = province.locator('.ant-drawer');
        await review
          .getByRole('button', { name: '退 回' })
          .or(review.getByRole('button', { name: '退回' }))
          .click();
        await motionSettled(province);
        await province.getByLabel('评估反馈').fill('请补充典型案例的成效数据');
        await province
          .locator('.ant-modal')
          .getByRole('button', { name: /确\s*定|OK/ })
          .click();
        await review.getByText('已退回', { exact: true }).waitFor();

        await agency.reload();
        await agency.getByRole('cell', { name: '已退回' }).click();
        await agency.locator('.ant-drawer').getByText('请补充典型案例的成效数据').waitFor();

        // The public evaluation of service organizations shows the agency's indicators from its records.
        await agency.goto(new URL('/service-organizations', agency.url()).toString());
        const row = agency
          .getByTestId('service-organizations')
          .locator('tr', { hasText: '常州市生产力促进中心' });
        // Enterprises served and visits, counted from the demo's visits and service logs.
        await expect(row.getByRole('cell').nth(1).textContent()).resolves.toMatch(/^[1-9]/);
        await expect(row.getByRole('cell').nth(2).textContent()).resolves.toMatch(/^[1-9]/);
      }),
    TEST_TIMEOUT,
  );
});
