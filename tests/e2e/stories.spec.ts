import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import geodesic from 'geographiclib-geodesic';
import { viteBuild } from '../../tools/site/vite-build';
import { DEFAULT_STORY } from '../default-story';
import { rendered, waitForIdle, watchForeignRequests } from './driver';
import { boxesMeet, placedLabels } from './labels';
import { type Served, serveDist } from './servers';

/**
 * A second real journey, on another continent (Przemyśl to Kyiv, with no track beyond Lviv),
 * built with `STORY=` and, with the default story, in one `STORIES=` build.
 */
const STORY = 'tests/fixtures/stories/przemysl-kyiv';
const read = (f: string) => JSON.parse(readFileSync(`${STORY}/${f}`, 'utf8'));
const manifest = read('story.json');
const places = read('places.geojson').features as {
  properties: { id: string; name: string; names: Record<string, string> };
  geometry: { coordinates: [number, number] };
}[];

const build = (outDir: string, env: Record<string, string>) => viteBuild(outDir, { env });

let one: Served;
let many: Served;
test.beforeAll(() => {
  build('dist-second', { STORY });
  build('dist-many', { STORIES: `${DEFAULT_STORY},${STORY}` });
});
test.beforeEach(async () => {
  one = await serveDist('/', {}, 'dist-second');
  many = await serveDist('/', {}, 'dist-many');
});
test.afterEach(async () => {
  await one.close();
  await many.close();
});

/** The peak of each character's drawn glyph (0 where MapLibre has no glyph for it). */
const glyphPeaks = (page: Page, chars: string[]) =>
  page.evaluate((chars) => {
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
    const e = m.style.glyphManager.entries;
    const peak = (stack: string, ch: string) =>
      Math.max(0, ...(e[stack]?.glyphs.default[ch]?.bitmap.data ?? []));
    return chars.map((ch) => Math.max(peak('noto-sans-regular', ch), peak('noto-sans-bold', ch)));
  }, chars);

test('the second story: labels letter for letter, a basemap of its own, geodesic straight lines, no track data said', async ({
  page,
}) => {
  const foreign = watchForeignRequests(page, one.origin);
  await page.goto(`${one.origin}/`);
  await waitForIdle(page);
  await expect(page.locator('#panel h1')).toHaveText(manifest.title);

  // Every place is labelled with its name, letter for letter, and each letter (Latin with
  // diacritics, Cyrillic) was drawn from a glyph.
  const labels = await rendered(page, ['place-labels'], 'name');
  expect(labels.sort()).toEqual(places.map((p) => p.properties.name).sort());
  const local = await rendered(page, ['place-labels'], 'local');
  expect(local).toEqual(expect.arrayContaining(['Львів', 'Київ']));
  const chars = [...new Set([...labels, ...local].join('').replace(/\s/g, ''))];
  expect(chars).toEqual(expect.arrayContaining(['ś', 'ї', 'Л', 'в']));
  const peaks = await glyphPeaks(page, chars);
  const missing = chars.filter((_, i) => (peaks[i] ?? 0) <= 192);
  expect(missing).toEqual([]);

  // Its basemap: land, borders and place names of its own region.
  expect((await rendered(page, ['land'], 'iso')).length).toBeGreaterThan(0);
  expect(await rendered(page, ['country-labels'], 'name')).toEqual(
    expect.arrayContaining(['Poland', 'Ukraine']),
  );
  const cities = await rendered(page, ['city-labels'], 'name');
  expect(cities.length).toBeGreaterThan(2);
  const borders = await page.evaluate(
    () => window.kimTrainMap?.map?.queryRenderedFeatures({ layers: ['borders'] }).length ?? 0,
  );
  expect(borders).toBeGreaterThan(0);
  // The credits name the sources this map uses, and none it does not.
  const credits = page.locator('.maplibregl-ctrl-attrib');
  await expect(credits).toContainText('Natural Earth');
  await expect(credits).toContainText('GeoNames');
  await expect(credits).not.toContainText('OpenStreetMap');

  // The straight lines, against GeographicLib (not the app's turf).
  const at = (id: string) => places.find((p) => p.properties.id === id)?.geometry.coordinates;
  const [a, b] = [at('przemysl') ?? [0, 0], at('kyiv') ?? [0, 0]];
  const g = geodesic.Geodesic.WGS84.Inverse(a[1] ?? 0, a[0] ?? 0, b[1] ?? 0, b[0] ?? 0);
  const km = Math.round((g.s12 ?? 0) / 1000);
  const row = page.locator('tr[data-claim="gazette-straight"]');
  await expect(row).toContainText(new RegExp(`(${km - 1}|${km}|${km + 1}) km`));

  // Where there is no track, the page says so instead of a number.
  await page.getByRole('button', { name: 'Journey', exact: true }).click();
  const noTrack = page.locator('.legs-table tr[data-no-track]');
  expect(await noTrack.count()).toBeGreaterThanOrEqual(1);
  await expect(noTrack.first()).toContainText('no track data');
  expect(foreign).toEqual([]);
});

