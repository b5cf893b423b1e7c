/**
 * Headless Chromium for browser specs: Debian's /usr/bin/chromium (or $CHROMIUM_PATH) driven by
 * playwright-core. The flags keep Chromium off the network it cannot reach from the test machines.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `extraArgs`: a spec's own flags, e.g. a fake camera (test/support/fake-camera.ts). */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
  });
}

/** A fresh profile (own cookies and localStorage), Chinese locale, desktop viewport. */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
    ...options,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  return context;
}

const artifactsDir = path.resolve('test-results', 'browser');

/** Saves a full-page screenshot under test-results/browser/ (ignored by git); never throws. */
export async function screenshot(page: Page, name: string): Promise<string | null> {
  try {
    await mkdir(artifactsDir, { recursive: true });
    const file = path.join(artifactsDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  } catch {
    return null;
  }
}

/** Runs a step; when it fails, keeps a screenshot of each given page for the post-mortem. */
export async function withScreenshots<T>(
  name: string,
  pages: () => Page[],
  step: () => Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    await Promise.all(pages().map((page, i) => screenshot(page, `${name}-${i}`)));
    throw error;
  }
}
