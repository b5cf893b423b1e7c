/**
 * The catalogue (科技成果) in the real web app against the real API: a university user writes an
 * achievement in the form and submits it, a moderator publishes it from 成果审核, and a visitor finds it on
 * the public list and reads it, in Chinese and then in English; a confidential achievement shows a
 * stranger only its teaser.
 *
 * Every test uses its own people, organizations and postings, set up through the public HTTP API.
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
import { cardTitled, chooseOption, chooseTechField } from '../support/browser-forms.js';
import { moderatorOf, party, publishedPosting, signedInPage } from '../support/factories.js';

describe('technology achievements in the browser', () => {
  const session = useBrowserSession();
  const { openPage, pages } = session;

  it(
    'takes an achievement from the form through review to the public list, in Chinese and English',
    async () => {
      const tag = uniqueTag();
      const title = `高镍正极原子层沉积包覆技术 ${tag}`;
      const abstract = `在正极表面构筑均匀包覆层，循环 1000 次容量保持率提升至 92%。${tag}`;
      const owner = await party(session.app, 'university', { name: `浙江工业大学 ${tag}` });
      const step = <T>(name: string, body: () => Promise<T>) =>
        withScreenshots(`achievement-journey-${name}`, pages, body);

      const ownerPage = await signedInPage(session, owner.user, '/achievements');
      let id = '';

      // Step 1: the university user opens 发布成果 from the list and fills the form.
      await step('01-create', async () => {
        await ownerPage.getByTestId('posting-create').click();
        await ownerPage.waitForURL((url) => url.pathname === '/achievements/new');
        await ownerPage.getByLabel('成果名称', { exact: true }).fill(title);
        await ownerPage.getByLabel('成果摘要', { exact: true }).fill(abstract);
        await chooseTechField(ownerPage, '人工智能');
        await chooseOption(ownerPage, '技术成熟度', 'TRL 6 · 系统原型演示');
        await ownerPage.getByRole('radio', { name: '中试', exact: true }).check();
        await ownerPage.getByTestId('add-patent').click();
        await ownerPage.getByLabel('第 1 项专利号', { exact: true }).fill('ZL202110123456.7');
        await chooseFirstRegion(ownerPage);
        await ownerPage.getByRole('checkbox', { name: '许可', exact: true }).check();
        await ownerPage.getByLabel('参考价格', { exact: true }).fill('300');

        const created = apiResponse(ownerPage, 'POST', '/achievements');
        await ownerPage.getByTestId('posting-form-submit').click();
        const response = await created;
        expect(response.status()).toBe(201);
        id = ((await response.json()) as { id: string }).id;
        await ownerPage.waitForURL((url) => url.pathname === `/achievements/${id}`);
        await ownerPage.getByTestId('posting-title').getByText(title, { exact: true }).waitFor();
        await ownerPage.getByTestId('posting-status').getByText('草稿', { exact: true }).waitFor();
        await ownerPage.getByTestId('achievement-price').getByText('300 万元', { exact: true }).waitFor();
        await ownerPage
          .getByTestId('achievement-patents')
          .getByText(/ZL202110123456\.7/)
          .waitFor();
      });

      // Step 2: the owner submits it for review.
      await step('02-submit', async () => {
        const submitted = apiResponse(ownerPage, 'POST', `/achievements/${id}/submit`);
        await ownerPage.getByTestId('posting-submit').click();
        expect((await submitted).status()).toBe(200);
        await ownerPage.getByTestId('posting-status').getByText('待审核', { exact: true }).waitFor();
      });

      // Step 3: a moderator opens 成果审核 from the menu and publishes it.
      await step('03-publish', async () => {
        const moderatorPage = await signedInPage(session, await moderatorOf(session.app));
        await moderatorPage.getByRole('menuitem', { name: '成果审核' }).click();
        await moderatorPage.waitForURL((url) => url.pathname === '/moderation/achievements');
        const row = moderatorPage.getByTestId('posting-review-table').locator('tr', { hasText: title });
        await row.waitFor();
        const published = apiResponse(moderatorPage, 'POST', `/achievements/${id}/publish`);
        await row.getByTestId('posting-publish').click();
        expect((await published).status()).toBe(200);
        await row.waitFor({ state: 'detached' });
      });

      // Step 4: a visitor finds it on 科技成果 and reads it, then switches to English.
      await step('04-public', async () => {
        const visitorPage = await openPage();
        await visitorPage.goto('/achievements');
        await visitorPage.getByTestId('login-link').waitFor();
        const card = cardTitled(visitorPage, 'posting', title);
        await card.getByTestId('posting-highlight').getByText('300 万元', { exact: true }).waitFor();
        await card.getByTestId('achievement-maturity').getByText('中试', { exact: true }).waitFor();
        await card.getByTestId('posting-card-title').click();
        await visitorPage.waitForURL((url) => url.pathname === `/achievements/${id}`);
        await visitorPage.getByTestId('achievement-abstract').getByText(abstract).waitFor();
        await visitorPage.getByTestId('posting-status').getByText('已发布', { exact: true }).waitFor();
        const facts = visitorPage.locator('.ant-descriptions').first();
        await facts.getByText('许可', { exact: true }).waitFor();
        await facts.getByText('人工智能', { exact: true }).waitFor();

        await visitorPage.getByTestId('lang-switch').click();
        await visitorPage.getByTestId('posting-status').getByText('Published', { exact: true }).waitFor();
        await facts.getByText('Licensing', { exact: true }).waitFor();
        await visitorPage.getByTestId('achievement-price').getByText('CNY 3 M', { exact: true }).waitFor();

        await visitorPage.goto('/achievements');
        await visitorPage.getByRole('heading', { name: 'Technology achievements' }).waitFor();
        const englishCard = cardTitled(visitorPage, 'posting', title);
        await englishCard
          .getByTestId('achievement-maturity')
          .getByText('Pilot scale', { exact: true })
          .waitFor();
        await englishCard
          .getByText('Artificial intelligence')
          .or(englishCard.getByText('人工智能'))
          .first()
          .waitFor();
      });
    },
    TEST_TIMEOUT,
  );

  it(
    'shows a stranger only the teaser of a confidential achievement',
    () =>
      withScreenshots('achievement-confidential', pages, async () => {
        const tag = uniqueTag();
        const title = `固态电解质界面改性 ${tag}`;
        const secret = `含有保密工艺参数 ${tag}`;
        const teaser = `可提升固态电池界面稳定性的包覆工艺，详情签署保密协议后提供。${tag}`;
        const { id, owner } = await publishedPosting(session.app, 'achievement', {
          ownerName: `中科院宁波材料所 ${tag}`,
          body: { title, abstract: secret, visibility: 'confidential', teaser },
        });

        const strangerPage = await openPage();
        await strangerPage.goto('/achievements');
        const card = cardTitled(strangerPage, 'posting', title);
        await card.getByTestId('posting-teaser').getByText(teaser).waitFor();
        await card.getByTestId('posting-confidential').waitFor();
        expect(await card.getByTestId('posting-highlight').count()).toBe(0);

        await card.getByTestId('posting-card-title').click();
        await strangerPage.waitForURL((url) => url.pathname === `/achievements/${id}`);
        await strangerPage.getByTestId('posting-teaser').getByText(teaser).waitFor();
        expect(await strangerPage.getByTestId('achievement-abstract').count()).toBe(0);
        expect(await strangerPage.locator('body').textContent()).not.toContain(secret);

        // The owner still reads it in full.
        const ownerPage = await signedInPage(session, owner.user, `/achievements/${id}`);
        await ownerPage.getByTestId('achievement-abstract').getByText(secret).waitFor();
      }),
    TEST_TIMEOUT,
  );
});
