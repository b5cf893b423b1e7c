/**
 * Conversations in the real web app: the demand's owner presses 联系 on an expert match, lands in the new
 * thread and writes; the society that lists the expert sees the thread with an unread badge, opens it,
 * reads the message and replies; the reply reaches the demand's owner without a reload.
 */
import { describe, it } from '@jest/globals';
import { signInThroughForm, TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { CATALOGUE_KINDS, createPosting, publishPosting } from '../support/catalogue.js';
import {
  createDemand,
  createOrganization,
  DEFAULT_PASSWORD,
  grantPlatformRole,
  publishDemand,
  signUp,
} from '../support/http.js';
import { BATTERY_DEMAND, matchBetween } from '../support/battery-match.js';

describe('conversations in the browser', () => {
  const session = useBrowserSession();
  const { openPage, pages } = session;

  it(
    'lets the demand’s owner contact an expert match and write, and the expert’s society reply',
    () =>
      withScreenshots('conversations', pages, async () => {
        const app = session.app;
        const moderator = await signUp(app);
        await grantPlatformRole(app, moderator, 'moderator');
        const secretary = await signUp(app);
        const society = await createOrganization(app, secretary, {
          type: CATALOGUE_KINDS.expert.ownerType,
          name: '中国汽车工程学会',
        });
        const buyer = await signUp(app);
        const enterprise = await createOrganization(app, buyer, {
          type: 'enterprise',
          name: '江苏动力客车有限公司',
        });
        const expertId = await createPosting(app, 'expert', secretary, society, {
          keywords: ['动力电池', '热失控', '预警'],
        });
        await publishPosting(app, 'expert', secretary, moderator, expertId);
        const demandId = await createDemand(app, buyer, enterprise, BATTERY_DEMAND);
        await publishDemand(app, buyer, moderator, demandId);
        await matchBetween(app, demandId, expertId);

        const buyerPage = await openPage();
        await signInThroughForm(buyerPage, buyer.email, DEFAULT_PASSWORD, `/demands/${demandId}`);
        const match = buyerPage.getByTestId('match').filter({ hasText: '张建国' });
        await match.getByRole('button', { name: '联系' }).click();
        await buyerPage.waitForURL((url) => url.pathname.startsWith('/conversations/'));
        await buyerPage.getByRole('heading', { name: '与 中国汽车工程学会 的会话' }).waitFor();
        await buyerPage.getByTestId('message-input').fill('张教授您好，想请您帮忙评估我们的热失控预警方案。');
        await buyerPage.getByTestId('send-message').click();
        await buyerPage.getByTestId('message').filter({ hasText: '想请您帮忙评估' }).waitFor();

        const expertPage = await openPage();
        await signInThroughForm(expertPage, secretary.email, DEFAULT_PASSWORD, '/');
        await expertPage.getByRole('button', { name: '对接会话（1 条未读）' }).click();
        await expertPage.waitForURL((url) => url.pathname === '/conversations');
        const thread = expertPage.getByTestId('conversation').filter({ hasText: '江苏动力客车有限公司' });
        await thread.getByText('江苏动力客车有限公司：张教授您好').waitFor();
        await thread.click();
        await expertPage.getByTestId('message').filter({ hasText: '想请您帮忙评估' }).waitFor();
        await expertPage.getByTestId('message-input').fill('可以，请把电池包的测试数据发给我。');
        await expertPage.getByTestId('send-message').click();
        await expertPage.getByTestId('message').filter({ hasText: '请把电池包的测试数据发给我' }).waitFor();
        await expertPage.getByRole('button', { name: '对接会话（0 条未读）' }).waitFor({ timeout: 10_000 });

        // The open thread polls: the reply appears on the demand owner's page without a reload.
        await buyerPage
          .getByTestId('message')
          .filter({ hasText: '请把电池包的测试数据发给我' })
          .waitFor({ timeout: 15_000 });
      }),
    TEST_TIMEOUT,
  );
});
