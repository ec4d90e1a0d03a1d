import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import geodesic from 'geographiclib-geodesic';
import { viteBuild } from '../../tools/site/vite-build';
import { rendered, waitForIdle } from './driver';
import { type Served, serveDist } from './servers';

/**
 * A second story, built with `STORY=` and no code change: the page shows its title, places,
 * claims and computed figures, and nothing of the default story.
 */
const STORY = 'tests/fixtures/stories/amur-test';
const OUT = 'dist-story';
const read = (f: string) => JSON.parse(readFileSync(`${STORY}/${f}`, 'utf8'));

let server: Served;
test.beforeAll(() => {
  viteBuild(OUT, { env: { STORY } });
});
test.beforeEach(async () => {
  server = await serveDist('/', {}, OUT);
});
test.afterEach(async () => server.close());

test('STORY= builds another journey: its title, places, claims and figures, none of the default', async ({
  page,
}) => {
  const manifest = read('story.json');
  const places = read('places.geojson').features;
  const claims = read('claims.json').claims;
  await page.goto(`${server.origin}/`);
  await waitForIdle(page);
  await expect(page).toHaveTitle(new RegExp(manifest.title));
  await expect(page.locator('#panel h1')).toHaveText(manifest.title);
  expect((await rendered(page, ['place-circles'], 'id')).sort()).toEqual(
    places.map((p: { properties: { id: string } }) => p.properties.id).sort(),
  );
  await expect(page.locator('.ledger-table tbody tr')).toHaveCount(claims.length);
  for (const c of claims)
    await expect(page.locator(`tr[data-claim="${c.id}"]`)).toContainText(c.quote);
  // The straight line, by GeographicLib (not the app's turf): Khabarovsk–Birobidzhan.
  const [a, b] = places.map(
    (p: { geometry: { coordinates: [number, number] } }) => p.geometry.coordinates,
  ) as [[number, number], [number, number]];
  const km = (geodesic.Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12 ?? Number.NaN) / 1000;
  await expect(page.locator('tr[data-claim="gazette-distance"] .col-computed')).toContainText(
    `${Math.round(km)} km straight line`,
  );
  await page.getByRole('button', { name: 'Journey', exact: true }).click();
  await expect(page.locator('.legs-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.timeline')).toContainText(manifest.text.assumptions[0]);
  const text = await page.locator('body').innerText();
  for (const word of ['Pyongyang', 'Vostochny', 'Ussuriysk', 'Kim', 'FT', 'Live page'])
    expect(text, word).not.toContain(word);
  const description = await page.locator('#map-description').textContent();
  expect(description).toContain(manifest.text.region);
  await page.screenshot({ path: 'test-results/story-amur-test.png' });
});
