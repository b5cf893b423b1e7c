/**
 * The search page in the real web app against the real API and worker: a visitor types a Chinese query,
 * picks a suggestion, sees highlighted hits (an English posting found through the thesaurus among
 * them), narrows them with a facet, and switches the interface to English.
 */
import { describe, expect, it } from '@jest/globals';
import { apiResponse, TEST_TIMEOUT, uniqueTag, useBrowserSession } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { party, publishedPosting } from '../support/factories.js';
import { eventually, search } from '../support/search.js';

describe('search in the browser', () => {
  const session = useBrowserSession();
  const { openPage, pages } = session;

  it(
    'suggests, highlights, filters by a facet and speaks English',
    async () => {
      const tag = uniqueTag();
      const owner = await party(session.app, 'enterprise', { name: `江苏锂创 ${tag}` });
      const publish = async (body: Record<string, unknown>) =>
        (await publishedPosting(session.app, 'demand', { owner, body })).id;
      const jiangsu = await publish({
        title: `锂离子电池极片涂布缺陷检测 ${tag}`,
        description: '涂布线速 80 m/min 下的在线缺陷检测。',
        keywords: ['涂布'],
        regionCode: '320115',
      });
      const guangdong = await publish({
        title: `Lithium-ion battery recycling line ${tag}`,
        description: 'Hydrometallurgical recovery of lithium from spent cells.',
        keywords: ['recycling'],
        regionCode: '440305',
      });
      const { id: pilot } = await publishedPosting(session.app, 'achievement', {
        body: { title: `锂离子电池正极包覆中试技术 ${tag}`, maturity: 'pilot' },
      });
      await eventually(async () =>
        expect((await search(session.app, { q: tag })).hits.map((h) => h.id).sort()).toEqual(
          [jiangsu, guangdong, pilot].sort(),
        ),
      );
      const page = await openPage();

      await withScreenshots('search-01-suggest', pages, async () => {
        await page.goto('/search');
        const box = page.getByTestId('search-input').locator('input');
        await box.click();
        await box.pressSequentially('锂离子电');
        const suggestion = page.getByTestId('search-suggestion').filter({ hasText: '锂离子电池' }).first();
        await suggestion.waitFor();
        const searched = apiResponse(page, 'GET', '/search');
        await suggestion.click();
        expect((await searched).status()).toBe(200);
        await page.waitForURL((url) => url.searchParams.get('q') === '锂离子电池');
      });

      await withScreenshots('search-02-hits', pages, async () => {
        const titles = page.getByTestId('search-hit-title');
        await titles.filter({ hasText: `锂离子电池极片涂布缺陷检测 ${tag}` }).waitFor();
        await titles.filter({ hasText: `Lithium-ion battery recycling line ${tag}` }).waitFor();
        // The API's <mark> is rendered as an element, never as text.
        expect(await titles.locator('mark').filter({ hasText: '锂离子电池' }).count()).toBeGreaterThan(0);
        expect(
          await titles
            .locator('mark')
            .filter({ hasText: /^Lithium-ion battery$/ })
            .count(),
        ).toBeGreaterThan(0);
        expect(await page.getByText('<mark>').count()).toBe(0);
        // One meaning per facet: an achievement's maturity has its own, apart from demands' categories.
        expect(await page.getByTestId('facet-maturity-pilot').textContent()).toMatch(/^中试/);
        expect(await page.getByTestId('facet-category-chokepoint').textContent()).toMatch(/^卡脖子关键技术/);
        expect(await page.getByTestId('facet-category-pilot').count()).toBe(0);
        expect(await page.getByTestId('facet-maturity').locator('.ant-card-head').textContent()).toBe(
          '成果阶段',
        );
      });

      await withScreenshots('search-03-facet', pages, async () => {
        const filtered = apiResponse(page, 'GET', '/search');
        await page.getByTestId('facet-region-440000').click();
        expect((await filtered).status()).toBe(200);
        await page.waitForURL((url) => url.searchParams.get('regionCode') === '440000');
        await page
          .getByTestId('search-hit-title')
          .filter({ hasText: `Lithium-ion battery recycling line ${tag}` })
          .waitFor();
        await page
          .getByTestId('search-hit-title')
          .filter({ hasText: `极片涂布 ${tag}` })
          .waitFor({ state: 'detached' });
        await page.getByTestId('facet-city').waitFor();
      });

      await withScreenshots('search-04-english', pages, async () => {
        await page.getByTestId('lang-switch').click();
        await page.getByRole('tab', { name: 'All' }).waitFor();
        await page.getByTestId('facet-region').getByText('Region', { exact: true }).waitFor();
        await page
          .getByRole('button', { name: /Search/ })
          .first()
          .waitFor();
        expect(await page.getByTestId('search-total').textContent()).toMatch(/results/);
      });
    },
    TEST_TIMEOUT,
  );
});
