import { afterAll, afterEach, beforeAll, expect } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import { startTestApp, type TestApp, type TestAppOptions } from './app-harness.js';
import { launchBrowser, newContext } from './browser.js';

/** Actions and fixtures the browser specs share, so each spec reads as its user's story. */

export const TEST_TIMEOUT = 60_000;

/** The two widths issue 16 asks every user story to work at: a phone and a laptop. */
export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1440, height: 900 };

/** The element lies within the viewport's width (not cut off or pushed off screen). */
export async function fits(element: Locator, width: number): Promise<void> {
  await element.waitFor();
  const box = await element.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
}

let sequence = 0;

/** A short tag no other test (or run) uses, to tell this test's demands and organizations apart. */
export function uniqueTag(): string {
  sequence += 1;
  return `${Date.now().toString(36)}${sequence}`;
}

/** Antd keeps closing popups in the DOM for their animation: only the visible one counts. */
export function visiblePopup(page: Page, className: string): Locator {
  return page.locator(`.${className}:not(.${className}-hidden)`).last();
}

/** Antd zooms modals and popovers open: a click while one still moves can land beside its target. */
export async function motionSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[class*="ant-zoom-"]'));
}

/** Waits for the answer to an API call (`METHOD /api/v1…path`) the page is about to make. */
export function apiResponse(page: Page, method: string, path: string | RegExp): Promise<Response> {
  return page.waitForResponse((response) => {
    if (response.request().method() !== method) return false;
    const { pathname } = new URL(response.url());
    return typeof path === 'string' ? pathname === `/api/v1${path}` : path.test(pathname);
  });
}

/**
 * Signs a fresh browser context in the way a user does, through the login form: the access token
 * lives in the app's memory and the refresh cookie is httpOnly, so there is nothing to inject.
 */
export async function signInThroughForm(page: Page, email: string, password: string, redirect = '/') {
  await page.goto(`/login?redirect=${encodeURIComponent(redirect)}`);
  await page.getByLabel('邮箱', { exact: true }).fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname === redirect);
}

/**
 * Opens the region Cascader (labelled 所在地区 unless told) and takes the first entry at each level down to
 * a leaf. On a page Escape then closes the dropdown; `inDialog` looks for the field in the open dialog and
 * leaves the Escape out, since it would close the dialog.
 */
export async function chooseFirstRegion(page: Page, { label = '所在地区', inDialog = false } = {}) {
  await (inDialog ? page.getByRole('dialog') : page).getByLabel(label, { exact: true }).click();
  const dropdown = visiblePopup(page, 'ant-cascader-dropdown');
  for (let level = 0; level < 5; level += 1) {
    const item = dropdown.locator('.ant-cascader-menu').nth(level).locator('.ant-cascader-menu-item').first();
    await item.waitFor({ state: 'visible' });
    const hasChildren = ((await item.getAttribute('class')) ?? '').includes('ant-cascader-menu-item-expand');
    await item.click();
    if (!hasChildren) break;
    // A click that lands while the dropdown is still animating open can be lost: click once more if the
    // next column has not appeared.
    const next = dropdown
      .locator('.ant-cascader-menu')
      .nth(level + 1)
      .locator('.ant-cascader-menu-item')
      .first();
    await next.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => item.click());
  }
  if (!inDialog) await page.keyboard.press('Escape');
}

export interface BrowserSession {
  /** The app of this file (started in beforeAll). */
  readonly app: TestApp;
  /** A page in a brand-new browser profile (no session, no saved language), closed after the test. */
  openPage(): Promise<Page>;
  /** Every page the running test opened, for screenshots on failure. */
  pages(): Page[];
}

/**
 * One app and one Chromium per file; every test gets fresh browser contexts, closed after it.
 * `browserArgs`: Chromium flags the file needs besides the usual ones.
 */
export function useBrowserSession(
  options: TestAppOptions = {},
  browserArgs: readonly string[] = [],
): BrowserSession {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  /** What Chromium refused under the Content-Security-Policy: the app must run without a single one. */
  let violations: string[] = [];

  beforeAll(async () => {
    app = await startTestApp(options);
    browser = await launchBrowser(browserArgs);
  }, 120_000);

  afterEach(async () => {
    const opened = contexts;
    contexts = [];
    await Promise.all(opened.map((context) => context.close()));
    const refused = violations;
    violations = [];
    expect(refused).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  }, 60_000);

  return {
    get app() {
      if (!app) throw new Error('the browser session has not started');
      return app;
    },
    async openPage() {
      const context = await newContext(browser!, { baseURL: app!.baseUrl });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      return page;
    },
    pages: () => contexts.flatMap((context) => context.pages()),
  };
}
