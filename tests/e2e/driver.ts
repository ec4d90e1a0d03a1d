import type { FrameLocator, Page } from '@playwright/test';

/** A small driver for the app: open it, wait for the map, and read what the map has rendered. */

export async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await waitForIdle(page);
}

/** Waits until the map exists, its style and sources are loaded, and nothing is moving. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.kimTrainMap?.map), null, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.kimTrainMap?.map;
        if (!map) return resolve();
        const check = () => {
          if (map.loaded() && !map.isMoving()) resolve();
          else map.once('idle', check);
        };
        map.triggerRepaint();
        map.once('idle', check);
      }),
  );
}

/** Property `prop` of every feature the map has drawn in the given layers (symbols: only placed ones). */
export async function rendered(page: Page, layers: string[], prop: string): Promise<string[]> {
  return page.evaluate(
    ({ layers, prop }) => {
      const map = window.kimTrainMap?.map;
      if (!map) throw new Error('no map');
      return map.queryRenderedFeatures({ layers }).map((f) => String(f.properties[prop]));
    },
    { layers, prop },
  );
}

/** Collects requests that leave the page's origin (data: and blob: URLs stay on the page). */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/**
 * Unfolds the panel's settings (speed, units, map figures, departure, pace): a wide window less
 * than 960 px high starts with them folded under one line (ui/view-settings.ts).
 */
export async function openSettings(page: Page | FrameLocator) {
  const group = page.locator('details.view-settings');
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
}
