import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { waitForIdle } from './driver';
import { eachStoryAndViewport, STORIES, shot, storyFiles } from './first-minute';
import { serveDist } from './servers';

/**
 * A reader's first minute, the words and the files: no word that breaks, no build note, positions
 * as a reader writes them; the downloads a reader can use; the embed at 360 px. Default story and
 * a made-up journey west of Greenwich, phone and desktop; screenshots in test-results/first-minute/.
 */

/** What the panel says, every section drawn (the journey's and the places' are drawn when shown). */
async function panelText(page: Page): Promise<string> {
  for (const tab of ['Journey', 'Places', 'Claims'])
    await page.getByRole('button', { name: tab, exact: true }).click();
  await expect(page.locator('#section-journey table').first()).toBeAttached();
  await expect(page.locator('.place-list')).toBeAttached();
  return page.evaluate(() => document.getElementById('panel')?.textContent ?? '');
}

eachStoryAndViewport((story, vp) => {
  const { places } = storyFiles(story.dir);
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
    await expect(page.locator('.details .names')).toContainText(/\d+\.\d\d° [NS], \d+\.\d\d° [EW]/);
    const west = places.some((p) => (p.geometry.coordinates[0] ?? 0) < 0);
    if (west) {
      const p = places.find((x) => (x.geometry.coordinates[0] ?? 0) < 0);
      await page.locator(`.place-button[data-place="${p?.properties.id}"]`).click();
      await expect(page.locator('.details .names')).toContainText(/° W/);
    }
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
