import { expect, test } from '@playwright/test';
import { waitForIdle } from './driver';

// The map taking over from the page written at build time: made on the written frame, its
// canvas kept out of the page until its first full view, when the poster leaves.

test("the map's canvas stays out of the page until its first full view, then replaces the poster", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { drawn: { shown: boolean; idle: boolean }[] };
    w.drawn = [];
    const hook = () => {
      const map = window.kimTrainMap?.map;
      if (!map) return void setTimeout(hook, 5);
      map.on('render', () =>
        w.drawn.push({
          shown: getComputedStyle(map.getCanvas()).visibility === 'visible',
          idle: performance.getEntriesByName('map-idle').length > 0,
        }),
      );
    };
    hook();
  });
  await page.goto('/');
  await waitForIdle(page);
  await expect(page.locator('.poster')).toBeHidden();
  await expect(page.locator('.maplibregl-canvas')).toBeVisible();
  const drawn = await page.evaluate(
    () => (window as unknown as { drawn: { shown: boolean; idle: boolean }[] }).drawn,
  );
  const before = drawn.filter((d) => !d.idle);
  // The map drew its way to the first view: tiles arriving source by source, labels fading in.
  expect(before.length).toBeGreaterThan(1);
  expect(before.filter((d) => d.shown)).toEqual([]);
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const) {
  test(`the map is made on the frame the page was written for: the data's arrival does not move it, at ${viewport.width}×${viewport.height}`, async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport });
    // A move rewrites the scale bar: its changes after the data's arrival are counted.
    await page.addInitScript(() => {
      const w = window as unknown as { scale: { before: number; after: number } };
      w.scale = { before: 0, after: 0 };
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target instanceof Element ? r.target : r.target.parentElement;
          if (!el?.closest('.maplibregl-ctrl-scale')) continue;
          if (performance.getEntriesByName('data-arrived').length > 0) w.scale.after++;
          else w.scale.before++;
        }
      }).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    await page.goto('/');
    await waitForIdle(page);
    const scale = await page.evaluate(
      () => (window as unknown as { scale: { before: number; after: number } }).scale,
    );
    // The scale was written when the map was made (so a move later would have been seen) ...
    expect(scale.before).toBeGreaterThan(0);
    // ... and not again when the data arrived.
    expect(scale.after).toBe(0);
    // The view holds the story's frame.
    const view = await page.evaluate(() => {
      const b = window.kimTrainMap?.map?.getBounds();
      return b ? [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] : null;
    });
    const frame = JSON.parse(
      (await page.locator('.poster').getAttribute('data-frame')) ?? 'null',
    ) as number[];
    expect(view).not.toBeNull();
    const [w, s, e, n] = view as number[];
    expect(w).toBeLessThanOrEqual(frame[0] as number);
    expect(s).toBeLessThanOrEqual(frame[1] as number);
    expect(e).toBeGreaterThanOrEqual(frame[2] as number);
    expect(n).toBeGreaterThanOrEqual(frame[3] as number);
    await page.close();
  });
}

for (const reducedMotion of ['no-preference', 'reduce'] as const)
  test(`labels do not fade on the way to the first view, and fade after it unless motion is reduced (${reducedMotion})`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion });
    // Each placement of the labels carries the fade it was made with: MapLibre makes them with
    // none until the map's first idle, then with the map's fade (create-map.ts).
    await page.addInitScript(() => {
      const w = window as unknown as { fades: number[] };
      w.fades = [];
      const hook = () => {
        const map = window.kimTrainMap?.map;
        if (!map) return void setTimeout(hook, 5);
        map.on('render', () => {
          const fade = map.style?.placement?.fadeDuration;
          if (fade !== undefined && performance.getEntriesByName('map-idle').length === 0)
            w.fades.push(fade);
        });
      };
      hook();
    });
    await page.goto('/');
    await waitForIdle(page);
    const before = await page.evaluate(() => (window as unknown as { fades: number[] }).fades);
    expect(before.length).toBeGreaterThan(0);
    expect(new Set(before)).toEqual(new Set([0]));
    // A move after the first view places the labels again, with the fade.
    const after = await page.evaluate(
      () =>
        new Promise<number | undefined>((resolve) => {
          const map = window.kimTrainMap?.map;
          if (!map) return resolve(undefined);
          map.once('idle', () => resolve(map.style.placement?.fadeDuration));
          map.jumpTo({ center: [map.getCenter().lng + 1, map.getCenter().lat] });
        }),
    );
    expect(after).toBe(reducedMotion === 'reduce' ? 0 : 300);
  });
