/**
 * The public portal and role-aware homes in the real web app (issue 16): a visitor lands on the portal
 * at 1440 px and 390 px without a 401 or 404 in the network log; an organizer, an investor and a platform
 * admin each land on a home that fits them, and the investor reaches a project's owner in two clicks, at
 * both widths; on a phone a signed-in user reaches the language switch and logout. At 1440 px the review
 * queue's 通过/驳回 and 我的需求's actions stay in view, the industry picker finds 锂离子电池制造 by 电池, an organization's admin
 * creates an API key and imports a sheet, and the privacy policy shows the version registration records.
 */
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Page, Response } from 'playwright-core';
import request from 'supertest';
import {
  fits,
  LAPTOP,
  motionSettled,
  PHONE,
  TEST_TIMEOUT,
  useBrowserSession,
} from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { createPosting, publishPosting } from '../support/catalogue.js';
import { moderatorOf, party, publishedPosting, signedInPage } from '../support/factories.js';
import { createDemand, grantPlatformRole, signUp } from '../support/http.js';

const WIDTHS = [LAPTOP, PHONE];

/** Every API answer of 400 and above the page got, as "status path". */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/api/') && response.status() >= 400)
      failed.push(`${response.status()} ${url.pathname}`);
  });
  return failed;
}

/** The first element with the test id lies within the viewport's width. */
async function fitsWidth(page: Page, testId: string, width: number) {
  await fits(page.getByTestId(testId).first(), width);
}

