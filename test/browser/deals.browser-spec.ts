/**
 * Deals in the real web app: the enterprise records a technology-transfer deal from its match page; the
 * university sees it 待确认 under 成交 and confirms it; both then read it as confirmed by both and counted.
 */
import { describe, expect, it } from '@jest/globals';
import { TEST_TIMEOUT, useBrowserSession, visiblePopup } from '../support/browser-actions.js';
import type { Locator, Page } from 'playwright-core';
import { modalTitled } from '../support/browser-forms.js';
import { withScreenshots } from '../support/browser.js';
import { matchedPair, signedInPage } from '../support/factories.js';

/**
 * Picks one field in the form's single-choice 技术领域 TreeSelect through its search box. A click that lands
 * while the dropdown is still animating open can be lost: click again until the choice shows.
 */
async function chooseSingleTechField(page: Page, form: Locator, name: string) {
  const input = form.getByLabel('技术领域', { exact: true });
  await input.click();
  await input.fill(name);
  const node = visiblePopup(page, 'ant-select-dropdown').locator(
    `.ant-select-tree-node-content-wrapper[title="${name}"]`,
  );
  // The chosen label is the select's text; the typed search is only the input's value.
  const chosen = form
    .locator('.ant-select', { has: page.getByLabel('技术领域', { exact: true }) })
    .filter({ hasText: name });
  for (let attempt = 0; attempt < 3 && !(await chosen.isVisible()); attempt += 1) {
    if (!(await node.isVisible())) await input.click();
    await node.click();
    await chosen.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  await chosen.waitFor();
}

describe('deals in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'records a deal from a match and has the other party confirm it',
    () =>
      withScreenshots('deals', pages, async () => {
        const app = session.app;
        const { demand, candidate, matchId } = await matchedPair(app, {
          demand: { ownerName: '江苏动力客车有限公司' },
          candidate: { ownerName: '东南大学' },
        });

        const buyerPage = await signedInPage(session, demand.owner.user, `/matches/${matchId}`);
        await buyerPage.getByTestId('record-deal').click();
        await buyerPage.waitForURL((url) => url.pathname === '/deals');
        const form = modalTitled(buyerPage, '登记成交');
        await form.getByLabel('江苏动力客车有限公司').check();
        await form.getByLabel('项目名称').fill('动力电池热失控预警技术转让');
        await form.getByLabel('合同金额（万元）').fill('120');
        await form.getByLabel('技术交易额（万元）').fill('100');
        await chooseSingleTechField(buyerPage, form, '动力电池');
        await form.getByLabel('技术合同登记号').fill('2026320100001234');
        await form.getByTestId('deal-record-ok').click();

        const recorded = buyerPage.getByTestId('deal').filter({ hasText: '动力电池热失控预警技术转让' });
        await recorded.getByText('等待对方确认').waitFor();
        await recorded.getByText('东南大学').waitFor();

        const sellerPage = await signedInPage(session, candidate.owner.user);
        await sellerPage.getByRole('menuitem', { name: '成交' }).click();
        await sellerPage.waitForURL((url) => url.pathname === '/deals');
        const awaiting = sellerPage.getByTestId('deal').filter({ hasText: '动力电池热失控预警技术转让' });
        await awaiting.getByText('待确认', { exact: true }).waitFor();
        await awaiting.getByText('江苏动力客车有限公司').waitFor();
        await awaiting.getByTestId('deal-confirm').click();
        await awaiting.getByText('双方已确认').waitFor();
        await awaiting.getByText('计入统计').waitFor();

        await buyerPage.reload();
        await buyerPage
          .getByTestId('deal')
          .filter({ hasText: '动力电池热失控预警技术转让' })
          .getByText('双方已确认')
          .waitFor();
        const [row] = await app.dataSource.query<{ status: string; contract_value_yuan: string }[]>(
          `SELECT status, contract_value_yuan FROM deals WHERE source_id = $1`,
          [matchId],
        );
        expect(row).toEqual({ status: 'confirmed', contract_value_yuan: '1200000' });
      }),
    TEST_TIMEOUT,
  );
});
