import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { viteBuild } from '../../tools/site/vite-build';
import { rendered, waitForIdle, watchForeignRequests } from './driver';
import { type Served, serveDist } from './servers';

/**
 * A story routed on the world rail network (tests/fixtures/stories/beijing-hanoi, its
 * rail.geojson written by story:route): the page shows its rail figures with the network's
 * accuracy, draws the track as the route, names it in the legend and the credits, and never says
 * "no track data" for a leg the network covers.
 */
const STORY = 'tests/fixtures/stories/beijing-hanoi';
const legs = JSON.parse(readFileSync(`${STORY}/rail.geojson`, 'utf8')).features as {
  properties: { id: string; routed?: unknown };
}[];

let served: Served;
test.beforeAll(() => {
  viteBuild('dist-network', { env: { STORY } });
});
test.beforeEach(async () => {
  served = await serveDist('/', {}, 'dist-network');
});
test.afterEach(async () => {
  await served.close();
});

test('a routed story: rail figures on Natural Earth track, the track drawn and credited, no "no track data"', async ({
  page,
}) => {
  const foreign = watchForeignRequests(page, served.origin);
  await page.goto(`${served.origin}/`);
  await waitForIdle(page);

  // The rail figure, with what it is measured on and how exact that is.
  const row = page.locator('tr[data-claim="gazette-rail"]');
  await expect(row).toContainText(
    /about 2,\d{3} km by rail \(Natural Earth track, usually 1–5% short\)/,
  );

  // Every routed leg is drawn as the route's track (solid), none as a dashed stand-in.
  expect(legs.every((l) => l.properties.routed)).toBe(true);
  const track = await rendered(page, ['rail-surveyed'], 'id');
  expect([...new Set(track)].sort()).toEqual(legs.map((l) => l.properties.id).sort());
  expect(await rendered(page, ['rail-approximate'], 'id')).toEqual([]);

  // The legend says what the line is and where it comes from; the credits name Natural Earth.
  await expect(page.locator('.legend-network')).toContainText('Natural Earth’s 1:10m railroads');
  await expect(page.locator('.legend')).not.toContainText('OpenStreetMap');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');

  // The legs table: a figure for every leg, no "no track data".
  await page.getByRole('button', { name: 'Journey', exact: true }).click();
  await expect(page.locator('.legs-table')).toBeVisible();
  expect(await page.locator('.legs-table tr[data-no-track]').count()).toBe(0);
  await expect(page.locator('body')).not.toContainText('no track data');
  await expect(page.locator('.legs-table')).toContainText(/about 1,2\d\d km/);
  expect(foreign).toEqual([]);
});
