import { expect, test } from '@playwright/test';
import { readByName } from '../default-story';
import { openMap, rendered, waitForIdle, watchForeignRequests } from './driver';

const places = readByName('places.geojson') as {
  features: { properties: { id: string; name: string } }[];
};
const placeIds = places.features.map((f) => f.properties.id).sort();

test('renders every place, labels in three scripts, and sends nothing off-site', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign = watchForeignRequests(page, origin);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const glyphRequests: string[] = [];
  const scripts: string[] = [];
  page.on('requestfinished', (r) => {
    if (r.url().endsWith('.pbf')) glyphRequests.push(decodeURI(r.url()));
    if (r.url().endsWith('.mjs') || r.url().endsWith('.js')) scripts.push(r.url());
  });

  await openMap(page);

  // Every place is drawn as a marker on the first view...
  expect((await rendered(page, ['place-circles'], 'id')).sort()).toEqual(placeIds);
  // ...and has a button in the list.
  await page.getByRole('button', { name: 'Places', exact: true }).click();
  for (const f of places.features) {
    await expect(
      page.getByRole('button', { name: new RegExp(f.properties.name.replace(/[()]/g, '.')) }),
    ).toBeVisible();
  }
  // Labels are placed: place labels, country labels and city labels.
  const placeLabels = await rendered(page, ['place-labels'], 'name');
  expect(placeLabels).toEqual(
    expect.arrayContaining(['Pyongyang', 'Vladivostok', 'Vostochny Cosmodrome']),
  );
  expect(await rendered(page, ['country-labels'], 'name')).toEqual(
    expect.arrayContaining(['Russia', 'China']),
  );
  expect((await rendered(page, ['city-labels'], 'name')).length).toBeGreaterThan(3);
  expect(await rendered(page, ['lake-labels'], 'name')).toContain('Lake Khanka');
  // The label glyphs come from this site's glyph files: Latin, Cyrillic and Hangul ranges...
  const range = (r: string) => glyphRequests.some((u) => u.endsWith(`/noto-sans-regular/${r}.pbf`));
  expect(range('0-255')).toBe(true);
  expect(range('1024-1279')).toBe(true);
  expect(glyphRequests.some((u) => /\/noto-sans-bold\/0-255\.pbf$/.test(u))).toBe(true);
  // ...and the glyphs of the three scripts arrived as drawn shapes (평 of 평양, Pyongyang).
  const drawn = await page.evaluate(() => {
    const m = window.kimTrainMap?.map as unknown as {
      style: {
        glyphManager: {
          entries: Record<
            string,
            { glyphs: { default: Record<string, { bitmap: { data: Uint8Array } } | null> } }
          >;
        };
      };
    };
    const regular = m.style.glyphManager.entries['noto-sans-regular']?.glyphs.default ?? {};
    return ['P', 'В', '평'].map((ch) => Math.max(0, ...(regular[ch]?.bitmap.data ?? [])));
  });
  // Each has pixels inside its outline (the field passes the edge value, 192).
  for (const peak of drawn) expect(peak).toBeGreaterThan(192);

  // Attribution is visible.
  const attribution = page.locator('.maplibregl-ctrl-attrib');
  await expect(attribution).toContainText('Natural Earth');
  await expect(attribution).toContainText('© OpenStreetMap contributors');
  await expect(attribution).toContainText('MapLibre');

  await page.screenshot({ path: 'test-results/map-1280x800.png' });
  // MapLibre's worker is a file of this site, not a blob: URL.
  expect(scripts.some((u) => /\/assets\/maplibre-gl-worker-[^/]+\.mjs$/.test(u))).toBe(true);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('the rivers of the story are drawn and named', async ({ page }) => {
  await openMap(page);
  const drawn = await rendered(page, ['rivers'], 'name');
  expect(drawn).toEqual(expect.arrayContaining(['Tumen', 'Amur', 'Ussuri', 'Zeya']));
  await page.evaluate(() => window.kimTrainMap?.map?.jumpTo({ center: [133.5, 48.2], zoom: 6 }));
  await waitForIdle(page);
  expect(await rendered(page, ['river-labels'], 'name')).toEqual(
    expect.arrayContaining(['Amur', 'Ussuri']),
  );
  await page.evaluate(() => window.kimTrainMap?.map?.jumpTo({ center: [130.1, 42.6], zoom: 8 }));
  await waitForIdle(page);
  expect(await rendered(page, ['river-labels'], 'name')).toContain('Tumen');
});

test('the map draws its first frame with the story in it, none before the data has arrived', async ({
  page,
}) => {
  // Each map frame starts with a clear of the WebGL canvas: note when the first one came.
  await page.addInitScript(() => {
    const w = window as unknown as { firstFrame?: number };
    const clear = WebGL2RenderingContext.prototype.clear;
    WebGL2RenderingContext.prototype.clear = function (this: WebGL2RenderingContext, mask) {
      w.firstFrame ??= performance.now();
      return clear.call(this, mask);
    };
  });
  await openMap(page);
  const t = await page.evaluate(() => ({
    firstFrame: (window as unknown as { firstFrame?: number }).firstFrame,
    arrived: performance.getEntriesByName('data-arrived')[0]?.startTime,
  }));
  expect(t.arrived, JSON.stringify(t)).toBeDefined();
  expect(t.firstFrame, JSON.stringify(t)).toBeGreaterThan(t.arrived ?? Number.NaN);
});
