/**
 * Conversations in the real web app: the demand's owner presses 联系 on an expert match, lands in the new
 * thread and writes; the society that lists the expert sees the thread with an unread badge, opens it,
 * reads the message and replies; the reply reaches the demand's owner without a reload.
 */
import { describe, it } from '@jest/globals';
import { TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { matchedPair, signedInPage } from '../support/factories.js';

describe('conversations in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'lets the demand’s owner contact an expert match and write, and the expert’s society reply',
    () =>
      withScreenshots('conversations', pages, async () => {
        const { demand, candidate } = await matchedPair(session.app, {
          demand: { ownerName: '江苏动力客车有限公司' },
          candidateKind: 'expert',
          candidate: { ownerName: '中国汽车工程学会', body: { keywords: ['动力电池', '热失控', '预警'] } },
        });

        const buyerPage = await signedInPage(session, demand.owner.user, `/demands/${demand.id}`);
        const match = buyerPage.getByTestId('match').filter({ hasText: '张建国' });
        await match.getByRole('button', { name: '联系' }).click();
        await buyerPage.waitForURL((url) => url.pathname.startsWith('/conversations/'));
        await buyerPage.getByRole('heading', { name: '与 中国汽车工程学会 的会话' }).waitFor();
        await buyerPage.getByTestId('message-input').fill('张教授您好，想请您帮忙评估我们的热失控预警方案。');
        await buyerPage.getByTestId('send-message').click();
        await buyerPage.getByTestId('message').filter({ hasText: '想请您帮忙评估' }).waitFor();

        const expertPage = await signedInPage(session, candidate.owner.user);
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
