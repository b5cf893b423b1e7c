import { describe, it } from '@jest/globals';
import { signInThroughForm, TEST_TIMEOUT, uniqueTag, useBrowserSession } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { pdfFile } from '../fixtures/files.js';
import { createDemand, createOrganization, DEFAULT_PASSWORD, signUp } from '../support/http.js';

/** The files card on a demand: its owner uploads a specification and sees it listed, ready to download. */
describe('files in the browser', () => {
  const session = useBrowserSession();
  const { openPage, pages } = session;

  it(
    'lets a demand’s owner upload a specification and lists it',
    () =>
      withScreenshots('files-upload', pages, async () => {
        const tag = uniqueTag();
        const owner = await signUp(session.app);
        const org = await createOrganization(session.app, owner);
        const id = await createDemand(session.app, owner, org);
        const page = await openPage();
        await signInThroughForm(page, owner.email, DEFAULT_PASSWORD, `/demands/${id}`);
        const card = page.getByTestId('files-card');
        await card.getByText('暂无附件').waitFor();
        await card.locator('input[type=file]').setInputFiles({
          name: `技术规格书 ${tag}.pdf`,
          mimeType: 'application/pdf',
          buffer: pdfFile(tag),
        });
        await card.getByText(`技术规格书 ${tag}.pdf`).waitFor();
        await card.getByText('技术规格书 ·').waitFor();
        await card.getByRole('button', { name: /下载/ }).waitFor();
      }),
    TEST_TIMEOUT,
  );
});
