/**
 * Webhook settings in the real web app: an organization owner opens them from the members page, creates
 * a webhook to a real receiver (on 127.0.0.1, allowed by the test switch), copies the secret shown once,
 * sends a test and sees it delivered in the log; the receiver got it, signed with that secret.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { modalTitled } from '../support/browser-forms.js';
import { withScreenshots } from '../support/browser.js';
import { party, signedInPage } from '../support/factories.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

describe('webhooks in the browser', () => {
  const session = useBrowserSession({ env: { WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' } });
  const { pages } = session;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });

  afterAll(async () => {
    await receiver.close();
  });

  it(
    'creates a webhook, shows its secret once, sends a test and shows it delivered in the log',
    () =>
      withScreenshots('webhooks', pages, async () => {
        const owner = await party(session.app);
        const page = await signedInPage(session, owner.user, '/organization/members');
        await page.getByRole('link', { name: 'Webhook 设置' }).click();
        await page.waitForURL((url) => url.pathname === '/organization/webhooks');

        await page.getByRole('button', { name: '新建 Webhook' }).click();
        await page.getByLabel('推送地址').fill(receiver.url('/browser'));
        // Ant Design spaces out two-character Chinese button labels ("保 存"): the dialog's primary button.
        await modalTitled(page, '新建 Webhook').locator('.ant-modal-footer .ant-btn-primary').click();
        const secret = (await page.getByTestId('webhook-secret').innerText()).trim();
        expect(secret).toMatch(/^whsec_/);
        await modalTitled(page, '签名密钥').locator('.ant-modal-footer .ant-btn-primary').click();

        const table = page.getByTestId('webhooks-table');
        await table.getByText(receiver.url('/browser')).waitFor();
        await table.getByRole('button', { name: '发送测试' }).click();
        const log = page.getByTestId('webhook-deliveries');
        await log.getByTestId('delivery-status').getByText('已送达').waitFor({ timeout: 20_000 });
        await log.getByText('测试', { exact: true }).waitFor();

        expect(receiver.received).toHaveLength(1);
        const [hit] = receiver.received;
        const timestamp = hit!.headers['x-duijie-timestamp'] as string;
        const expected = createHmac('sha256', secret).update(`${timestamp}.${hit!.body}`).digest('hex');
        expect(hit!.headers['x-duijie-signature']).toBe(`sha256=${expected}`);
        expect(hit!.headers['x-duijie-event']).toBe('ping');
      }),
    TEST_TIMEOUT,
  );
});
