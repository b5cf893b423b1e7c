/**
 * Notification settings in the real web app: a user opens them from the account page, sends new
 * matches by daily digest instead of at once, saves, and finds the choice kept after a reload; an
 * emailed unsubscribe link opens a confirmation page that turns that email off without signing in.
 */
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { unsubscribeToken } from '#notifications';
import { apiResponse, TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { chooseOption } from '../support/browser-forms.js';
import { signedInPage } from '../support/factories.js';
import { signUp, type SignedInUser } from '../support/http.js';

const EMAIL_FOR_MATCHES = '新的匹配 · 邮件';

describe('notification settings in the browser', () => {
  const session = useBrowserSession();
  const { openPage, pages } = session;

  async function matchFoundEmailMode(user: SignedInUser): Promise<string> {
    const response = await request(session.app.baseUrl)
      .get('/api/v1/me/notification-preferences')
      .auth(user.token, { type: 'bearer' })
      .expect(200);
    return (response.body.kinds as { kind: string; email: string }[]).find((k) => k.kind === 'match-found')!
      .email;
  }

  /** Resolves once the settings table shows `mode` for new matches by email (the in-app column never says 每日摘要). */
  const emailModeShown = (page: Page, mode: string) =>
    page
      .getByTestId('notification-preferences')
      .getByRole('row')
      .filter({ hasText: '新的匹配' })
      .getByText(mode, { exact: true })
      .last()
      .waitFor();

  it(
    'changes how new matches are emailed, and the choice persists',
    () =>
      withScreenshots('notification-settings', pages, async () => {
        const user = await signUp(session.app);
        const page = await signedInPage(session, user, '/account');
        await page.getByRole('link', { name: '通知设置' }).click();
        await page.waitForURL((url) => url.pathname === '/account/notifications');
        await emailModeShown(page, '即时');

        await chooseOption(page, EMAIL_FOR_MATCHES, '每日摘要');
        const saved = apiResponse(page, 'PUT', '/me/notification-preferences');
        await page.getByTestId('save-preferences').click();
        expect((await saved).status()).toBe(200);
        await page.getByText('通知设置已保存').waitFor();
        expect(await matchFoundEmailMode(user)).toBe('digest');

        await page.reload();
        await page.getByTestId('notification-preferences').waitFor();
        await emailModeShown(page, '每日摘要');
      }),
    TEST_TIMEOUT,
  );

  it(
    'unsubscribes from an emailed link without signing in',
    () =>
      withScreenshots('unsubscribe', pages, async () => {
        const user = await signUp(session.app);
        const token = unsubscribeToken(session.app.config.APP_SECRET, user.id, 'match-found');
        const page = await openPage();
        await page.goto(`/unsubscribe?token=${encodeURIComponent(token)}`);
        await page.getByText('确认后，您将不再收到“新的匹配”的邮件。站内通知不受影响。').waitFor();
        expect(await matchFoundEmailMode(user)).toBe('instant');
        await page.getByTestId('confirm-unsubscribe').click();
        await page.getByText('已退订').waitFor();
        expect(await matchFoundEmailMode(user)).toBe('off');

        await page.goto(`/unsubscribe?token=${encodeURIComponent(`${token}x`)}`);
        await page.getByText('退订链接无效').waitFor();
      }),
    TEST_TIMEOUT,
  );
});
