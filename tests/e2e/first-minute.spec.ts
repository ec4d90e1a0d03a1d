import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { Verdict } from '../../src/journey/verdict';
import { VERDICT_RULES } from '../../src/words/verdict-rules';
import { DEFAULT_STORY } from '../default-story';
import { waitForIdle } from './driver';
import { type Served, serveDist } from './servers';

/**
 * A reader's first minute, on the default story and on a made-up journey west of Greenwich
 * (Portland, Oregon to Portland, Maine), on a phone and a desktop: a chosen place in view, the
 * panel's room, the replay's words, the key, the words that used to break, no build notes, the
 * frame, the downloads. Screenshots are kept in test-results/first-minute/.
 */
const WEST = 'tests/fixtures/stories/us-portlands';
const STORIES = [
  { name: 'default', dir: DEFAULT_STORY, out: 'dist' },
  { name: 'west', dir: WEST, out: 'dist-first-minute-west' },
];
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/first-minute/${name}.png` });

test.beforeAll(() => {
  const r = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', 'dist-first-minute-west', '--emptyOutDir', '--logLevel', 'warn'],
    { env: { ...process.env, STORY: WEST }, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`vite build (STORY=${WEST}) failed:\n${r.stderr}`);
});

/** What the panel says, every section drawn (the journey's and the places' are drawn when shown). */
async function panelText(page: Page): Promise<string> {
  for (const tab of ['Journey', 'Places', 'Claims'])
    await page.getByRole('button', { name: tab, exact: true }).click();
  await expect(page.locator('#section-journey table').first()).toBeAttached();
  await expect(page.locator('.place-list')).toBeAttached();
  return page.evaluate(() => document.getElementById('panel')?.textContent ?? '');
}

/** Whether a map point is clear of the panel, the credits, the controls and the map's edges. */
async function clearOnMap(page: Page, lngLat: number[]): Promise<boolean> {
  return page.evaluate((at) => {
    const map = window.kimTrainMap?.map;
    if (!map) return false;
    const p = map.project(at as [number, number]);
    const box = map.getContainer().getBoundingClientRect();
    const x = box.left + p.x;
    const y = box.top + p.y;
    const inside = (r: DOMRect) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    const over = [
      '#panel',
      '.maplibregl-ctrl-attrib',
      '.maplibregl-ctrl-scale',
      '.maplibregl-ctrl-group',
      '.compact-clock',
    ].flatMap((s) => [...document.querySelectorAll(s)].map((e) => e.getBoundingClientRect()));
    const onScreen = x > 4 && x < box.right - 4 && y > 4 && y < box.bottom - 4;
    return onScreen && !over.some(inside);
  }, lngLat);
}

for (const story of STORIES) {
  const manifest = JSON.parse(readFileSync(`${story.dir}/story.json`, 'utf8'));
  const places = JSON.parse(readFileSync(`${story.dir}/places.geojson`, 'utf8')).features as {
    properties: { id: string; name: string; mentions: unknown[] };
    geometry: { coordinates: number[] };
  }[];
  for (const vp of VIEWPORTS) {
    test.describe(`${story.name} story, ${vp.name} (${vp.width}×${vp.height})`, () => {
      let served: Served;
      test.beforeEach(async ({ page }) => {
        served = await serveDist('/', {}, story.out);
        await page.setViewportSize({ width: vp.width, height: vp.height });
        await page.goto(`${served.origin}/`);
        await waitForIdle(page);
      });
      test.afterEach(async () => served.close());

      test('a chosen place comes into view, clear of the panel, the credits and the edges', async ({
        page,
      }) => {
        const id = `${story.name}-${vp.name}`;
        await shot(page, `${id}-first-view`);
        // From the list: the last place named in the articles (the list's foot).
        const named = places.filter((p) => p.properties.mentions.length > 0);
        const place = named.at(-1) ?? places[0];
        await page.getByRole('button', { name: 'Places', exact: true }).click();
        await page.locator(`.place-button[data-place="${place?.properties.id}"]`).click();
        const details = page.locator(`.details[data-place="${place?.properties.id}"]`);
        await expect(details.locator('.quotes li').first()).toBeInViewport();
        await waitForIdle(page);
        expect(await clearOnMap(page, place?.geometry.coordinates ?? [])).toBe(true);
        await shot(page, `${id}-place-from-list`);
        // From the map: another place, pressed where the map draws it.
        await page.keyboard.press('Escape');
        const other = named[0] ?? places[0];
        await page.evaluate((at) => {
          const map = window.kimTrainMap?.map;
          map?.jumpTo({ center: at as [number, number], zoom: Math.max(map.getZoom(), 6) });
          // Up to a quarter of the map's height: above a phone's sheet.
          map?.panBy([0, (map.getContainer().clientHeight ?? 0) / 4], { animate: false });
        }, other?.geometry.coordinates);
        await waitForIdle(page);
        const at = await page.evaluate((c) => {
          const map = window.kimTrainMap?.map;
          const p = map?.project(c as [number, number]);
          const box = map?.getContainer().getBoundingClientRect();
          return { x: (box?.left ?? 0) + (p?.x ?? 0), y: (box?.top ?? 0) + (p?.y ?? 0) };
        }, other?.geometry.coordinates);
        await page.mouse.click(at.x, at.y);
        const chosen = page.locator(`.details[data-place="${other?.properties.id}"]`);
        await expect(chosen.locator('.quotes li').first()).toBeInViewport();
        await waitForIdle(page);
        expect(await clearOnMap(page, other?.geometry.coordinates ?? [])).toBe(true);
        // From the address: the place in the link.
        await page.goto(`${served.origin}/?place=${place?.properties.id}`);
        await waitForIdle(page);
        await expect(details.locator('.quotes li').first()).toBeInViewport();
        expect(await clearOnMap(page, place?.geometry.coordinates ?? [])).toBe(true);
      });

      test('the panel gives the content the room, and the counts stay compact', async ({
        page,
      }) => {
        const id = `${story.name}-${vp.name}`;
        const panel = page.locator('#panel');
        const counts = page.locator('.verdict-summary li');
        // One line an article.
        for (const li of await counts.all()) {
          const box = await li.boundingBox();
          expect(box?.height ?? 0).toBeLessThan(vp.name === 'phone' ? 60 : 50);
        }
        if (vp.name === 'phone') {
          await page.getByRole('button', { name: 'Pull the panel up' }).click();
          await expect
            .poll(async () => (await panel.boundingBox())?.height ?? 0)
            .toBeGreaterThan(vp.height * 0.8);
          await shot(page, `${id}-pulled-up`);
          await page.getByRole('button', { name: 'Let the panel down' }).click();
          await expect
            .poll(async () => (await panel.boundingBox())?.height ?? 0)
            .toBeLessThanOrEqual(vp.height / 2 + 1);
        } else {
          await page.getByRole('button', { name: 'Claims', exact: true }).click();
          const p = await panel.boundingBox();
          const section = await page.locator('#section-claims').boundingBox();
          const shown = (p?.y ?? 0) + (p?.height ?? 0) - Math.max(section?.y ?? 0, p?.y ?? 0);
          expect(shown / (p?.height ?? 1)).toBeGreaterThan(0.6);
          await shot(page, `${id}-section`);
        }
        await expect(page.locator('.panel-toggle')).toHaveText('Collapse the panel');
      });

      test('the replay opens within the reported days and says what a speed cannot keep', async ({
        page,
      }) => {
        const id = `${story.name}-${vp.name}`;
        const text = page.locator('#clock-status');
        await expect(text).toHaveAttribute('data-status', /within|forecast/);
        const status = await text.getAttribute('data-status');
        if (status === 'forecast')
          await expect(text).toContainText('This speed cannot keep every reported time');
        else await expect(text).toHaveText('Within what the reported days allow.');
        // The compact clock (phones) tells the same status.
        if (vp.name === 'phone')
          await expect(page.locator('.compact-status')).toHaveAttribute(
            'data-status',
            status ?? '',
          );
        // The clock names zones by the route's own cities or as UTC±n.
        const stops = (manifest.stops as string[]).map(
          (s) => places.find((p) => p.properties.id === s)?.properties.name ?? s,
        );
        const zone = /\d\d:\d\d (.+?) —/.exec(
          (await page.locator('.clock-text').textContent()) ?? '',
        );
        const z = zone?.[1] ?? '';
        expect(z).toMatch(/ time$|^UTC[+−]\d+(:\d\d)?$/);
        if (z.endsWith(' time')) expect(stops.some((n) => n.startsWith(z.slice(0, -5)))).toBe(true);
        await shot(page, `${id}-replay`);
      });

      test('the verdicts have a key, the counts show their claims, a what-if speed moves no count', async ({
        page,
      }) => {
        const summary = page.locator('.verdict-summary');
        const before = await summary.textContent();
        const key = page.locator('.verdict-key');
        await key.locator('summary').click();
        for (const count of await summary.locator('.vs-count').all()) {
          const verdict = await count.getAttribute('data-verdict');
          await expect(key.locator('dt', { hasText: verdict ?? '' }).first()).toBeVisible();
          // In the sentence of its rule, as words/verdict-rules.ts (and docs/verdicts.md) give it.
          await expect(key).toContainText(
            VERDICT_RULES[verdict as Verdict].replace(/^[^:]*: /, ''),
          );
        }
        for (const a of manifest.articles as { outlet: string }[])
          await expect(key).toContainText(a.outlet);
        // The two switches are named apart.
        await expect(page.locator('.controls .control-label').first()).toHaveText('On the map');
        if ((await page.locator('.hindsight-switch').count()) > 0)
          await expect(page.locator('.hindsight-switch .control-label')).toHaveText('Verdicts');
        await shot(page, `${story.name}-${vp.name}-key`);
        // A count is a button that shows its claims.
        const first = summary.locator('button.vs-count').first();
        const verdict = await first.getAttribute('data-verdict');
        await first.click();
        const rows = page.locator('.ledger-table tbody tr');
        await expect(page.locator(`.ledger-filter [data-filter="${verdict}"]`)).toHaveAttribute(
          'aria-pressed',
          'true',
        );
        for (const row of await rows.all())
          if (await row.isVisible())
            await expect(row).toHaveAttribute('data-verdict', verdict ?? '');
        // A what-if speed: the times change, the headline's counts do not.
        if (vp.name === 'phone')
          await page.getByRole('button', { name: 'Pull the panel up' }).click();
        const speed = page.locator('#speed-custom');
        await speed.fill('20');
        await speed.press('Enter');
        await expect(page).toHaveURL(/speed=20/);
        expect(await summary.textContent()).toBe(before);
      });

      test('no word breaks and no build note reaches the reader', async ({ page }) => {
        const text = await panelText(page);
        expect(text).not.toMatch(/at least no speed/);
        expect(text).not.toMatch(/-\d+(\.\d+)?° [NE]/);
        expect(text).not.toMatch(
          /\.\.\/|\.csv\b|SOURCES\.md|uic_ref|OSM node|commit [0-9a-f]{6}|mapped:/,
        );
        // One figure, one entry in a claim line's label.
        for (const label of await page.locator('.kf-label').allTextContents()) {
          const figures = label.split(' · ').map((part) => part.split(': ')[0]);
          expect(new Set(figures).size, label).toBe(figures.length);
        }
        // No separator standing alone (before the speed box, say).
        const controls = (await page.locator('.controls').textContent()) ?? '';
        expect(controls).not.toMatch(/^\s*·|·\s*$|Speed\s*·/);
        // Positions as a reader writes them.
        await page.getByRole('button', { name: 'Places', exact: true }).click();
        await page.locator('.place-button').first().click();
        await expect(page.locator('.details .names')).toContainText(
          /\d+\.\d\d° [NS], \d+\.\d\d° [EW]/,
        );
        const west = places.some((p) => (p.geometry.coordinates[0] ?? 0) < 0);
        if (west) {
          const p = places.find((x) => (x.geometry.coordinates[0] ?? 0) < 0);
          await page.locator(`.place-button[data-place="${p?.properties.id}"]`).click();
          await expect(page.locator('.details .names')).toContainText(/° W/);
        }
      });

      test('the frame keeps every name in view', async ({ page }) => {
        const frame = (manifest.frame as string[]).map((f) =>
          places.find((p) => p.properties.id === f),
        );
        for (const p of frame) {
          if (!p) continue;
          expect(await clearOnMap(page, p.geometry.coordinates), p.properties.id).toBe(true);
        }
        // MapLibre places the name of each of the frame's places (none pushed off the map).
        const placed = await page.evaluate(() =>
          (window.kimTrainMap?.map?.queryRenderedFeatures({ layers: ['place-labels'] }) ?? []).map(
            (f) => String(f.properties.id),
          ),
        );
        // (On a phone a claim's label may win the room of a name beside it; on a desktop none.)
        if (vp.name === 'desktop')
          for (const p of frame) if (p) expect(placed, p.properties.id).toContain(p.properties.id);
        // A wide journey fills a good share of the map's width.
        const span = await page.evaluate(
          (ends) => {
            const map = window.kimTrainMap?.map;
            if (!map || ends.length < 2) return 1;
            const xs = ends.map((c) => map.project(c as [number, number]).x);
            return (Math.max(...xs) - Math.min(...xs)) / map.getContainer().clientWidth;
          },
          frame.map((p) => p?.geometry.coordinates ?? [0, 0]),
        );
        if (story.name === 'west') expect(span).toBeGreaterThan(vp.name === 'phone' ? 0.35 : 0.4);
        await shot(page, `${story.name}-${vp.name}-frame`);
      });

      test('the downloads: a picture with its words, a CSV of plain rows, the technical trail in the GeoJSON', async ({
        page,
      }) => {
        const save = async (name: string) => {
          const [file] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name }).click(),
          ]);
          return readFileSync((await file.path()) ?? '');
        };
        // (Clicked where the panel scrolls to them: a phone's sheet stays at half the screen.)
        const csv = (await save('Data (CSV)')).toString('utf8').trimEnd().split('\r\n');
        const header = csv[0]?.split(',').map((c) => c.replace(/"/g, '')) ?? [];
        for (const c of ['quote', 'outlet', 'reported', 'computed', 'verdict', 'reason'])
          expect(header).toContain(c);
        const claims = JSON.parse(readFileSync(`${story.dir}/claims.json`, 'utf8')).claims;
        expect(csv).toHaveLength(claims.length + 1);
        expect(csv.join('\n')).not.toMatch(/"\[|"\{/);
        const geojson = JSON.parse((await save('Data (GeoJSON)')).toString('utf8'));
        const place = geojson.features.find(
          (f: { properties: { type: string } }) => f.properties.type === 'place',
        );
        expect(place.properties.coordSource).toBeTruthy();
        const png = await save('Map image (PNG)');
        // The picture: as wide as the map beside the panel, and taller than the map for its words.
        const size = { w: png.readUInt32BE(16), h: png.readUInt32BE(20) };
        const map = await page.evaluate(() => {
          const m = document.getElementById('map')?.getBoundingClientRect();
          const p = document.getElementById('panel')?.getBoundingClientRect();
          const wide = window.innerWidth > 640;
          return {
            w: (m?.width ?? 0) - (wide ? (p?.right ?? 0) : 0),
            h: wide ? (m?.height ?? 0) : (p?.top ?? 0),
            dpr: window.devicePixelRatio,
          };
        });
        expect(Math.abs(size.w - map.w * map.dpr)).toBeLessThanOrEqual(2 * map.dpr);
        expect(size.h).toBeGreaterThan(map.h * map.dpr + 60);
        await page.setContent(
          `<img src="data:image/png;base64,${png.toString('base64')}" style="max-width:100%">`,
        );
        await shot(page, `${story.name}-${vp.name}-download`);
      });
    });
  }
}

for (const story of STORIES)
  test(`${story.name} story embedded at 360 px: folded credits, a bounded panel, a way to the full page`, async ({
    page,
  }) => {
    const served = await serveDist('/', {}, story.out);
    try {
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(`${served.origin}/?embed=1`);
      await waitForIdle(page);
      const credits = page.locator('.maplibregl-ctrl-attrib');
      await expect(credits).toHaveClass(/maplibregl-compact/);
      expect((await credits.boundingBox())?.height ?? 99).toBeLessThanOrEqual(30);
      await page.getByRole('button', { name: 'Credits' }).click();
      await expect(credits.locator('.maplibregl-ctrl-attrib-inner')).toBeVisible();
      await page.locator('.panel-toggle').click();
      await expect(page.locator('.panel-toggle')).toHaveText('Collapse the panel');
      const body = await page.locator('.panel-body').boundingBox();
      expect(body?.height ?? 0).toBeLessThanOrEqual(480);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(1400);
      const full = page.getByRole('link', { name: 'Full page ↗' });
      await expect(full).toHaveAttribute('href', /^(?!.*embed=1)/);
      await page.screenshot({ path: `test-results/first-minute/${story.name}-embed-360.png` });
    } finally {
      await served.close();
    }
  });
