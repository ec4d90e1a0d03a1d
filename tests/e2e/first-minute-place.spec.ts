import { expect, test } from '@playwright/test';
import { waitForIdle } from './driver';
import { clearOnMap, eachStoryAndViewport, shot, storyFiles } from './first-minute';

/**
 * A reader's first minute, the places: a chosen place (from the list, the map, the address)
 * brings what the articles say of it into view, clear of the panel, the credits and the edges;
 * the first frame keeps every name in view. Default story and a made-up journey west of
 * Greenwich, phone and desktop; screenshots in test-results/first-minute/.
 */
eachStoryAndViewport((story, vp, origin) => {
  const { manifest, places } = storyFiles(story.dir);
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
    await page.goto(`${origin()}/?place=${place?.properties.id}`);
    await waitForIdle(page);
    await expect(details.locator('.quotes li').first()).toBeInViewport();
    expect(await clearOnMap(page, place?.geometry.coordinates ?? [])).toBe(true);
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
});
