/**
 * Matches in the real web app: a university opens 匹配推荐 and finds the demands the matcher paired with
 * its achievement, each with its reasons; it shortlists one and declines the other for its budget. The
 * declined demand's owner sees the decline in aggregate on the demand, never whose it was, and the pair
 * in its own 匹配推荐; the university sees both matches on its achievement's page too. Matches are
 * grouped by kind (专家 before 科技成果) and each reads as a calibrated fit (匹配度 高 / 中 / 一般) with the
 * score behind it (issue 15).
 */
import { describe, expect, it } from '@jest/globals';
import { TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { chooseOption, modalTitled } from '../support/browser-forms.js';
import { withScreenshots } from '../support/browser.js';
import { BATTERY_ACHIEVEMENT, batteryDemand, matchBetween } from '../support/battery-match.js';
import { publishedPosting, signedInPage } from '../support/factories.js';

describe('matches in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'lets a supplier shortlist and decline its matches, and the demand’s owner see the decline in aggregate',
    () =>
      withScreenshots('matches', pages, async () => {
        const app = session.app;
        const achievement = await publishedPosting(app, 'achievement', {
          ownerName: '东南大学技术转移中心',
          body: BATTERY_ACHIEVEMENT,
        });
        const expert = await publishedPosting(app, 'expert', { ownerName: '中国汽车工程学会' });
        const demandOf = async (company: string, title: string) => {
          const demand = await publishedPosting(app, 'demand', {
            ownerName: company,
            body: batteryDemand(title),
          });
          await matchBetween(app, demand.id, achievement.id);
          return demand;
        };
        await demandOf('江苏动力客车有限公司', '电动客车电池包热失控预警');
        const storage = await demandOf('苏州储能科技有限公司', '储能电站电池热失控预警');
        await matchBetween(app, storage.id, expert.id);

        const page = await signedInPage(session, achievement.owner.user);
        const home = page.getByTestId('home-new-matches');
        await home.getByText('新匹配（2 条）').waitFor();
        await home.getByText('储能电站电池热失控预警').waitFor();
        await page.getByRole('menuitem', { name: '匹配推荐' }).click();
        await page.waitForURL((url) => url.pathname === '/matches');
        const busMatch = page.getByTestId('match').filter({ hasText: '电动客车电池包热失控预警' });
        const storageMatch = page.getByTestId('match').filter({ hasText: '储能电站电池热失控预警' });
        await busMatch.waitFor();
        expect(await busMatch.getByTestId('match-reasons').locator('li').count()).toBeGreaterThan(0);
        // Grouped by kind, each match with its calibrated fit and the score behind it.
        const demandGroup = page.locator('[data-testid="match-group"][data-kind="demand"]');
        expect(await demandGroup.getByTestId('match-group-title').textContent()).toBe('技术需求');
        expect(await busMatch.getByTestId('match-fit-level').textContent()).toMatch(/^匹配度 (高|中|一般)$/);
        expect(await busMatch.getByTestId('match-fit').textContent()).toMatch(/评分 0\.\d\d/);
        await busMatch.getByTestId('match-status').getByText('新匹配').waitFor();

        await busMatch.getByTestId('shortlist-match').click();
        await busMatch.getByTestId('match-status').getByText('已收藏').waitFor();

        await storageMatch.getByTestId('decline-match').click();
        const dialog = modalTitled(page, '婉拒此匹配');
        await dialog.waitFor();
        await chooseOption(page, '原因', '预算不符');
        await dialog.getByTestId('confirm-decline').click();
        await storageMatch.getByTestId('match-status').getByText('已婉拒：预算不符').waitFor();
        await page.getByTestId('match-filter').getByText('已收藏 1').click();
        await storageMatch.waitFor({ state: 'detached' });
        await busMatch.waitFor();

        await page.goto(`/achievements/${achievement.id}`);
        const onAchievement = page.getByTestId('posting-matches').getByTestId('match');
        await onAchievement.filter({ hasText: '电动客车电池包热失控预警' }).waitFor();
        expect(await onAchievement.count()).toBe(2);

        const ownerPage = await signedInPage(session, storage.owner.user, `/demands/${storage.id}`);
        const card = ownerPage.getByTestId('posting-matches');
        expect(await card.getByTestId('match-declines').textContent()).toContain('1 个被婉拒：预算不符（1）');
        // The demand's card groups its matches by kind: experts first, then achievements.
        await card.locator('[data-testid="match-group"][data-kind="expert"]').waitFor();
        expect(
          await card
            .getByTestId('match-group')
            .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-kind'))),
        ).toEqual(['expert', 'achievement']);
        expect(await card.getByTestId('match-group-title').allTextContents()).toEqual(['专家', '科技成果']);
        for (const level of await card.getByTestId('match-fit-level').allTextContents())
          expect(level).toMatch(/^匹配度 (高|中|一般)$/);
        const declined = card.getByTestId('match').filter({ hasText: BATTERY_ACHIEVEMENT.title });
        await declined.getByTestId('match-status').getByText('已查看').waitFor();

        // The demand's side has the pair in its own 匹配推荐, naming its demand.
        await ownerPage.getByRole('menuitem', { name: '匹配推荐' }).click();
        const inInbox = ownerPage.getByTestId('match').filter({ hasText: BATTERY_ACHIEVEMENT.title });
        await inInbox.getByTestId('match-for').getByText('储能电站电池热失控预警').waitFor();
      }),
    TEST_TIMEOUT,
  );
});
