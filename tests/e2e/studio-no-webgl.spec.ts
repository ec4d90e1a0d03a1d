import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import config from '../../playwright.config';

/**
 * The studio without WebGL, driven by the keyboard alone: the static map stands in, the stops
 * are put in order with their buttons, a place moves by its latitude, and Undo steps back.
 */
const args = (config.use?.launchOptions?.args ?? []).filter(
  (a) => !a.includes('swiftshader') && a !== '--ignore-gpu-blocklist',
);
test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [...args, '--disable-webgl', '--disable-3d-apis', '--disable-gpu'],
  },
});

const ARTICLE = readFileSync('tests/fixtures/studio/andalusia-sleeper.txt', 'utf8');
const stops = (page: Page) =>
  page.locator('ol.stops > li').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-place')));
/** Tabs until `name` has the focus (at most 400 presses). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 400; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`no focus reached ${selector}`);
}

test('without WebGL, by keyboard: draft, reorder, move, undo', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/studio/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await tabTo(page, '#article');
  await page.keyboard.insertText(ARTICLE);
  await tabTo(page, '#draft');
  await page.keyboard.press('Enter');
  await expect(page.locator('#status')).toContainText('Drafted 3 places', { timeout: 90_000 });
  await expect(page.locator('#studio-map svg.svg-map')).toBeVisible();
  await expect(page.locator('#studio-map .fallback-note')).toContainText('no WebGL2');
  expect(await stops(page)).toEqual(['madrid', 'cordoba', 'seville']);

  await tabTo(page, 'button[aria-label="Move Córdoba later"]');
  await page.keyboard.press('Enter');
  await expect.poll(() => stops(page)).toEqual(['madrid', 'seville', 'cordoba']);

  await tabTo(page, 'input[id="latitude-madrid"]');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('40.5');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Latitude of Madrid')).toHaveValue('40.5');
  await expect(page.locator('#review')).toContainText('Moved Madrid');
  // Drawn anew, the lists give the focus back to where it was: the next field.
  await expect(page.locator('#longitude-madrid')).toBeFocused();

  await tabTo(page, '#undo');
  await page.keyboard.press('Enter');
  await expect(page.locator('#review')).not.toContainText('Moved Madrid');
  expect(await stops(page)).toEqual(['madrid', 'seville', 'cordoba']);
});
