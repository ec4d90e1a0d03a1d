import { expect, type Page, test } from '@playwright/test';
import { readByName } from '../default-story';
import { openMap, openSettings, rendered, waitForIdle } from './driver';

const claims = readByName('claims.json').claims;

/**
 * The legs' times, worked out by hand (not by the app's code) from the railway's published
 * figures (Pyongyang–Rajin 802, Rajin–Tumangang 49, Tumangang–Khasan 5, Khasan–Ussuriysk 260 km)
 * and, where none is published, the track as measured on the map (653.97, 655.89, 100.78 and
 * 23.71 km, tests/unit/journey/rail-data.test.ts): km / speed, rounded to the minute.
 */
const LEG_TIMES: Record<number, string[]> = {
  50: [
    '16 h 2 min',
    '59 min',
    '6 min',
    '5 h 12 min',
    '13 h 5 min',
    '13 h 7 min',
    '2 h 1 min',
    '28 min',
  ],
  59: [
    '13 h 36 min',
    '50 min',
    '5 min',
    '4 h 24 min',
    '11 h 5 min',
    '11 h 7 min',
    '1 h 42 min',
    '24 min',
  ],
  25: [
    '32 h 5 min',
    '1 h 58 min',
    '12 min',
    '10 h 24 min',
    '26 h 10 min',
    '26 h 14 min',
    '4 h 2 min',
    '57 min',
  ],
};

const claimLabels = async (page: Page) => (await rendered(page, ['claim-labels'], 'label')).sort();

test('Reported | Computed changes the labels on the map and in the panel, and is announced', async ({
  page,
}) => {
  await openMap(page);
  const reported = await claimLabels(page);
  expect(reported.join(' ')).toContain('98 km (Live page)');
  expect(reported.join(' ')).toContain('60 km (FT)');
  await expect(page.locator('.key-figures h2')).toHaveText('What the articles report');
  await openSettings(page);
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
  await openSettings(page);
  await page.getByRole('button', { name: 'Journey' }).click();
  const times = () => page.locator('.legs-table tbody td:nth-child(4)').allTextContents();
  const at = (kmh: number) => LEG_TIMES[kmh] ?? [];
  await expect.poll(times).toEqual(at(50));
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
  // At 25 km/h the Ussuriysk → Vostochny stretch no longer fits before Wednesday: the row says
  // so, but the verdict is the reported days' own (they fit each other at a possible speed).
  await page.getByRole('button', { name: 'Claims' }).click();
  const wednesday = page.locator('tr[data-claim="ft-vostochny-wednesday"]');
  await expect(wednesday).toHaveAttribute('data-verdict', 'consistent');
  await expect(wednesday).toContainText('too slow');
});

test('km | miles switches every figure at once', async ({ page }) => {
  await openMap(page);
  await openSettings(page);
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
  await expect(page.locator('.thresholds li[data-verdict="consistent"]')).toContainText(
    'at best consistent until what happened confirms it',
  );
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