test('on a phone, every stop of the frame is labelled and no label is cut by the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${one.origin}/`);
  await waitForIdle(page);
  const { labels, size } = await placedLabels(page);
  const [width, height] = size as [number, number];
  const screen: [number, number, number, number] = [0, 0, width, height];
  const shown = labels.filter((l) => l.boxes.some((bx) => boxesMeet(bx, screen)));
  const placeLabels = shown.filter((l) => l.layer === 'place-labels').map((l) => l.id);
  expect(placeLabels).toEqual(expect.arrayContaining(manifest.frame));
  const cut = shown
    .filter((l) => ['place-labels', 'claim-labels'].includes(l.layer))
    .filter((l) =>
      l.boxes.some(([x1, y1, x2, y2]) => x1 < 0 || y1 < 0 || x2 > width || y2 > height),
    )
    .map((l) => `${l.layer} "${l.text}"`);
  expect(cut).toEqual([]);
  await page.screenshot({ path: 'test-results/second-story-390x844.png' });
});

test('one build of two stories: a page each with its own words, a list, and no new script for the second', async ({
  page,
}) => {
  await page.goto(`${many.origin}/`);
  const items = page.locator('.story-item');
  await expect(items).toHaveCount(2);
  await expect(page.locator('.story-item h2 a').nth(1)).toHaveText(manifest.title);
  await expect(page.locator('.story-item').nth(1)).toContainText('iframe');

  const scripts = new Set<string>();
  page.on('requestfinished', (r) => {
    if (/\.(m?js|css)$/.test(new URL(r.url()).pathname)) scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(`${many.origin}/kim-2023/`);
  await waitForIdle(page);
  await expect(page.locator('#panel h1')).toContainText('Kim Jong Un');
  const first = new Set(scripts);
  scripts.clear();
  await page.goto(`${many.origin}/${manifest.id}/`);
  await waitForIdle(page);
  await expect(page.locator('#panel h1')).toHaveText(manifest.title);
  expect([...scripts].filter((s) => !first.has(s))).toEqual([]);
  expect(scripts.size).toBeGreaterThan(0);
  // Its own data, not the first story's.
  expect((await rendered(page, ['place-labels'], 'name')).sort()).toEqual(
    places.map((p) => p.properties.name).sort(),
  );
});

test('the default story edited by hand: a claim’s figure changed in claims.json shows on the page, with no script run', async ({
  page,
}) => {
  // A copy inside the checkout, with the story's quote seals (its articles are kept outside).
  const dir = 'geo/stories/.edited-default';
  rmSync(dir, { recursive: true, force: true });
  cpSync(DEFAULT_STORY, dir, { recursive: true });
  const file = `${dir}/claims.json`;
  const claims = JSON.parse(readFileSync(file, 'utf8'));
  const c = claims.claims.find((x: { id: string }) => x.id === 'ft-ussuriysk-vladivostok-distance');
  c.reported.figures[0].value = 66;
  c.reported.text = 'about 66km';
  writeFileSync(file, JSON.stringify(claims, null, 2));
  try {
    build('dist-edited', { STORY: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const served = await serveDist('/', {}, 'dist-edited');
  try {
    await page.goto(`${served.origin}/`);
    const row = page.locator('tr[data-claim="ft-ussuriysk-vladivostok-distance"]');
    // Written at build time from the edited file, and the same once the app has run.
    await expect(row).toContainText('about 66 km');
    await waitForIdle(page);
    await expect(row).toContainText('about 66 km');
    await expect(row).not.toContainText('60 km');
  } finally {
    await served.close();
  }
});
