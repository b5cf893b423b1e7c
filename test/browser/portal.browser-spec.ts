/**
 * The public portal and role-aware homes in the real web app (issue 16): a visitor lands on the portal
 * at 1440 px and 390 px without a 401 or 404 in the network log; an organizer, an investor and a platform
 * admin each land on a home that fits them; the investor reaches a project's owner in two clicks; on a
 * phone a signed-in user reaches the language switch and logout.
 */
import { describe, expect, it } from '@jest/globals';
import type { Page, Response } from 'playwright-core';
import { TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { createPosting, publishPosting } from '../support/catalogue.js';
import { moderatorOf, party, publishedPosting, signedInPage } from '../support/factories.js';
import { grantPlatformRole, signUp } from '../support/http.js';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1440, height: 900 };

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

/** The element lies within the viewport's width (not cut off or pushed off screen). */
async function fitsWidth(page: Page, testId: string, width: number) {
  const box = await page.getByTestId(testId).first().boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
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
    'gives an organizer, an investor and a platform admin a fitting home; the investor reaches an owner in two clicks',
    () =>
      withScreenshots('portal-roles', pages, async () => {
        const { app } = session;
        const moderator = await moderatorOf(app);

        const organizer = await party(app, 'organizer', { verified: true });
        const organizerPage = await signedInPage(session, organizer.user);
        await organizerPage.getByTestId('home-links-organizer').getByText('我组织的活动').waitFor();
        expect(
          await organizerPage.getByTestId('home-links-organizer').getByText('发布技术需求').count(),
        ).toBe(0);

        const founder = await party(app, 'enterprise', { verified: true });
        const projectId = await createPosting(app, 'project', founder.user, founder.org, {
          visibility: 'public',
        });
        await publishPosting(app, 'project', founder.user, moderator, projectId);
        const investor = await party(app, 'investor', { verified: true });
        const investorPage = await signedInPage(session, investor.user);
        const links = investorPage.getByTestId('home-links-investor');
        await links.getByText('浏览融资项目').waitFor();
        expect(await links.getByText('发布技术需求').count()).toBe(0);
        expect(await investorPage.getByRole('menuitem', { name: '我的需求' }).count()).toBe(0);

        await investorPage.goto(`/projects/${projectId}`);
        await investorPage.getByTestId('interest-button').click();
        await investorPage.getByTestId('interest-message').fill('我们关注该项目，希望进一步沟通。');
        await investorPage.getByRole('button', { name: /发\s*送/ }).click();
        await investorPage.waitForURL((url) => url.pathname.startsWith('/conversations/'));

        // On a phone the header keeps the user menu; the drawer holds the language switch.
        await investorPage.setViewportSize(PHONE);
        await investorPage.goto('/');
        await investorPage.getByTestId('home-links-investor').waitFor();
        await fitsWidth(investorPage, 'user-menu', PHONE.width);
        await investorPage.getByRole('button', { name: '主菜单' }).click();
        await investorPage.getByTestId('drawer-tools').getByTestId('lang-switch').waitFor();
        await investorPage.keyboard.press('Escape');
        await investorPage.getByTestId('user-menu').click();
        await investorPage.getByText('退出登录').waitFor();

        const admin = await signUp(app);
        await grantPlatformRole(app, admin, 'admin');
        const adminPage = await signedInPage(session, admin);
        await adminPage.getByTestId('staff-home').getByText('用户管理').click();
        await adminPage.getByTestId('admin-users-table').getByText(investor.user.email).waitFor();
        expect(await adminPage.getByTestId('create-org-cta').count()).toBe(0);
      }),
    TEST_TIMEOUT,
  );
});