describe('the portal in the browser', () => {
  const session = useBrowserSession({ worker: false });
  const { openPage, pages } = session;

  it(
    'shows a visitor the portal at 1440 px and 390 px, asking nothing that answers 401 or 404',
    () =>
      withScreenshots('portal-visitor', pages, async () => {
        const { app } = session;
        const owner = await party(app, 'enterprise', { verified: true });
        const withCall = await publishedPosting(app, 'demand', {
          owner,
          body: { title: '门户浏览器揭榜需求' },
        });
        await fetch(`${app.baseUrl}/api/v1/demands/${withCall.id}/challenge`, {
          method: 'POST',
          headers: { authorization: `Bearer ${owner.user.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            awardWan: 200,
            deadline: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
            criteria: [{ name: '技术先进性', weight: 100 }],
          }),
        }).then((response) => expect(response.status).toBe(201));
        const plain = await publishedPosting(app, 'demand', { owner, body: { title: '门户浏览器普通需求' } });

        const page = await openPage();
        const failed = failedRequests(page);
        await page.setViewportSize(LAPTOP);
        await page.goto('/');
        await page.getByTestId('portal-home').waitFor();
        await page.getByTestId('portal-challenges').getByText('门户浏览器揭榜需求').waitFor();
        await page.getByTestId('portal-newest').getByText('门户浏览器普通需求').waitFor();
        await page.getByTestId('portal-figures').getByText('认证机构').waitFor();
        await fitsWidth(page, 'portal-register', LAPTOP.width);

        // The board, a demand with a call and one without: each asks only for what exists.
        await page.getByTestId('portal-challenges').getByText('更多').click();
        await page.getByTestId('challenge-board').getByText('门户浏览器揭榜需求').waitFor();
        await page.goto(`/demands/${plain.id}`);
        await page.getByText('门户浏览器普通需求').first().waitFor();
        await page.goto(`/organizations/${owner.org}`);
        await page.getByTestId('verified-badge').waitFor();

        await page.setViewportSize(PHONE);
        await page.goto('/');
        await page.getByTestId('portal-home').waitFor();
        await fitsWidth(page, 'portal-search', PHONE.width);
        await fitsWidth(page, 'portal-register', PHONE.width);
        await fitsWidth(page, 'login-link', PHONE.width);
        expect(failed).toEqual([]);
      }),
    TEST_TIMEOUT,
  );

  it(
    'gives an organizer, an investor and a platform admin a fitting home at 1440 px and 390 px; the investor reaches an owner in two clicks at each',
    () =>
      withScreenshots('portal-roles', pages, async () => {
        const { app } = session;
        const moderator = await moderatorOf(app);

        const organizer = await party(app, 'organizer', { verified: true });
        const organizerPage = await signedInPage(session, organizer.user);
        for (const width of WIDTHS) {
          await organizerPage.setViewportSize(width);
          await organizerPage.goto('/');
          const tools = organizerPage.getByTestId('home-links-organizer');
          await fits(tools.getByText('我组织的活动'), width.width);
          expect(await tools.getByText('发布技术需求').count()).toBe(0);
        }

        const founder = await party(app, 'enterprise', { verified: true });
        const projectId = await createPosting(app, 'project', founder.user, founder.org, {
          visibility: 'public',
        });
        await publishPosting(app, 'project', founder.user, moderator, projectId);
        const investor = await party(app, 'investor', { verified: true });
        const investorPage = await signedInPage(session, investor.user);
        expect(await investorPage.getByRole('menuitem', { name: '我的需求' }).count()).toBe(0);
        for (const width of WIDTHS) {
          await investorPage.setViewportSize(width);
          await investorPage.goto('/');
          const links = investorPage.getByTestId('home-links-investor');
          await fits(links.getByText('浏览融资项目'), width.width);
          expect(await links.getByText('发布技术需求').count()).toBe(0);

          // Two clicks from the project to its owner: 我要对接, then 发送.
          await investorPage.goto(`/projects/${projectId}`);
          await investorPage.getByTestId('interest-button').click();
          await investorPage
            .getByTestId('interest-message')
            .fill(`我们关注该项目（${width.width}），希望进一步沟通。`);
          await motionSettled(investorPage);
          await investorPage.getByRole('button', { name: /发\s*送/ }).click();
          await investorPage.waitForURL((url) => url.pathname.startsWith('/conversations/'));
        }

        // On a phone the header keeps the user menu; the drawer holds the language switch.
        await investorPage.goto('/');
        await fitsWidth(investorPage, 'user-menu', PHONE.width);
        await investorPage.getByRole('button', { name: '主菜单' }).click();
        await investorPage.getByTestId('drawer-tools').getByTestId('lang-switch').waitFor();
        await investorPage.keyboard.press('Escape');
        await investorPage.getByTestId('user-menu').click();
        await investorPage.getByText('退出登录').waitFor();

        const admin = await signUp(app);
        await grantPlatformRole(app, admin, 'admin');
        const adminPage = await signedInPage(session, admin);
        for (const width of WIDTHS) {
          await adminPage.setViewportSize(width);
          await adminPage.goto('/');
          await fits(adminPage.getByTestId('staff-home').getByText('用户管理'), width.width);
          expect(await adminPage.getByTestId('create-org-cta').count()).toBe(0);
        }
        await adminPage.getByTestId('staff-home').getByText('用户管理').click();
        await adminPage.getByTestId('admin-users-table').getByText(investor.user.email).waitFor();
      }),
    TEST_TIMEOUT,
  );

  it(
    'keeps 通过/驳回 and 我的需求’s actions in view at 1440 px; an admin creates an API key and imports a sheet',
    () =>
      withScreenshots('portal-laptop', pages, async () => {
        const { app } = session;
        const owner = await party(app, 'enterprise', { verified: true });
        const title = '面向高海拔风电场的叶片结冰在线监测与主动除冰系统研制';
        const demandId = await createDemand(app, owner.user, owner.org, { title });
        await request(app.baseUrl)
          .post(`/api/v1/demands/${demandId}/submit`)
          .auth(owner.user.token, { type: 'bearer' })
          .expect(200);

        const moderatorPage = await signedInPage(session, await moderatorOf(app));
        await moderatorPage.setViewportSize(LAPTOP);
        await moderatorPage.goto('/moderation/demands');
        const queued = moderatorPage.getByTestId('demand-review-table').locator('tr', { hasText: title });
        await fits(queued.getByTestId('demand-publish'), LAPTOP.width);
        await fits(queued.getByTestId('demand-reject'), LAPTOP.width);

        const ownerPage = await signedInPage(session, owner.user);
        await ownerPage.setViewportSize(LAPTOP);
        await ownerPage.goto('/my/demands');
        const mine = ownerPage.getByTestId('my-demands-table').locator('tr', { hasText: title });
        await fits(mine.getByRole('link', { name: '查看' }), LAPTOP.width);

        // The industry picker finds a GB/T 4754 小类 by part of its name.
        await ownerPage.goto('/demands/new');
        const industry = ownerPage.getByLabel('所属行业', { exact: true });
        await industry.click();
        await industry.fill('电池');
        await ownerPage.locator('.ant-select-tree-node-content-wrapper[title="锂离子电池制造"]').waitFor();

        await ownerPage.goto('/organization/api-keys');
        await ownerPage.getByTestId('api-key-form').getByRole('textbox').fill('省网上技术市场同步');
        await ownerPage.getByRole('button', { name: /创\s*建/ }).click();
        expect(await ownerPage.getByTestId('api-key-secret').textContent()).toMatch(/\S{20,}/);
        await ownerPage.getByTestId('api-keys').getByText('省网上技术市场同步').waitFor();

        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('需求');
        sheet.addRow(['需求名称', '需求描述', '需求类别', '所属行业', '技术领域', '所在地区', '合作方式']);
        sheet.addRow([
          '退役动力电池包的自动化拆解产线',
          '需要一条能兼容多种电池包型号的自动化拆解产线，拆解节拍不超过 10 分钟，满足安全与环保要求。',
          '提质增效核心技术',
          '锂离子电池制造',
          '动力电池',
          '江苏省',
          '技术开发',
        ]);
        sheet.addRow(['', '缺少名称的一行', '行业共性技术', '', '动力电池', '江苏省', '技术开发']);
        await ownerPage.goto('/organization/imports');
        await ownerPage.locator('input[type="file"]').setInputFiles({
          name: '需求清单.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
        });
        await ownerPage.getByTestId('import-start').click();
        const report = ownerPage.getByTestId('import-report');
        await report.getByText('共 2 行：新建草稿 1 条，重复 0 条，有误 1 条').waitFor();
        await report.getByText('查看草稿').waitFor();
        await report
          .getByText(/需求名称:/)
          .first()
          .waitFor();

        // The privacy policy registration links to, with the version consent records, naming the
        // operator and the privacy contact the deployment is configured with (here the defaults).
        await ownerPage.goto('/legal/privacy');
        await ownerPage
          .getByTestId('legal-version')
          .getByText(/版本 2026-12/)
          .waitFor();
        await ownerPage.getByRole('heading', { name: '三、自动化决策（匹配推荐）' }).waitFor();
        const privacy = ownerPage.getByTestId('legal-privacy');
        await privacy.getByText(/平台运营者对接 Duijie 平台（以下简称“我们”）/).waitFor();
        await privacy.getByText(/privacy@duijie\.local/).waitFor();
        expect(await privacy.textContent()).not.toContain('{{');
      }),
    TEST_TIMEOUT,
  );
});
