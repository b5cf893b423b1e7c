/**
 * Onboarding in the real web app (dist/web) against the real API, worker and SMTP mailbox: sign up,
 * create an organization, invite a colleague by email, the colleague signs up through the emailed
 * link and joins; the credit-code check of the organization form; the switch to English.
 *
 * One app and one Chromium serve the whole file, but every test opens its own browser contexts (fresh
 * cookies and localStorage), uses its own people and organizations, and sets up whatever it needs
 * before it through the public HTTP API: the tests run in any order, alone or together.
 */
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import {
  chooseFirstRegion,
  signInThroughForm,
  TEST_TIMEOUT,
  uniqueTag,
  useBrowserSession,
  visiblePopup,
} from '../support/browser-actions.js';
import { CONSENT_VERSION } from '#identity';
import { withScreenshots } from '../support/browser.js';
import { testCreditCode } from '../support/credit-codes.js';
import { createOrganization, DEFAULT_PASSWORD, signUp, signUpUnverified } from '../support/http.js';

const CREDIT_CODE_CHECK_ERROR = '统一社会信用代码校验位不正确，请核对';

/** A person no other test uses (emails are unique across tests and runs). */
function newPerson(role: string, name: string, password: string) {
  return { name, email: `${role}-${uniqueTag()}@example.com`, password };
}

/** An invalid credit code: `valid` with its check character replaced by a different one. */
function withWrongCheckCharacter(valid: string): string {
  const last = valid.slice(-1);
  return valid.slice(0, -1) + (last === '0' ? '1' : '0');
}

async function fillRegistration(page: Page, person: { name: string; email?: string; password: string }) {
  await page.getByLabel('姓名', { exact: true }).fill(person.name);
  if (person.email) await page.getByLabel('邮箱', { exact: true }).fill(person.email);
  await page.getByLabel('密码', { exact: true }).fill(person.password);
  await page.getByLabel('确认密码', { exact: true }).fill(person.password);
  await page.getByTestId('register-consent').check();
  await page.getByTestId('register-submit').click();
}

/** Picks the organization type 企业 in the create-organization form. */
async function chooseEnterpriseType(page: Page) {
  await page.getByLabel('机构类型', { exact: true }).click();
  await visiblePopup(page, 'ant-select-dropdown').locator('.ant-select-item-option[title="企业"]').click();
}

/** The link of the email whose path starts with `prefix`, reduced to path + query for this test server. */
function linkPath(mail: { text: string; html: string }, prefix: string): string {
  const source = `${mail.text}\n${mail.html.replace(/&amp;/g, '&')}`;
  const match = source.match(new RegExp(`(?:https?://[^\\s"'<>]+)?${prefix}[^\\s"'<>\\u0080-\\uffff]*`));
  if (!match) throw new Error(`no ${prefix} link in the email:\n${mail.text}`);
  const url = new URL(match[0], 'http://placeholder.invalid');
  return `${url.pathname}${url.search}`;
}

const invitationPath = (mail: { text: string; html: string }) => linkPath(mail, '/invitations/');

