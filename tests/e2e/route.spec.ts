import { expect, test } from '@playwright/test';
import { length } from '@turf/turf';
import type { RailLeg, Stretch } from '../../src/data/schema';
import { formatKm } from '../../src/journey/format';
import { RailNetwork } from '../../src/journey/rail';
import { readByName } from '../default-story';
import { openMap, rendered, waitForIdle } from './driver';

const read = (f: string) => readByName(f);
const legs: RailLeg[] = read('rail.geojson').features;
const net = new RailNetwork(legs, read('published.json').stretches as Stretch[]);

test('the route is drawn, surveyed and approximate styles both, and can be hidden and shown', async ({
  page,
}) => {
  await openMap(page);
  // Each style draws only its own legs, and at the first view every leg longer than 5 km is
  // drawn (the shortest, 1 to 3 km, may fall below a pixel).
  const ids = (accuracy: string, minKm = 0) =>
    legs
      .filter(
        (l) => l.properties.onRoute && l.properties.accuracy === accuracy && length(l) > minKm,
      )
      .map((l) => l.properties.id);
  for (const accuracy of ['surveyed', 'approximate']) {
    const drawn = await rendered(page, [`rail-${accuracy}`], 'id');
    expect(ids(accuracy)).toEqual(expect.arrayContaining(drawn));
    expect(drawn).toEqual(expect.arrayContaining(ids(accuracy, 5)));
  }
  const surveyed = await rendered(page, ['rail-surveyed'], 'id');
  expect(await rendered(page, ['rail-off-route'], 'id')).toContain(
    'baranovsky-junction--vladivostok',
  );

  await page.getByRole('button', { name: 'Journey', exact: true }).click();
  const toggle = page.getByRole('button', { name: 'Rail route shown' });
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Rail route hidden' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await waitForIdle(page);
  expect(
    await rendered(page, ['rail-surveyed', 'rail-approximate', 'rail-off-route'], 'id'),
  ).toEqual([]);
  await page.getByRole('button', { name: 'Rail route hidden' }).click();
  await waitForIdle(page);
  expect((await rendered(page, ['rail-surveyed'], 'id')).length).toBe(surveyed.length);
});

test('approximate stretches show the railway’s published figure beside the measured one', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Journey', exact: true }).click();
  const row = page.locator('tr[data-route-leg="pyongyang--rajin"]');
  const r = net.distance('pyongyang', 'rajin');
  expect(r.accuracy).toBe('approximate');
  await expect(row.locator('td').nth(0)).toContainText(formatKm(r.km));
  await expect(row.locator('td').nth(0)).toContainText('approx.');
  await expect(row.locator('td').nth(1)).toContainText(formatKm(r.published?.km ?? 0));
  // The conflicting figure for Rajin is shown too, not hidden.
  for (const c of r.published?.pieces[0]?.conflicts ?? [])
    await expect(row.locator('td').nth(1)).toContainText(formatKm(c.km));
  await expect(page.locator('.notes')).toContainText('Japanese Wikipedia');
  // A surveyed stretch without a published figure says so.
  await expect(page.locator('tr[data-route-leg="ussuriysk--khabarovsk"] td').nth(1)).toHaveText(
    '—',
  );
});

test('stations along the route are labelled at higher zoom', async ({ page }) => {
  await openMap(page);
  await page.evaluate(() => window.kimTrainMap?.map?.jumpTo({ center: [131.9, 43.5], zoom: 8 }));
  await waitForIdle(page);
  expect(await rendered(page, ['station-labels'], 'name')).toContain('Baranovsky');
  await page.evaluate(() =>
    window.kimTrainMap?.map?.jumpTo({ center: [131.93, 43.643], zoom: 12 }),
  );
  await waitForIdle(page);
  expect(await rendered(page, ['rail-surveyed'], 'id')).toContain(
    'baranovsky-junction--baranovsky',
  );
  await page.screenshot({ path: 'test-results/route-zoom8.png' });
});
