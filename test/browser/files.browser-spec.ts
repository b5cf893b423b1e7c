/**
 * The files card on a confidential demand (issue 16), at 1440 px and 390 px: its owner uploads a
 * specification at each width; an organization granted access downloads it; a verified organization
 * without a grant is told the files are withheld and offered no download.
 */
import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import {
  fits,
  LAPTOP,
  PHONE,
  TEST_TIMEOUT,
  uniqueTag,
  useBrowserSession,
} from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { pdfFile } from '../fixtures/files.js';
import { party, publishedPosting, signedInPage } from '../support/factories.js';
import type { Party } from '../support/http.js';

const WIDTHS = [LAPTOP, PHONE];

describe('files in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  /** Asks for access to the demand as the party, under the NDA, and has the owner grant it. */
  async function grantAccess(demandId: string, owner: Party, requester: Party) {
    const api = request(session.app.baseUrl);
    const asked = await api
      .post(`/api/v1/demands/${demandId}/access-requests`)
      .auth(requester.user.token, { type: 'bearer' })
      .set('x-organization-id', requester.org)
      .send({ ndaAccepted: true })
      .expect(201);
    await api
      .post(`/api/v1/demands/${demandId}/access-requests/${asked.body.id}/grant`)
      .auth(owner.user.token, { type: 'bearer' })
      .expect(200);
  }

  it(
    'lets an enterprise upload a specification to a confidential demand that only a granted organization downloads',
    () =>
      withScreenshots('files-confidential', pages, async () => {
        const tag = uniqueTag();
        const owner = await party(session.app, 'enterprise', { verified: true });
        const { id } = await publishedPosting(session.app, 'demand', {
          owner,
          body: {
            visibility: 'confidential',
            teaser: `某电池企业寻求热管理方案 ${tag}`,
            ndaText: '不得外传',
          },
        });
        const names = WIDTHS.map((width) => `技术规格书 ${width.width} ${tag}.pdf`);

        const ownerPage = await signedInPage(session, owner.user, `/demands/${id}`);
        const ownerCard = ownerPage.getByTestId('files-card');
        await ownerCard.getByText('暂无附件').waitFor();
        for (const [index, width] of WIDTHS.entries()) {
          await ownerPage.setViewportSize(width);
          await ownerCard.locator('input[type=file]').setInputFiles({
            name: names[index]!,
            mimeType: 'application/pdf',
            buffer: pdfFile(tag),
          });
          await ownerCard.getByText(names[index]!).waitFor();
          await fits(ownerCard.getByRole('button', { name: /上\s*传/ }), width.width);
        }
        await ownerCard.getByText('技术规格书 ·').first().waitFor();

        const granted = await party(session.app, 'enterprise', { verified: true });
        await grantAccess(id, owner, granted);
        const grantedPage = await signedInPage(session, granted.user, `/demands/${id}`);
        for (const [index, width] of WIDTHS.entries()) {
          await grantedPage.setViewportSize(width);
          const item = grantedPage
            .getByTestId('files-card')
            .locator('.ant-list-item', { hasText: names[index]! });
          const button = item.getByRole('button', { name: /下\s*载/ });
          await fits(button, width.width);
          const download = grantedPage.waitForEvent('download');
          await button.click();
          expect((await download).suggestedFilename()).toBe(names[index]);
        }

        const outsider = await party(session.app, 'enterprise', { verified: true });
        const outsiderPage = await signedInPage(session, outsider.user, `/demands/${id}`);
        for (const width of WIDTHS) {
          await outsiderPage.setViewportSize(width);
          await outsiderPage.reload();
          const card = outsiderPage.getByTestId('files-card');
          await card.getByText('保密附件：获批查看后可下载').waitFor();
          expect(await card.getByRole('button', { name: /下\s*载/ }).count()).toBe(0);
          expect(await card.textContent()).not.toContain(tag);
        }
      }),
    TEST_TIMEOUT,
  );
});