describe('onboarding in the browser (zh-CN)', () => {
  const session = useBrowserSession();
  const { openPage, pages } = session;

  it(
    'takes a new user from sign-up to a team: organization created, colleague invited by email and joined',
    async () => {
      const owner = newPerson('owner', '张伟', 'Owner-passphrase-2024!');
      const colleague = newPerson('colleague', '李娜', 'Colleague-passphrase-2024!');
      const organizationName = `对接测试科技有限公司 ${owner.email.split('@')[0]}`;
      const step = <T>(name: string, body: () => Promise<T>) =>
        withScreenshots(`journey-${name}`, pages, body);

      const ownerPage = await openPage();
      const colleaguePage = await openPage();

      // Step 1: the owner signs up (the app speaks Chinese by default), is asked to confirm the address,
      // follows the emailed link and lands on the home page, which asks for an organization.
      await step('01-register', async () => {
        await ownerPage.goto('/register');
        expect(await ownerPage.locator('html').getAttribute('lang')).toBe('zh-CN');
        await ownerPage.getByText('密码至少 12 个字符').waitFor();
        await fillRegistration(ownerPage, owner);

        await ownerPage.waitForURL((url) => url.pathname === '/verify-email');
        await ownerPage.getByText(`我们已向 ${owner.email} 发送了确认链接`).waitFor();
        const mail = await session.app.mailbox.waitFor(owner.email, '确认');
        await ownerPage.goto(linkPath(mail, '/verify-email'));
        await ownerPage.getByText('邮箱已确认，欢迎使用对接！').waitFor();
        await ownerPage.getByRole('button', { name: /继\s*续/ }).click();

        // The guided step after registering: create an organization or learn how to join one.
        await ownerPage.waitForURL((url) => url.pathname === '/welcome');
        await ownerPage.getByTestId('onboarding').getByText('加入已有机构').waitFor();
        const [consent] = await session.app.dataSource.query<{ consent_version: string | null }[]>(
          'SELECT consent_version FROM users WHERE email = $1',
          [owner.email],
        );
        expect(consent?.consent_version).toBe(CONSENT_VERSION);
      });

      // Step 2: the owner creates an organization and becomes its owner.
      await step('02-create-org', async () => {
        await ownerPage.getByTestId('create-org-cta').click();
        await ownerPage.waitForURL((url) => url.pathname === '/organizations/new');

        await ownerPage.getByLabel('机构名称', { exact: true }).fill(organizationName);
        await chooseEnterpriseType(ownerPage);
        await ownerPage.getByLabel('统一社会信用代码', { exact: true }).fill(testCreditCode());
        await chooseFirstRegion(ownerPage);
        await ownerPage.getByLabel('机构简介', { exact: true }).fill('专注工业软件与智能制造的技术转移。');

        await ownerPage.getByTestId('create-org-submit').click();
        // What verification means comes first, then the way on to the members.
        await ownerPage.getByTestId('verification-explained').getByText('1–2 个工作日').waitFor();
        await ownerPage.getByTestId('verification-members').click();
        await ownerPage.waitForURL((url) => url.pathname === '/organization/members');

        await ownerPage.getByTestId('org-switcher').getByText(organizationName).waitFor();
        await ownerPage.getByTestId('members-table').getByText(owner.email).waitFor();
        await ownerPage.getByTestId('members-table').getByText('所有者').waitFor();
      });

      // Step 3: the owner invites the colleague; the invitation is listed as pending and the
      // colleague receives an email with the invitation link.
      const invitationLink = await step('03-invite', async () => {
        await ownerPage.getByLabel('邮箱', { exact: true }).fill(colleague.email);
        const invited = ownerPage.waitForResponse(
          (response) => response.url().includes('/invitations') && response.request().method() === 'POST',
        );
        await ownerPage.getByTestId('invite-submit').click();
        expect((await invited).status()).toBe(201);

        await ownerPage.getByTestId('pending-invitations').getByText(colleague.email).waitFor();

        const mail = await session.app.mailbox.waitFor(colleague.email, '邀请您加入');
        expect(mail.to).toContain(colleague.email);
        const link = invitationPath(mail);
        expect(link).toMatch(/^\/invitations\/[^/?]+\?.*token=/);
        return link;
      });

      // Step 4: the colleague opens the link in another browser, signs up from it (the email is
      // prefilled), comes back to the invitation and accepts it.
      await step('04-accept', async () => {
        await colleaguePage.goto(invitationLink);
        await colleaguePage.getByTestId('invitation-organization').getByText(organizationName).waitFor();
        await colleaguePage.getByText(colleague.email).waitFor();

        await colleaguePage.getByTestId('invitation-register').click();
        await colleaguePage.waitForURL((url) => url.pathname === '/register');
        expect(await colleaguePage.getByLabel('邮箱', { exact: true }).inputValue()).toBe(colleague.email);
        await fillRegistration(colleaguePage, { name: colleague.name, password: colleague.password });

        await colleaguePage.waitForURL((url) => url.pathname.startsWith('/invitations/'));
        await colleaguePage.getByTestId('accept-invitation').click();
        await colleaguePage.waitForURL((url) => url.pathname === '/');
        await colleaguePage.getByTestId('current-org-card').getByText(organizationName).waitFor();
        await colleaguePage.getByTestId('current-org-card').getByText('待审核').waitFor();
      });

      // Step 5: the owner sees the colleague among the members and no invitation left pending.
      await step('05-members', async () => {
        await ownerPage.reload();
        const members = ownerPage.getByTestId('members-table');
        await members.getByText(colleague.email).waitFor();
        await members.getByText(colleague.name).waitFor();
        await ownerPage.getByTestId('pending-invitations').getByText('暂无待接受的邀请').waitFor();
      });
    },
    TEST_TIMEOUT,
  );

  it(
    'checks the unified social credit code in the browser and upper-cases it',
    () =>
      withScreenshots('credit-code', pages, async () => {
        const user = await signUp(session.app);
        const validCode = testCreditCode();
        const page = await openPage();
        const creations: string[] = [];
        page.on('request', (request) => {
          if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/organizations'))
            creations.push(request.url());
        });

        await signInThroughForm(page, user.email, DEFAULT_PASSWORD, '/organizations/new');
        await page.getByLabel('机构名称', { exact: true }).fill(`信用代码校验机构 ${user.id}`);
        await chooseEnterpriseType(page);
        await chooseFirstRegion(page);

        // A wrong check character is refused on leaving the field, and blocks the submission.
        const creditCode = page.getByLabel('统一社会信用代码', { exact: true });
        await creditCode.fill(withWrongCheckCharacter(validCode));
        await creditCode.blur();
        await page.getByText(CREDIT_CODE_CHECK_ERROR).waitFor();
        await page.getByTestId('create-org-submit').click();
        await page.getByText(CREDIT_CODE_CHECK_ERROR).waitFor();
        expect(new URL(page.url()).pathname).toBe('/organizations/new');
        expect(creations).toEqual([]);

        // A valid code typed in lower case is accepted and normalised to upper case.
        await creditCode.fill(validCode.toLowerCase());
        await page.getByText(CREDIT_CODE_CHECK_ERROR).waitFor({ state: 'detached' });
        expect(await creditCode.inputValue()).toBe(validCode);
      }),
    TEST_TIMEOUT,
  );

  it(
    'lets an account that has not confirmed its address browse public pages without refused calls',
    () =>
      withScreenshots('unconfirmed-header', pages, async () => {
        const user = await signUpUnverified(session.app);
        const page = await openPage();
        const refused: string[] = [];
        page.on('response', (response) => {
          if (response.status() === 403) refused.push(new URL(response.url()).pathname);
        });
        await signInThroughForm(page, user.email, DEFAULT_PASSWORD, '/demands');
        await page.getByTestId('user-menu').waitFor();
        await page.waitForLoadState('networkidle');
        expect(refused).toEqual([]);
      }),
    TEST_TIMEOUT,
  );

  it(
    'switches the interface to English and remembers the choice after a reload',
    () =>
      withScreenshots('language', pages, async () => {
        const owner = await signUp(session.app);
        await createOrganization(session.app, owner);
        const page = await openPage();

        await signInThroughForm(page, owner.email, DEFAULT_PASSWORD, '/organization/members');
        await page.getByRole('button', { name: '发送邀请' }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

        await page.getByTestId('lang-switch').click();
        await page.getByRole('button', { name: 'Send invitation' }).waitFor();
        await page.getByText('Pending invitations', { exact: true }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');

        await page.reload();
        await page.getByRole('button', { name: 'Send invitation' }).waitFor();
        await page.getByTestId('lang-switch').getByText('中文').waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
      }),
    TEST_TIMEOUT,
  );
});
