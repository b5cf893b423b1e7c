/**
 * 申请查看 on a confidential achievement in the real web app (issue 16: every confidential kind, as for
 * demands): the requester sees the teaser, accepts the platform's NDA and sends the request; the owner,
 * in another browser, grants it; the requester reloads and reads the abstract.
 */
import { describe, expect, it } from '@jest/globals';
import {
  apiResponse,
  motionSettled,
  TEST_TIMEOUT,
  uniqueTag,
  useBrowserSession,
} from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { party, publishedPosting, signedInPage } from '../support/factories.js';

describe('access requests in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'lets a verified organization request a confidential achievement under the NDA, and its owner grant it',
    () =>
      withScreenshots('access-requests', pages, async () => {
        const tag = uniqueTag();
        const secret = `原子层沉积包覆工艺参数 ${tag}`;
        const teaser = `高镍正极界面改性技术，可许可。${tag}`;
        const { id, owner } = await publishedPosting(session.app, 'achievement', {
          body: { visibility: 'confidential', teaser, abstract: secret },
        });
        const requesterName = `常州动力电池有限公司 ${tag}`;
        const requester = await party(session.app, 'enterprise', { name: requesterName, verified: true });

        const page = await signedInPage(session, requester.user, `/achievements/${id}`);
        await page.getByTestId('posting-teaser').getByText(teaser).waitFor();
        expect(await page.locator('body').textContent()).not.toContain(secret);
        await page.getByTestId('request-access').click();
        const modal = page.locator('.ant-modal').filter({ hasText: '申请查看保密信息' });
        await modal.getByTestId('nda-text').getByText('申请方承诺', { exact: false }).waitFor();
        await motionSettled(page);
        await page.getByTestId('nda-accept').check();
        const requested = apiResponse(page, 'POST', `/achievements/${id}/access-requests`);
        await page.getByTestId('request-access-submit').click();
        expect((await requested).status()).toBe(201);
        await page.getByTestId('my-access-request').getByText('待处理', { exact: true }).waitFor();

        const ownerPage = await signedInPage(session, owner.user, `/achievements/${id}`);
        const row = ownerPage.getByTestId('access-requests').locator('tr', { hasText: requesterName });
        const granted = apiResponse(ownerPage, 'POST', /\/access-requests\/[^/]+\/grant$/);
        await row.getByTestId('grant-access').click();
        expect((await granted).status()).toBe(200);
        await row.getByTestId('access-request-status').getByText('已同意', { exact: true }).waitFor();

        await page.reload();
        await page.getByText(secret, { exact: false }).first().waitFor();
        expect(await page.getByTestId('request-access').count()).toBe(0);
      }),
    TEST_TIMEOUT,
  );
});
