/**
 * Notifications in the real web app: when a fitting demand is published, the achievement's owner sees the
 * header bell count go up (streamed, no reload), opens the list, follows the notification to the match
 * (the demand, which of its achievements it fits, why, and the actions), goes on to the demand, and the
 * bell goes back to zero.
 */
import { describe, expect, it } from '@jest/globals';
import { signInThroughForm, TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { createPosting, publishPosting } from '../support/catalogue.js';
import {
  createDemand,
  createOrganization,
  DEFAULT_PASSWORD,
  grantPlatformRole,
  publishDemand,
  signUp,
} from '../support/http.js';

describe('notifications in the browser', () => {
  const session = useBrowserSession();
  const { openPage, pages } = session;

  it(
    'shows a new match on the bell and in the list, and opening it marks it read',
    () =>
      withScreenshots('notifications', pages, async () => {
        const app = session.app;
        const moderator = await signUp(app);
        await grantPlatformRole(app, moderator, 'moderator');
        const researcher = await signUp(app);
        const university = await createOrganization(app, researcher, { type: 'university' });
        const buyer = await signUp(app);
        const enterprise = await createOrganization(app, buyer, { type: 'enterprise' });
        const achievementId = await createPosting(app, 'achievement', researcher, university, {
          title: '锂离子电池热失控早期预警技术',
          abstract: '基于特征气体传感与电化学阻抗在线监测，提前预警电池包热失控。',
          fields: ['EV-BATTERY'],
          keywords: ['热失控', '电池管理系统'],
          trl: 7,
          priceWan: 80,
          regionCode: '320111',
        });
        await publishPosting(app, 'achievement', researcher, moderator, achievementId);

        const page = await openPage();
        await signInThroughForm(page, researcher.email, DEFAULT_PASSWORD, '/');
        const bell = page.getByTestId('notification-bell');
        await bell.waitFor();
        expect(await bell.getAttribute('aria-label')).toBe('通知（0 条未读）');

        const demandId = await createDemand(app, buyer, enterprise, {
          title: '动力电池热失控预警',
          description: '电动客车锂离子电池包需要提前预警热失控，要求可集成到现有电池管理系统。',
          fields: ['EV-BATTERY'],
          keywords: ['热失控', '锂离子电池', '预警'],
          regionCode: '320115',
          budgetMinWan: 50,
          budgetMaxWan: 120,
          trlRequired: 6,
        });
        await publishDemand(app, buyer, moderator, demandId);

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
        await page.waitForURL((url) => url.pathname === `/demands/${demandId}`);
        await page.getByRole('button', { name: '通知（0 条未读）' }).waitFor({ timeout: 10_000 });
      }),
    TEST_TIMEOUT,
  );
});
