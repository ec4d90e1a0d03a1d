import { expect, test } from '@playwright/test';
import config from '../../playwright.config';

// Chromium with WebGL switched off: MapLibre cannot start, and the page must not be blank.
const args = (config.use?.launchOptions?.args ?? []).filter(
  (a) => !a.includes('swiftshader') && a !== '--ignore-gpu-blocklist',
);
test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [...args, '--disable-webgl', '--disable-3d-apis', '--disable-gpu'],
  },
});

test('without WebGL the page shows a static SVG map and all the tables', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const svg = page.locator('svg.svg-map');
  await expect(svg).toBeVisible();
  await expect(page.locator('.fallback-note')).toContainText('could not draw the interactive map');
  expect(await svg.locator('circle[data-place]').count()).toBe(7);
  expect(await svg.locator('path').count()).toBeGreaterThan(20);
  await expect(svg.locator('text')).toContainText(['Pyongyang']);
  await expect(page.locator('.ledger-table')).toBeVisible();
  await page.getByRole('button', { name: 'Journey', exact: true }).click();
  await expect(page.locator('.legs-table')).toBeVisible();
  await expect(page.locator('.timeline-table')).toBeVisible();
  await page.screenshot({ path: 'test-results/no-webgl.png' });
  expect(errors).toEqual([]);
});

test('without WebGL the static map’s train follows the replay’s slider', async ({ page }) => {
  await page.goto('/');
  const train = page.locator('svg.svg-map .svg-train');
  await expect(train).toHaveAttribute('visibility', 'visible');
  const at = async () => [await train.getAttribute('cx'), await train.getAttribute('cy')];
  const start = await at();
  await page.locator('#clock-time').focus();
  await page.keyboard.press('End');
  await expect.poll(at).not.toEqual(start);
  const end = await at();
  await page.keyboard.press('Home');
  await expect.poll(at).toEqual(start);
  expect(end).not.toEqual(start);
});
