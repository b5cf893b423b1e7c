/**
 * Societies (学会) and their experts in the real web app: a society's admin adds a service station (服务站)
 * on the society's page and an expert through the form; once a moderator has published the expert, a
 * visitor sees the station and the expert on the society's page and the expert on the expert list. An
 * expert claims their profile from the emailed link and may then edit it.
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
import { cardTitled, chooseTechField } from '../support/browser-forms.js';
import { moderatorOf, party, signedInPage } from '../support/factories.js';
import { signUp } from '../support/http.js';
import request from 'supertest';

describe('societies and experts in the browser', () => {
  const session = useBrowserSession();
  const { openPage, pages } = session;

  it(
    'lets a society add a station and an expert that visitors then find',
    () =>
      withScreenshots('society', pages, async () => {
        const tag = uniqueTag();
        const stationName = `常州服务站 ${tag}`;
        const expertName = `张建国 ${tag}`;
        const { user: admin, org: society } = await party(session.app, 'society', {
          name: `中国汽车工程学会 ${tag}`,
          verified: true,
        });
        const moderator = await moderatorOf(session.app);

        // The admin adds a 服务站 on the society's page.
        const page = await signedInPage(session, admin, `/societies/${society}`);
        await page.getByTestId('station-add').click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('服务站名称', { exact: true }).fill(stationName);
        await chooseFirstRegion(page, { inDialog: true });
        await dialog.getByLabel('地址', { exact: true }).fill('常州市武进区常武中路 18 号');
        const stationCreated = apiResponse(page, 'POST', `/societies/${society}/stations`);
        await page.getByTestId('station-save').click();
        expect((await stationCreated).status()).toBe(201);
        await page.getByTestId('stations-table').getByText(stationName, { exact: true }).waitFor();

        // 添加专家 from the expert list (only a society sees it), through the form to a draft.
        await page.goto('/experts');
        await page.getByTestId('posting-create').click();
        await page.waitForURL((url) => url.pathname === '/experts/new');
        await page.getByLabel('姓名', { exact: true }).fill(expertName);
        await page.getByLabel('职称', { exact: true }).fill('研究员');
        await page.getByLabel('工作单位', { exact: true }).fill('中国汽车技术研究中心');
        await chooseTechField(page, '人工智能');
        await page.getByRole('checkbox', { name: '咨询', exact: true }).check();
        await chooseFirstRegion(page);
        const created = apiResponse(page, 'POST', '/experts');
        await page.getByTestId('posting-form-submit').click();
        const response = await created;
        expect(response.status()).toBe(201);
        const expertId = ((await response.json()) as { id: string }).id;
        await page.waitForURL((url) => url.pathname === `/experts/${expertId}`);
        await page.getByTestId('posting-status').getByText('草稿', { exact: true }).waitFor();
        const submitted = apiResponse(page, 'POST', `/experts/${expertId}/submit`);
        await page.getByTestId('posting-submit').click();
        expect((await submitted).status()).toBe(200);
        await request(session.app.baseUrl)
          .post(`/api/v1/experts/${expertId}/publish`)
          .auth(moderator.token, { type: 'bearer' })
          .expect(200);

        // A visitor sees the station and the expert on the society's page, and the expert on the list.
        const visitor = await openPage();
        await visitor.goto(`/societies/${society}`);
        await visitor.getByTestId('stations-table').getByText(stationName, { exact: true }).waitFor();
        await cardTitled(visitor, 'posting', expertName).waitFor();
        expect(await visitor.getByTestId('station-add').count()).toBe(0);
        await visitor.goto('/experts');
        const card = cardTitled(visitor, 'posting', expertName);
        await card.getByText('研究员').waitFor();
        await card.getByTestId('expert-availability').waitFor();
      }),
    TEST_TIMEOUT,
  );

  it(
    'lets an expert claim their profile from the emailed link',
    () =>
      withScreenshots('expert-claim', pages, async () => {
        const tag = uniqueTag();
        const { user: admin, org: society } = await party(session.app, 'society', {
          name: `中国电子学会 ${tag}`,
          verified: true,
        });
        const expertUser = await signUp(session.app);
        const created = await request(session.app.baseUrl)
          .post('/api/v1/experts')
          .auth(admin.token, { type: 'bearer' })
          .set('x-organization-id', society)
          .send({
            name: `李华 ${tag}`,
            title: '教授',
            affiliation: '东南大学',
            fields: ['IT-AI'],
            regionCode: '320102',
            serviceModes: ['consulting'],
            email: expertUser.email,
            visibility: 'public',
          })
          .expect(201);
        const expertId = created.body.id as string;

        // The society invites the expert from the profile page.
        const adminPage = await signedInPage(session, admin, `/experts/${expertId}`);
        await adminPage.getByTestId('expert-invite-claim').click();
        await adminPage.getByTestId('claim-invited').getByText(expertUser.email, { exact: false }).waitFor();

        // The expert follows the emailed link, signed in, and claims the profile.
        const mail = await session.app.mailbox.waitFor(expertUser.email, '认领您在');
        const match = /\/experts\/claim\?[^\s"'<>)]+/.exec(mail.text);
        if (!match) throw new Error(`no claim link in the email:\n${mail.text}`);
        const expertPage = await signedInPage(session, expertUser);
        await expertPage.goto(match[0].replace(/&amp;/g, '&'));
        const claimed = apiResponse(expertPage, 'POST', '/experts/claims');
        await expertPage.getByTestId('expert-claim').click();
        expect((await claimed).status()).toBe(200);
        await expertPage.waitForURL((url) => url.pathname === `/experts/${expertId}`);
        await expertPage.getByTestId('expert-claimed-by-me').waitFor();
        await expertPage.getByTestId('posting-edit').waitFor();

        await expertPage.goto('/my/expert-profile');
        await cardTitled(expertPage, 'posting', `李华 ${tag}`).waitFor();
      }),
    TEST_TIMEOUT,
  );
});
