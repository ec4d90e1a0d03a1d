import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { readByName } from '../default-story';
import { openMap, rendered } from './driver';

/**
 * The replay. Figures worked out by hand, not by the app: at 50 km/h the route's 2,550 km (the
 * legs' railway figures: 802 + 49 + 5 + 260 + 654 + 656 + 101 + 24) take 51 hours, and the train
 * leaves at the last 3-hour step of Pyongyang's Sunday (from 00:00 Pyongyang time, 2023-09-09
 * 15:00 UTC) from which every latest reported time still holds: Sunday 21:00 Pyongyang time,
 * 2023-09-10 12:00 UTC. It reaches the border (km 854) 17 h 05 min later, 2023-09-11 05:05 UTC,
 * before "Tuesday" there (Tue 12 Sep 00:00 UTC+10, 2023-09-11 14:00 UTC), and waits for it.
 */
const valuetext = (page: Page) => page.locator('#clock-time').getAttribute('aria-valuetext');
const rail = readByName('rail.geojson').features;

test('?t= reproduces a paused replay: the clock’s words, the train on the track, the band', async ({
  page,
}) => {
  // A day after it left: at the border since 05:05 UTC, waiting for Tuesday there.
  await openMap(page, '?t=2023-09-11T12:00Z');
  await expect
    .poll(() => valuetext(page))
    .toBe('Mon 11 Sep, 22:00 UTC+10 — at Friendship Bridge (border), km 854 of 2,550');
  await expect(page.locator('.clock-status')).toHaveText(
    'Within what the reported days allow: held at Friendship Bridge (border) until Tue 12 Sep 00:00, the earliest the articles have the train there.',
  );
  const trains = await page.evaluate(() =>
    window.kimTrainMap?.map
      ?.querySourceFeatures('replay', {
        filter: ['==', ['get', 'kind'], 'train'],
      })
      .map((f) => (f.geometry as GeoJSON.Point).coordinates),
  );
  const point = trains?.[0];
  expect(point).toBeDefined();
  const off = Math.min(
    ...rail.map(
      (l: GeoJSON.Feature<GeoJSON.LineString>) =>
        nearestPointOnLine(l, point as number[]).properties.pointDistance,
    ),
  );
  expect(off).toBeLessThan(1);
  expect((await rendered(page, ['replay-train'], 'kind')).length).toBe(1);
  expect((await rendered(page, ['replay-travelled'], 'kind')).length).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/replay-paused.png' });
});

test('Play advances the clock, Pause stops it, and the link keeps the paused time', async ({
  page,
}) => {
  await openMap(page);
  const value = async () => Number(await page.locator('#clock-time').inputValue());
  expect(await value()).toBe(0);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(value).toBeGreaterThan(60);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await value();
  await page.waitForTimeout(800);
  expect(await value()).toBe(paused);
  await expect.poll(() => page.url()).toMatch(/[?&]t=2023-09-\d\dT\d\d:\d\dZ/);
});

test('keyboard: arrows step an hour, Page Up/Down jump between reported times, Home/End', async ({
  page,
}) => {
  await openMap(page);
  const slider = page.locator('#clock-time');
  await slider.focus();
  await expect
    .poll(() => valuetext(page))
    .toContain('Sun 10 Sep, 21:00 Pyongyang time — at Pyongyang, km 0 of 2,550');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => valuetext(page)).toContain('Sun 10 Sep, 22:00 Pyongyang time');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => valuetext(page)).toContain('Sun 10 Sep, 21:00');
  // The next reported time: the end of Sunday in Pyongyang.
  await page.keyboard.press('PageUp');
  await expect
    .poll(() => valuetext(page))
    .toMatch(/^Mon 11 Sep, 00:00 Pyongyang time|^Sun 10 Sep, 24:00|^Mon 11 Sep, 01:00 UTC\+10/);
  // Back: no reported time between the departure and the end of Sunday, so the start.
  await page.keyboard.press('PageDown');
  await expect.poll(() => valuetext(page)).toContain('Sun 10 Sep, 21:00');
  await page.keyboard.press('End');
  await expect.poll(() => valuetext(page)).toContain('km 2,550 of 2,550');
  await page.keyboard.press('Home');
  await expect.poll(() => valuetext(page)).toContain('km 0 of 2,550');
  // Reported times are marked on the slider's track: the 8 windows' ends less Sunday 00:00 in
  // Pyongyang, before the departure.
  expect(await page.locator('.clock-mark').count()).toBe(7);
});

test('with reduced motion nothing plays by itself', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page);
  await page.waitForTimeout(1500);
  expect(await page.locator('#clock-time').inputValue()).toBe('0');
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
});

test('a bad t falls back to the start with the notice; a time past the arrival clamps to the end', async ({
  page,
}) => {
  await openMap(page, '?t=yesterday');
  await expect(page.locator('.notice')).toContainText('URL parameter "t"');
  expect(await page.locator('#clock-time').inputValue()).toBe('0');
  await openMap(page, '?t=2030-01-01T00:00Z');
  await expect.poll(() => valuetext(page)).toContain('km 2,550 of 2,550');
});

test('axe finds nothing on the replay’s controls, light and dark', async ({ page }) => {
  for (const theme of ['light', 'dark']) {
    await openMap(page, `?theme=${theme}&t=2023-09-10T20:00Z`);
    const result = await new AxeBuilder({ page }).include('.clock').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
});

test('Download video: a WebM of 1280×720 and 8 seconds or more, that Chromium decodes', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openMap(page);
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 200_000 }),
    page.getByRole('button', { name: 'Video (WebM)' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.webm$/);
  const bytes = readFileSync(await file.path());
  const meta = await page.evaluate(async (b64) => {
    const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const video = document.createElement('video');
    video.muted = true;
    video.src = URL.createObjectURL(new Blob([bin], { type: 'video/webm' }));
    await new Promise((resolve, reject) => {
      video.onloadeddata = resolve;
      video.onerror = () => reject(new Error(`cannot decode: ${video.error?.message}`));
    });
    return { width: video.videoWidth, height: video.videoHeight, seconds: video.duration };
  }, bytes.toString('base64'));
  expect(meta.width).toBeGreaterThanOrEqual(1280);
  expect(meta.height).toBeGreaterThanOrEqual(720);
  expect(meta.seconds).toBeGreaterThanOrEqual(8);
  await expect(page.locator('.export-status')).toHaveText('Video ready.');
});
