import { expect, test } from '@playwright/test';
import { openMap, rendered, waitForIdle } from './driver';

test('an embedded map panned by hand keeps embed=1 in the address', async ({ page }) => {
  await openMap(page, '?embed=1');
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 120, y - 60, { steps: 8 });
  await page.mouse.up();
  await waitForIdle(page);
  await expect.poll(() => page.url()).toContain('view=');
  expect(new URL(page.url()).searchParams.get('embed')).toBe('1');
});

test('a dated place with no time zone, served to the page: the claim is named and left out, the rest shows', async ({
  page,
}) => {
  await page.route(/story-[^/]*\.json$/, async (route) => {
    const manifest = await (await route.fetch()).json();
    delete manifest.timeZones.ussuriysk;
    await route.fulfill({ json: manifest });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openMap(page);
  await expect(page.getByText('The map could not start')).toHaveCount(0);
  const notice = page.locator('.notice');
  await expect(notice).toContainText('feature 9 ("ft-seen-ussuriysk")');
  await expect(notice).toContainText('the claim is left out');
  expect((await rendered(page, ['place-circles'], 'id')).length).toBeGreaterThan(3);
  await expect(page.locator('.ledger')).toContainText('about 98km');
  expect(errors).toEqual([]);
});
