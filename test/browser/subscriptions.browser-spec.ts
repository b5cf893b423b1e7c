/**
 * Subscriptions in the real web app: a signed-in user searches, saves the search with its facet
 * ("订阅此搜索"), finds it under "我的订阅" with its words and filter, pauses it and deletes it.
 */
import { describe, expect, it } from '@jest/globals';
import { TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { withScreenshots } from '../support/browser.js';
import { signedInPage } from '../support/factories.js';
import { signUp } from '../support/http.js';

describe('subscriptions in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'saves a search from the search page and lists it in my subscriptions',
    () =>
      withScreenshots('subscriptions', pages, async () => {
        const app = session.app;
        const user = await signUp(app);
        const page = await signedInPage(session, user, '/search?q=储能&kind=demand');
        await page.getByTestId('save-search').click();
        const name = page.getByTestId('save-search-name');
        expect(await name.inputValue()).toBe('储能');
        await name.fill('储能需求');
        // Ant Design spaces out a two-character label ("订 阅").
        await page
          .getByRole('dialog')
          .getByRole('button', { name: /^订\s?阅$/ })
          .click();
        await page.getByTestId('subscription-saved').waitFor();

        await page.goto('/subscriptions');
        const item = page.getByTestId('subscription');
        await item.getByText('储能需求').waitFor();
        await item.getByText('关键词：储能').waitFor();
        await item.getByText('技术需求').waitFor();
        const saved = await app.dataSource.query<{ query: string; kind: string; active: boolean }[]>(
          `SELECT query, kind, active FROM subscriptions WHERE user_id = $1`,
          [user.id],
        );
        expect(saved).toEqual([{ query: '储能', kind: 'demand', active: true }]);

        await item.getByTestId('subscription-active').click();
        // The switch shows both labels (one clipped), so wait for the state the server sent back.
        await item.locator('[data-testid="subscription-active"][aria-checked="false"]').waitFor();
        await item.getByTestId('subscription-delete').click();
        await page
          .locator('.ant-popconfirm')
          .getByRole('button', { name: /^删\s?除$/ })
          .click();
        await page.getByText('还没有订阅。在搜索页点击“订阅此搜索”即可保存。').waitFor();
      }),
    TEST_TIMEOUT,
  );
});
