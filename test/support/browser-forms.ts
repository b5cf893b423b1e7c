import type { Locator, Page } from 'playwright-core';
import { visiblePopup } from './browser-actions.js';

/** Form helpers the browser specs share for Ant Design's pop-up pickers. */

/** Ticks one technology field in a form's TreeSelect (labelled 技术领域), found through its search box. */
export async function chooseTechField(page: Page, name: string, label = '技术领域') {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(name);
  const dropdown = visiblePopup(page, 'ant-select-dropdown');
  await dropdown.locator(`.ant-select-tree-node-content-wrapper[title="${name}"]`).click();
  await page.keyboard.press('Escape');
}

/** Picks the option titled `option` in the Select labelled `label`. */
export async function chooseOption(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  const dropdown = visiblePopup(page, 'ant-select-dropdown');
  const item = dropdown.locator(`.ant-select-item-option[title="${option}"]`);
  await item.click();
  // A click that lands while the dropdown is still animating open can be lost, and the open list then covers
  // what the test clicks next: click once more if the dropdown has not closed.
  await dropdown.waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => item.click());
  await dropdown.waitFor({ state: 'hidden' });
}

/** Types `search` into the organization picker labelled `label` and picks the organization named `name`. */
export async function chooseOrganization(page: Page, label: string, search: string, name: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(search);
  const dropdown = visiblePopup(page, 'ant-select-dropdown');
  await dropdown.locator(`.ant-select-item-option[title="${name}"]`).click();
  await dropdown.waitFor({ state: 'hidden' });
}

/** The list card (data-testid `prefix-card`) whose title (`prefix-card-title`) is exactly `title`. */
export function cardTitled(page: Page, prefix: string, title: string): Locator {
  return page.getByTestId(`${prefix}-card`).filter({
    has: page.getByTestId(`${prefix}-card-title`).getByText(title, { exact: true }),
  });
}

/** The open Ant Design dialog titled `title`. */
export function modalTitled(page: Page, title: string): Locator {
  return page.locator('.ant-modal').filter({ has: page.locator('.ant-modal-title', { hasText: title }) });
}
