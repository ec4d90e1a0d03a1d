import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { Claim } from '../../src/data/claims-schema';
import type { Place, RailLeg, Stretch } from '../../src/data/schema';
import { journeyBase, journeyView } from '../../src/journey/derive';
import { RailNetwork } from '../../src/journey/rail';
import { formatDuration } from '../../src/journey/travel-time';
import { openMap, rendered, waitForIdle } from './driver';

const read = (f: string) => JSON.parse(readFileSync(`geo/${f}`, 'utf8'));
const places: Place[] = read('places.geojson').features;
const stations = read('stations.geojson').features as Place[];
const net = new RailNetwork(
  read('rail.geojson').features as RailLeg[],
  read('published.json').stretches as Stretch[],
);
const claims = read('claims.json').claims as Claim[];
const position = (id: string) =>
  [...places, ...stations].find((p) => p.properties.id === id)?.geometry.coordinates;

/** The expected times, computed with the same journey functions, for the stops the page lists. */
async function expected(page: Page) {
  const legs = await page
    .locator('.legs-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.leg ?? ''));
  const stops = [legs[0]?.split('--')[0] ?? '', ...legs.map((l) => l.split('--')[1] ?? '')];
  const inputs = { net, claims, stops, origin: stops[0] ?? '', position };
  const base = journeyBase(inputs);
  return (kmh: number) => journeyView(inputs, base, kmh).legHours.map(formatDuration);
}

const claimLabels = async (page: Page) => (await rendered(page, ['claim-labels'], 'label')).sort();

test('Reported | Computed changes the labels on the map and in the panel, and is announced', async ({
  page,
}) => {
  await openMap(page);
  const reported = await claimLabels(page);
  expect(reported.join(' ')).toContain('98 km (Live page)');
  expect(reported.join(' ')).toContain('60 km (FT)');
  await expect(page.locator('.key-figures h2')).toHaveText('What the articles report');
  await page.getByRole('button', { name: 'Computed' }).click();
  await expect(page.getByRole('button', { name: 'Computed' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('.key-figures h2')).toHaveText('What this map computes');
  await expect(page.locator('.key-figures')).toContainText('straight');
  await expect.poll(async () => (await claimLabels(page)).join(' ')).toContain('straight');
  const computed = await claimLabels(page);
  expect(computed).not.toEqual(reported);
  expect(computed.join(' ')).not.toContain('(FT)');
  await expect(page.locator('.announcer')).toHaveText('Showing the figures this map computes');
  expect(page.url()).toContain('mode=computed');
  await page.screenshot({ path: 'test-results/computed-1280x800.png' });
});

test('changing the speed updates every travel time', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Journey' }).click();
  const times = () => page.locator('.legs-table tbody td:nth-child(4)').allTextContents();
  const at = await expected(page);
  expect(await times()).toEqual(at(50));
  await page.getByRole('button', { name: /^59 km\/h/ }).click();
  await expect.poll(times).toEqual(at(59));
  // Every time differs from the 50 km/h one.
  const before = at(50);
  const now = await times();
  for (const [i, t] of now.entries()) expect(t).not.toBe(before[i]);
  // A custom speed, typed in.
  await page.locator('#speed-custom').fill('25');
  await page.locator('#speed-custom').press('Enter');
  await expect.poll(times).toEqual(at(25));
  expect(page.url()).toContain('speed=25');
  // At 25 km/h the Ussuriysk → Vostochny stretch no longer fits before Wednesday.
  await page.getByRole('button', { name: 'Claims' }).click();
  await expect(page.locator('tr[data-claim="ft-vostochny-wednesday"]')).toHaveAttribute(
    'data-verdict',
    'does not hold',
  );
});

test('km | miles switches every figure at once', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'miles' }).click();
  await expect.poll(async () => (await claimLabels(page)).join(' ')).toContain('61 mi (Live page)');
  for (const section of ['Claims', 'Journey']) {
    await page.getByRole('button', { name: section, exact: true }).click();
    const cells = await page
      .locator('#panel td, #panel .kf-label, #panel .claim-explain')
      .allTextContents();
    expect(cells.length).toBeGreaterThan(10);
    // A figure the article printed only in km keeps it, with the conversion beside it: “60 km (≈ 37 mi)”.
    for (const c of cells)
      expect(c, `${section}: "${c}"`).not.toMatch(/\d\s?km(\/h)?(?![/\w])(?! \(≈)/);
  }
  await expect(page.locator('.announcer')).toHaveText('Units: miles');
  // The FT gives no miles: its 60 km is shown converted, and says so.
  await page.getByRole('button', { name: 'Claims', exact: true }).click();
  await expect(
    page.locator('tr[data-claim="ft-ussuriysk-vladivostok-distance"] .col-reported'),
  ).toContainText('60 km (≈ 37 mi)');
});

test('the ledger has every claim, with quote, source, reported, computed and verdict', async ({
  page,
}) => {
  await openMap(page);
  const rows = page.locator('.ledger-table tbody tr');
  await expect(rows).toHaveCount(claims.length);
  const r98 = page.locator('tr[data-claim="live-ussuriysk-vladivostok-distance"]');
  await expect(r98).toContainText('Live page');
  await expect(r98).toContainText('matches neither the straight line nor the rail distance');
  await expect(page.locator('tr[data-claim="ft-vostochny-ussuriysk-direction"]')).toContainText(
    'north-north-west',
  );
  await expect(page.locator('.thresholds')).toContainText('10%');
});

for (const [w, hgt] of [
  [360, 640],
  [1280, 800],
] as const) {
  test(`panel screenshot at ${w}×${hgt}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: hgt });
    await openMap(page);
    await waitForIdle(page);
    await expect(page.locator('.ledger-table')).toBeVisible();
    await page.screenshot({ path: `test-results/panel-${w}x${hgt}.png` });
    await page.locator('#panel').screenshot({ path: `test-results/panel-only-${w}x${hgt}.png` });
  });
}
