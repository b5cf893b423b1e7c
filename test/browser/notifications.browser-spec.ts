/**
 * Notifications in the real web app: when a fitting demand is published, the achievement's owner sees the
 * header bell count go up (streamed, no reload), opens the list, follows the notification to the match
 * (the demand, which of its achievements it fits, why, and the actions), goes on to the demand, and the
 * bell goes back to zero.
 */
import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { TestApp } from '../support/app-harness.js';
import { TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { BATTERY_ACHIEVEMENT, BATTERY_DEMAND } from '../support/battery-match.js';
import { publishedPosting, signedInPage } from '../support/factories.js';
import type { SignedInUser } from '../support/http.js';

/**
 * Owners first hear that their posting was published (issue 16). The bell here is about the match, so that
 * notice is awaited and marked read before the page opens.
 */
async function readPublicationNotice(app: TestApp, user: SignedInUser): Promise<void> {
  const asUser = { Authorization: `Bearer ${user.token}` };
  for (let tries = 0; ; tries += 1) {
    const response = await request(app.baseUrl).get('/api/v1/notifications/unread-count').set(asUser);
    if ((response.body as { unread: number }).unread > 0) break;
    if (tries === 100) throw new Error('the publication notice never came');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await request(app.baseUrl).post('/api/v1/notifications/read-all').set(asUser).expect(200);
}

describe('notifications in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'shows a new match on the bell and in the list, and opening it marks it read',
    () =>
      withScreenshots('notifications', pages, async () => {
        const app = session.app;
        const achievement = await publishedPosting(app, 'achievement', { body: BATTERY_ACHIEVEMENT });
        await readPublicationNotice(app, achievement.owner.user);

        const page = await signedInPage(session, achievement.owner.user);
        const bell = page.getByTestId('notification-bell');
        await bell.waitFor();
        expect(await bell.getAttribute('aria-label')).toBe('通知（0 条未读）');

        const demand = await publishedPosting(app, 'demand', { body: BATTERY_DEMAND });

        await page.getByRole('button', { name: '通知（1 条未读）' }).waitFor({ timeout: 20_000 });
        await bell.click();
        await page.waitForURL((url) => url.pathname === '/notifications');
        const item = page.getByTestId('notification').filter({ hasText: '新的匹配' });
        await item.getByText('未读 · 新的匹配：动力电池热失控预警').waitFor();
        await item.click();
        await page.waitForURL((url) => url.pathname.startsWith('/matches/'));
        const match = page.getByTestId('match');
        await match.getByTestId('match-for').getByText('锂离子电池热失控早期预警技术').waitFor();
        expect(await match.getByTestId('match-reasons').locator('li').count()).toBeGreaterThan(0);
        await match.getByTestId('match-status').getByText('新匹配').waitFor();
        await match.getByRole('link', { name: '动力电池热失控预警' }).click();
        await page.waitForURL((url) => url.pathname === `/demands/${demand.id}`);
        await page.getByRole('button', { name: '通知（0 条未读）' }).waitFor({ timeout: 10_000 });
      }),
    TEST_TIMEOUT,
  );
});
