import type { Browser } from '@playwright/test';
import { type Summary, summarise } from './stats';

/** Frames a second the page draws over `ms` (requestAnimationFrame callbacks). */
const FPS = (ms: number) => `new Promise((resolve) => {
  let n = 0;
  const t0 = performance.now();
  const tick = () => {
    n++;
    if (performance.now() - t0 < ${ms}) requestAnimationFrame(tick);
    else resolve((n * 1000) / (performance.now() - t0));
  };
  requestAnimationFrame(tick);
})`;

export interface ReplayRun {
  stillFps: number;
  playingFps: number;
  /** The app's own work per replay frame (ms): the store update and everything it redraws. */
  frameMs: Summary;
  /** Panel redraws while playing (should be none). */
  panelRedraws: number;
}

/**
 * The replay in one run: frames a second with the map standing still, then while the replay
 * plays, and the app's own work per frame (the page measures each frame as `replay-frame`).
 */
export async function measureReplay(browser: Browser, url: string, ms = 4000): Promise<ReplayRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(500);
  const stillFps = (await page.evaluate(FPS(ms))) as number;
  // Marks the panel's tables: a panel redraw while playing would replace them.
  await page.evaluate(() => {
    for (const t of document.querySelectorAll('#panel table'))
      (t as HTMLElement).dataset.kept = '1';
  });
  await page.getByRole('button', { name: 'Play' }).click();
  const playingFps = (await page.evaluate(FPS(ms))) as number;
  await page.getByRole('button', { name: 'Pause' }).click();
  const frames = await page.evaluate(() =>
    performance.getEntriesByName('replay-frame').map((e) => e.duration),
  );
  const panelRedraws = await page.evaluate(
    () => document.querySelectorAll('#panel table:not([data-kept])').length,
  );
  await context.close();
  return { stillFps, playingFps, frameMs: summarise(frames), panelRedraws };
}
