/**
 * Deals in the real web app: the enterprise records a technology-transfer deal from its match page; the
 * university sees it 待确认 under 成交 and confirms it; both then read it as confirmed by both and counted.
 */
import { describe, expect, it } from '@jest/globals';
import { signInThroughForm, TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { chooseTechField, modalTitled } from '../support/browser-forms.js';
import { withScreenshots } from '../support/browser.js';
import { BATTERY_ACHIEVEMENT, BATTERY_DEMAND, matchBetween } from '../support/battery-match.js';
import { createPosting, publishPosting } from '../support/catalogue.js';
import {
  createDemand,
  createOrganization,
  DEFAULT_PASSWORD,
  grantPlatformRole,
  publishDemand,
  signUp,
} from '../support/http.js';

describe('deals in the browser', () => {
  const session = useBrowserSession();
  const { openPage, pages } = session;

  it(
    'records a deal from a match and has the other party confirm it',
    () =>
      withScreenshots('deals', pages, async () => {
        const app = session.app;
        const moderator = await signUp(app);
        await grantPlatformRole(app, moderator, 'moderator');
        const buyer = await signUp(app);
        const enterprise = await createOrganization(app, buyer, {
          type: 'enterprise',
          name: '江苏动力客车有限公司',
        });
        const seller = await signUp(app);
        const university = await createOrganization(app, seller, { type: 'university', name: '东南大学' });
        const achievementId = await createPosting(
          app,
          'achievement',
          seller,
          university,
          BATTERY_ACHIEVEMENT,
        );
        await publishPosting(app, 'achievement', seller, moderator, achievementId);
        const demandId = await createDemand(app, buyer, enterprise, BATTERY_DEMAND);
        await publishDemand(app, buyer, moderator, demandId);
        const matchId = await matchBetween(app, demandId, achievementId);

        const buyerPage = await openPage();
        await signInThroughForm(buyerPage, buyer.email, DEFAULT_PASSWORD, `/matches/${matchId}`);
        await buyerPage.getByTestId('record-deal').click();
        await buyerPage.waitForURL((url) => url.pathname === '/deals');
        const form = modalTitled(buyerPage, '登记成交');
        await form.getByLabel('江苏动力客车有限公司').check();
        await form.getByLabel('项目名称').fill('动力电池热失控预警技术转让');
        await form.getByLabel('合同金额（万元）').fill('120');
        await form.getByLabel('技术交易额（万元）').fill('100');
        await chooseTechField(buyerPage, '动力电池');
        await form.getByLabel('技术合同登记号').fill('2026320100001234');
        await form.getByTestId('deal-record-ok').click();

        const recorded = buyerPage.getByTestId('deal').filter({ hasText: '动力电池热失控预警技术转让' });
        await recorded.getByText('等待对方确认').waitFor();
        await recorded.getByText('东南大学').waitFor();

        const sellerPage = await openPage();
        await signInThroughForm(sellerPage, seller.email, DEFAULT_PASSWORD, '/');
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
