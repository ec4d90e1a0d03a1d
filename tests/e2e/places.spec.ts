import { expect, test } from '@playwright/test';
import { openMap, waitForIdle } from './driver';

test('keyboard: choose a place from the list, read its names and quotes, Escape returns focus', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Places', exact: true }).click();
  const button = page.getByRole('button', { name: /^Ussuriysk/ });
  await button.focus();
  await page.keyboard.press('Enter');
  const details = page.locator('section.details');
  await expect(details.getByRole('heading', { name: 'Ussuriysk' })).toBeFocused();
  await expect(details).toContainText('Уссурийск');
  await expect(details).toContainText('about 98km (61 miles) north of Vladivostok');
  await expect(details).toContainText('about 60km north of Vladivostok');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await waitForIdle(page);
  expect(page.url()).toContain('place=ussuriysk');
  const zoom = await page.evaluate(() => window.kimTrainMap?.map?.getZoom() ?? 0);
  expect(zoom).toBeGreaterThanOrEqual(8);
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(button).toBeFocused();
  expect(page.url()).not.toContain('place=');
});

test('clicking a marker selects the place', async ({ page }) => {
  await openMap(page);
  const point = await page.evaluate(() => {
    const map = window.kimTrainMap?.map;
    const p = map?.project([128.333932, 51.884395]);
    return p ? { x: p.x, y: p.y } : null;
  });
  expect(point).not.toBeNull();
  await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
  await expect(page.locator('section.details h2')).toHaveText('Vostochny Cosmodrome');
  await expect(page.locator('section.details')).toContainText('Космодром Восточный');
});

test('a link with a place opens with it selected and ringed on the map', async ({ page }) => {
  await openMap(page, '?place=border');
  await expect(page.locator('section.details h2')).toHaveText('Friendship Bridge (border)');
  const ringed = await page.evaluate(() =>
    window.kimTrainMap?.map
      ?.queryRenderedFeatures({ layers: ['place-selected'] })
      .map((f) => f.properties.id),
  );
  expect(ringed).toEqual(['border']);
});

test('a bad place in the link shows a notice naming the parameter, and the default view', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openMap(page, '?place=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.locator('.notice')).toContainText('URL parameter "place"');
  await expect(page.locator('section.details')).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(page.locator('.notice')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('phone: the panel is a bottom sheet that collapses, and the map stays usable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await openMap(page);
  const panel = page.locator('#panel');
  const box = await panel.boundingBox();
  expect(box?.y ?? 0).toBeGreaterThan(300);
  expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(640);
  await page.screenshot({ path: 'test-results/map-360x640.png' });
  // Attribution stays visible above the sheet.
  const attribution = await page.locator('.maplibregl-ctrl-attrib').boundingBox();
  expect((attribution?.y ?? 0) + (attribution?.height ?? 0)).toBeLessThanOrEqual((box?.y ?? 0) + 1);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toBeInViewport();
  const toggle = page.locator('.panel-toggle');
  await expect(toggle).toHaveText('Collapse the panel');
  await page.getByRole('button', { name: 'Places', exact: true }).click();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toHaveText('Open the panel');
  expect(page.url()).toContain('panel=closed');
  await expect(page.locator('.place-list')).toBeHidden();
  await toggle.click();
  await expect(page.locator('.place-list')).toBeVisible();
});
