import { expect, test } from '@playwright/test';
import { readByName } from '../default-story';
import { rendered, waitForIdle } from './driver';

const places = readByName('places.geojson');

test('a broken place is named (file, feature, field) and the rest of the map still shows', async ({
  page,
}) => {
  const broken = structuredClone(places);
  broken.features[1].properties.kind = 'volcano';
  await page.route(/places-[^/]*\.geojson$/, (route) => route.fulfill({ json: broken }));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await waitForIdle(page);
  const notice = page.locator('.notice');
  await expect(notice).toContainText('places.geojson');
  await expect(notice).toContainText('feature 1 ("tumangang")');
  await expect(notice).toContainText('field "properties.kind"');
  const ids = await rendered(page, ['place-circles'], 'id');
  expect(ids).toHaveLength(places.features.length - 1);
  expect(ids).not.toContain('tumangang');
  expect(errors).toEqual([]);
});

test('a places file that is not JSON gives a readable message, not a blank map', async ({
  page,
}) => {
  await page.route(/places-[^/]*\.geojson$/, (route) =>
    route.fulfill({ body: '<html>oops', contentType: 'text/html' }),
  );
  await page.goto('/');
  await waitForIdle(page);
  await expect(page.locator('.notice')).toContainText(
    'Some map data could not be loaded (places.geojson)',
  );
  await expect(page.locator('.notice')).toContainText('is not valid JSON');
  expect((await rendered(page, ['land'], 'name')).length).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/broken-places.png' });
});
