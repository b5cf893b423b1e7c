/**
 * 揭榜挂帅 (open call) on a published demand in the real web app (dist/web) against the real API: the
 * owner opens a call with an award, a deadline and weighted criteria; another verified organization
 * submits a proposal; the owner scores it and awards it, which closes the call.
 *
 * One app and one Chromium serve the whole file; the test opens its own browser contexts and sets up its
 * people, organizations and demand through the public HTTP API beforehand.
 */
import { describe, expect, it } from '@jest/globals';
import {
  apiResponse,
  motionSettled,
  TEST_TIMEOUT,
  uniqueTag,
  useBrowserSession,
  visiblePopup,
} from '../support/browser-actions.js';
import { modalTitled } from '../support/browser-forms.js';
import { withScreenshots } from '../support/browser.js';
import { party, publishedPosting, signedInPage } from '../support/factories.js';

describe('揭榜挂帅 in the browser (zh-CN)', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'opens a call, takes a proposal from another organization, scores and awards it',
    async () => {
      const tag = uniqueTag();
      const title = `高镍正极材料循环寿命提升 ${tag}`;
      const demand = await publishedPosting(session.app, 'demand', {
        ownerName: `南京锂能科技有限公司 ${tag}`,
        body: { title },
      });
      const demandId = demand.id;
      const solverOrgName = `东南大学材料学院 ${tag}`;
      const solver = await party(session.app, 'university', { name: solverOrgName, verified: true });
      const summary = `单晶化加表面包覆的组合改性方案 ${tag}`;
      const step = <T>(name: string, body: () => Promise<T>) =>
        withScreenshots(`challenge-journey-${name}`, pages, body);

      const ownerPage = await signedInPage(session, demand.owner.user, `/demands/${demandId}`);

      // Step 1: the owner opens the call from the demand page.
      await step('01-open', async () => {
        await ownerPage.getByTestId('demand-title').getByText(title, { exact: true }).waitFor();
        const card = ownerPage.getByTestId('challenge-card');
        await card.getByTestId('open-challenge').click();

        const dialog = modalTitled(ownerPage, '发布揭榜挂帅');
        await dialog.getByLabel('奖金', { exact: true }).fill('200');
        const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
        const deadlineInput = dialog.getByLabel('揭榜截止', { exact: true });
        await deadlineInput.click();
        await deadlineInput.fill(deadline);
        await deadlineInput.press('Enter');
        await visiblePopup(ownerPage, 'ant-picker-dropdown').waitFor({ state: 'hidden' });
        await dialog.getByLabel('评审项 1', { exact: true }).fill('技术先进性');
        await dialog.getByLabel('权重 1', { exact: true }).fill('60');
        await dialog.getByRole('button', { name: '添加评审项' }).click();
        await dialog.getByLabel('评审项 2', { exact: true }).fill('成本');
        await dialog.getByLabel('权重 2', { exact: true }).fill('40');
        await dialog
          .getByTestId('criteria-total')
          .getByText('权重合计：100 / 100', { exact: true })
          .waitFor();

        const opened = apiResponse(ownerPage, 'POST', `/demands/${demandId}/challenge`);
        await ownerPage.getByTestId('open-challenge-submit').click();
        expect((await opened).status()).toBe(201);
        await dialog.waitFor({ state: 'hidden' });
        await card.getByTestId('challenge-status').getByText('征集中', { exact: true }).waitFor();
        await card.getByTestId('challenge-award').getByText('200 万元', { exact: true }).waitFor();
        const criteria = card.getByTestId('challenge-criteria-list');
        await criteria.getByText('技术先进性 60%', { exact: true }).waitFor();
        await criteria.getByText('成本 40%', { exact: true }).waitFor();
        await card.getByTestId('challenge-proposals').getByText('暂无揭榜方案').waitFor();
      });

      // Step 2: a verified organization, in another browser, submits a proposal.
      await step('02-submit', async () => {
        const solverPage = await signedInPage(session, solver.user, `/demands/${demandId}`);
        const card = solverPage.getByTestId('challenge-card');
        await card.getByTestId('challenge-status').getByText('征集中', { exact: true }).waitFor();
        await card.getByTestId('submit-proposal').getByText('我要揭榜', { exact: true }).click();

        const dialog = modalTitled(solverPage, '提交揭榜方案');
        await dialog.getByLabel('方案摘要', { exact: true }).fill(summary);
        await dialog
          .getByLabel('技术路线', { exact: true })
          .fill('采用单晶 NCM811 前驱体，配合原子层沉积 Al2O3 包覆，抑制界面副反应与晶间开裂。');
        await dialog.getByLabel('团队情况', { exact: true }).fill('教授 2 名、博士后 3 名，具备中试线。');
        await dialog.getByLabel('报价', { exact: true }).fill('150');
        await dialog.getByLabel('工期', { exact: true }).fill('180');

        const submitted = apiResponse(solverPage, 'POST', `/demands/${demandId}/challenge/proposals`);
        await solverPage.getByTestId('submit-proposal-submit').click();
        expect((await submitted).status()).toBe(201);
        await dialog.waitFor({ state: 'hidden' });
        const mine = card.getByTestId('my-proposals');
        await mine.getByText(summary, { exact: true }).waitFor();
        await mine.getByTestId('proposal-status').getByText('已提交', { exact: true }).waitFor();
        await card.getByTestId('submit-proposal').waitFor({ state: 'detached' });
      });

      // Step 3: the owner reloads, scores the proposal and awards it.
      await step('03-award', async () => {
        await ownerPage.reload();
        const card = ownerPage.getByTestId('challenge-card');
        const row = card.getByTestId('challenge-proposals').locator('tr', { hasText: solverOrgName });
        await row.getByTestId('proposal-status').getByText('已提交', { exact: true }).waitFor();
        await row.getByTestId('score-proposal').click();

        const dialog = modalTitled(ownerPage, `为“${solverOrgName}”评分`);
        await dialog.getByLabel('技术先进性 (60%)', { exact: true }).fill('80');
        await dialog.getByLabel('成本 (40%)', { exact: true }).fill('70');
        const scored = apiResponse(ownerPage, 'POST', /\/challenge\/proposals\/[^/]+\/score$/);
        await ownerPage.getByTestId('score-proposal-submit').click();
        const scoredResponse = await scored;
        expect(scoredResponse.status()).toBe(200);
        expect(((await scoredResponse.json()) as { totalScore: number }).totalScore).toBe(76);
        await dialog.waitFor({ state: 'hidden' });
        await row.locator('td').getByText('76', { exact: true }).waitFor();

        const awarded = apiResponse(ownerPage, 'POST', /\/challenge\/proposals\/[^/]+\/award$/);
        await row.getByTestId('award-proposal').click();
        const confirm = visiblePopup(ownerPage, 'ant-popover');
        await confirm.getByText(`将奖金授予“${solverOrgName}”`, { exact: false }).waitFor();
        await motionSettled(ownerPage);
        await confirm.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
        expect((await awarded).status()).toBe(200);
        await row.getByTestId('proposal-status').getByText('已获奖', { exact: true }).waitFor();
        await card.getByTestId('challenge-status').getByText('已揭榜', { exact: true }).waitFor();
        await row.getByTestId('award-proposal').waitFor({ state: 'detached' });
        await row.getByTestId('score-proposal').waitFor({ state: 'detached' });
      });
    },
    TEST_TIMEOUT,
  );
});
