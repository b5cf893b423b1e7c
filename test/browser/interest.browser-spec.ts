/**
 * 我要对接 in the real web app: a visitor on a project presses 我要对接 and is sent to sign in; back on the
 * project as the investor, 我要对接 again opens the dialog, and sending (with the investor's own offer)
 * lands in the thread with the project's owner, who is told.
 */
import { describe, expect, it } from '@jest/globals';
import { TEST_TIMEOUT, useBrowserSession, visiblePopup } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { createPosting, publishPosting } from '../support/catalogue.js';
import { DEFAULT_PASSWORD, grantPlatformRole, signUp, verifyOrganization } from '../support/http.js';
import { party as signUpParty } from '../support/factories.js';
import { eventually } from '../support/search.js';

describe('我要对接 in the browser', () => {
  const session = useBrowserSession();
  const { openPage, pages } = session;

  it(
    'takes a visitor through sign-in to the project owner’s thread',
    () =>
      withScreenshots('interest', pages, async () => {
        const app = session.app;
        const moderator = await signUp(app);
        await grantPlatformRole(app, moderator, 'moderator');
        const founder = await signUpParty(app, 'enterprise');
        const projectId = await createPosting(app, 'project', founder.user, founder.org, {
          visibility: 'public',
        });
        await publishPosting(app, 'project', founder.user, moderator, projectId);
        const investor = await signUpParty(app, 'investor');
        await verifyOrganization(app, investor.org);
        const offerId = await createPosting(app, 'financing-offer', investor.user, investor.org);
        await publishPosting(app, 'financing-offer', investor.user, moderator, offerId);

        const page = await openPage();
        await page.goto(`/projects/${projectId}`);
        await page.getByTestId('posting-title').waitFor();
        await page.getByTestId('interest-button').click();
        await page.waitForURL((url) => url.pathname === '/login');
        await page.getByLabel('邮箱', { exact: true }).fill(investor.user.email);
        await page.getByLabel('密码', { exact: true }).fill(DEFAULT_PASSWORD);
        await page.getByTestId('login-submit').click();
        await page.waitForURL((url) => url.pathname === `/projects/${projectId}`);
        await page.getByTestId('posting-title').waitFor();

        await page.getByTestId('interest-button').click();
        await page.getByTestId('interest-message').fill('我们关注机器视觉赛道，希望参与本轮融资。');
        await page.getByTestId('interest-offer').click();
        await visiblePopup(page, 'ant-select-dropdown').getByText('科技型中小企业知识产权质押贷').click();
        await page
          .getByRole('button', { name: '发 送' })
          .or(page.getByRole('button', { name: '发送' }))
          .click();
        await page.waitForURL((url) => url.pathname.startsWith('/conversations/'));
        await page.getByTestId('message').filter({ hasText: '希望参与本轮融资' }).waitFor();

        await eventually(async () => {
          const [row] = await app.dataSource.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM notifications WHERE kind = 'interest-received' AND user_id = $1`,
            [founder.user.id],
          );
          expect(row!.n).toBe(1);
        });
      }),
    TEST_TIMEOUT,
  );
});
