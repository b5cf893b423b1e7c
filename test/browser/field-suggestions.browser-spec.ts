/**
 * Field suggestions while posting, in the real web app against the real API: an enterprise user writes
 * a demand's title and description, the form suggests the technology field (and the industry) the text
 * is about, and picking them fills the pickers that the created demand then carries. The other posting
 * forms use the same component (FieldSuggestions) under their field picker.
 */
import { describe, expect, it } from '@jest/globals';
import {
  apiResponse,
  chooseFirstRegion,
  TEST_TIMEOUT,
  uniqueTag,
  useBrowserSession,
} from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { party, signedInPage } from '../support/factories.js';

describe('field suggestions in the demand form (zh-CN)', () => {
  const session = useBrowserSession({ worker: false });
  const { pages } = session;

  it(
    'suggests the field and industry of what is typed, and a click fills the pickers',
    async () => {
      const tag = uniqueTag();
      const owner = await party(session.app, 'enterprise', { name: `江苏锂能科技有限公司 ${tag}` });
      const page = await signedInPage(session, owner.user, '/demands/new');

      await withScreenshots('field-suggestions-01-typed', pages, async () => {
        await page.getByLabel('需求名称', { exact: true }).fill(`动力电池包热失控预警算法 ${tag}`);
        await page
          .getByLabel('需求描述', { exact: true })
          .fill('需要基于电压、温度和气体多源信号的电池包热失控早期预警，误报率低于千分之一。');
        await page.getByTestId('field-suggestion-EV-BATTERY').waitFor();
        expect(await page.getByTestId('field-suggestion-EV-BATTERY').textContent()).toBe(
          '新能源汽车 / 动力电池',
        );
        await page.getByTestId('industry-suggestion-38').waitFor();
      });

      await withScreenshots('field-suggestions-02-picked', pages, async () => {
        await page.getByTestId('field-suggestion-EV-BATTERY').click();
        await page.getByTestId('industry-suggestion-38').click();
        // Picked suggestions leave the list and show in the pickers.
        await page.getByTestId('field-suggestion-EV-BATTERY').waitFor({ state: 'detached' });
        await page.getByTestId('industry-suggestion-38').waitFor({ state: 'detached' });
        // The pickers show them (the field by its name, the industry by its own label).
        const form = page.locator('form');
        await form.getByTitle('动力电池', { exact: true }).first().waitFor();
        await form.getByText('电气机械和器材制造业').first().waitFor();
      });

      await withScreenshots('field-suggestions-03-created', pages, async () => {
        await page.getByRole('radio', { name: '行业共性技术', exact: true }).check();
        await chooseFirstRegion(page);
        await page.getByRole('checkbox', { name: '技术开发', exact: true }).check();
        const created = apiResponse(page, 'POST', '/demands');
        await page.getByTestId('create-demand-submit').click();
        const response = await created;
        expect(response.status()).toBe(201);
        // The stored demand, not the request: Playwright records no post data for the generated client's
        // fetch(Request) calls.
        expect(await response.json()).toMatchObject({
          fields: ['EV-BATTERY'],
          industryCode: '38',
        });
      });
    },
    TEST_TIMEOUT,
  );
});
