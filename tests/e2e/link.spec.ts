import { expect, test } from '@playwright/test';
import { openMap, openSettings, waitForIdle } from './driver';

test('a link with state opens with that state', async ({ page }) => {
  await openMap(
    page,
    '?place=ussuriysk&mode=computed&speed=59&units=mi&view=131.9,43.5,7.25&tab=places&theme=dark',
  );
  await expect(page.getByRole('button', { name: 'Computed' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: /FT$/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'miles' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Places', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('section.details h2')).toHaveText('Ussuriysk');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const camera = await page.evaluate(() => {
    const m = window.kimTrainMap?.map;
    return m ? { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() } : null;
  });
  expect(camera?.lon).toBeCloseTo(131.9, 4);
  expect(camera?.lat).toBeCloseTo(43.5, 4);
  expect(camera?.zoom).toBeCloseTo(7.25, 4);
  const sea = await page.evaluate(() =>
    window.kimTrainMap?.map?.getPaintProperty('background', 'background-color'),
  );
  expect(sea).not.toBe('#dce6ec');
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('the URL follows the reader: moving the map writes the camera, and the link reproduces it', async ({
  page,
  context,
}) => {
  await openMap(page);
  await page.evaluate(() => window.kimTrainMap?.map?.jumpTo({ center: [130.5, 42.6], zoom: 9 }));
  await waitForIdle(page);
  await openSettings(page);
  await page.getByRole('button', { name: 'Computed' }).click();
  const url = page.url();
  expect(url).toContain('view=130.5,42.6,9');
  expect(url).toContain('mode=computed');
  const other = await context.newPage();
  await openMap(other, url.slice(url.indexOf('?')));
  const zoom = await other.evaluate(() => window.kimTrainMap?.map?.getZoom());
  expect(zoom).toBeCloseTo(9, 4);
  await expect(other.getByRole('button', { name: 'Computed' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a link with garbage in every parameter opens the default view, with the notice and no page error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const garbage = [
    'place=%00%3Cimg%20src%3Dx%3E',
    'mode=%E2%80%AE',
    'speed=NaN',
    'units=%F0%9F%9A%82',
    'view=1,2',
    'panel=%22',
    'tab=..%2F',
    'theme=0',
    'bg=%3Cb%3E',
    'embed=2',
    'title=%FF',
  ];
  await openMap(page, `?${garbage.join('&')}`);
  const notice = page.locator('.notice').filter({ hasText: 'link was not understood' });
  await expect(notice).toBeVisible();
  for (const p of [
    'place',
    'mode',
    'speed',
    'units',
    'view',
    'panel',
    'tab',
    'theme',
    'bg',
    'embed',
    'title',
  ]) {
    await expect(notice).toContainText(`"${p}"`);
  }
  await openSettings(page);
  await expect(page.getByRole('button', { name: 'Reported', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: 'km', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the Embed button gives the snippet for the current view', async ({ page }) => {
  await openMap(page, '?mode=computed&units=mi');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await expect(dialog).toBeVisible();
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toMatch(
    /<iframe data-kim-train-map src="[^"]*\?embed=1[^"]*mode=computed[^"]*units=mi[^"]*"/,
  );
  expect(code).toContain('title="Kim Jong Un’s train to Russia, September 2023"');
  expect(code).toContain('width="100%"');
  expect(code).toContain('loading="lazy"');
  expect(code).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();
});

test('theme: follows the system when auto, and can be forced light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openMap(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: 'test-results/dark-1280x800.png' });
  await openMap(page, '?theme=light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await openMap(page, '?embed=1&bg=transparent');
  await expect(page.locator('html')).toHaveAttribute('data-background', 'transparent');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgba(0, 0, 0, 0)');
});
