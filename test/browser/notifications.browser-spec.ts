/**
 * Notifications in the real web app: when a fitting demand is published, the achievement's owner sees the
 * header bell count go up (streamed, no reload), opens the list, follows the notification to the match
 * (the demand, which of its achievements it fits, why, and the actions), goes on to the demand, and the
 * bell goes back to zero.
 */
import { describe, expect, it } from '@jest/globals';
import { TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { BATTERY_ACHIEVEMENT, BATTERY_DEMAND } from '../support/battery-match.js';
import { publishedPosting, signedInPage } from '../support/factories.js';

describe('notifications in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'shows a new match on the bell and in the list, and opening it marks it read',
    () =>
      withScreenshots('notifications', pages, async () => {
        const app = session.app;
        const achievement = await publishedPosting(app, 'achievement', { body: BATTERY_ACHIEVEMENT });

        const page = await signedInPage(session, achievement.owner.user);
        const bell = page.getByTestId('notification-bell');
        await bell.waitFor();
        expect(await bell.getAttribute('aria-label')).toBe('通知（0 条未读）');

        const demand = await publishedPosting(app, 'demand', { body: BATTERY_DEMAND });

        await page.getByRole('button', { name: '通知（1 条未读）' }).waitFor({ timeout: 20_000 });
        await bell.click();
        await page.waitForURL((url) => url.pathname === '/notifications');
        const item = page.getByTestId('notification');
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
