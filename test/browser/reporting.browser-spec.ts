/**
 * 服务记录 and 数据看板 in the real web app: a service agency records a visit through the form and finds
 * it counted under 走访服务 on its dashboard, with the visit's place among the figure's records.
 */
import { describe, it } from '@jest/globals';
import { TEST_TIMEOUT, useBrowserSession } from '../support/browser-actions.js';
import { chooseOrganization, modalTitled } from '../support/browser-forms.js';
import { withScreenshots } from '../support/browser.js';
import { party, signedInPage } from '../support/factories.js';

describe('service records and the dashboard in the browser', () => {
  const session = useBrowserSession();
  const { pages } = session;

  it(
    'counts a visit recorded through the form on the dashboard',
    () =>
      withScreenshots('reporting', pages, async () => {
        const app = session.app;
        await party(app, 'enterprise', { name: '常州储能材料有限公司', verified: true });
        const agency = await party(app, 'service_agency', { name: '常州科技服务中心', verified: true });

        const page = await signedInPage(session, agency.user, '/dashboard');
        const visits = page.locator('[data-figure="visits"]');
        await visits.getByText('0', { exact: true }).waitFor();

        await page.getByRole('menuitem', { name: '服务记录' }).click();
        await page.waitForURL((url) => url.pathname === '/services');
        await page.getByRole('button', { name: '记录走访' }).click();
        const form = modalTitled(page, '记录走访');
        await chooseOrganization(page, '企业', '常州储能', '常州储能材料有限公司');
        await form.getByLabel('地点').fill('常州市武进区储能产业园');
        await form.getByLabel('走访发现').fill('正极材料产线良率偏低，需要工艺改进');
        await form.getByRole('button', { name: '添加需求' }).click();
        await form.getByPlaceholder('需求概述').fill('正极材料烧结工艺优化');
        await form.getByPlaceholder('需求说明').fill('烧结温区控制不稳，良率不足九成');
        await form.getByRole('button', { name: /确\s*定|OK/ }).click();
        await page.getByRole('cell', { name: '常州市武进区储能产业园' }).waitFor();

        await page.getByRole('menuitem', { name: '数据看板' }).click();
        await page.waitForURL((url) => url.pathname === '/dashboard');
        await visits.getByText('1', { exact: true }).waitFor();
        await visits.click();
        await page.getByRole('cell', { name: '常州市武进区储能产业园' }).waitFor();
      }),
    TEST_TIMEOUT,
  );
});
