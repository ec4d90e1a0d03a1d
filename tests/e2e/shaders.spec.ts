import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { RecordedPrograms, WarmResult } from '../../src/map/shaders/warm';
import {
  linkedPrograms,
  programKey,
  SHADER_VIEWS,
  watchLinks,
} from '../../tools/site/shader-links';
import { waitForIdle } from './driver';

// The shaders' warm-up (src/map/shaders): a worker compiles the recorded programs while the data
// loads, so that the map's own links find them compiled. Its figures are in the bench.

const recorded = JSON.parse(
  readFileSync('src/map/shaders/programs.json', 'utf8'),
) as RecordedPrograms;

test('the warm-up worker compiles and links every recorded program', async ({ page }) => {
  await page.goto('/');
  const result = await page
    .waitForFunction(
      () =>
        (performance.getEntriesByName('shaders-warmed')[0] as PerformanceMark | undefined)?.detail,
    )
    .then((h) => h.jsonValue() as Promise<WarmResult>);
  expect(recorded.programs.length).toBeGreaterThan(0);
  expect(result).toEqual({ linked: recorded.programs.length, failed: 0 });
  expect(page.workers().some((w) => w.url().includes('warm-worker'))).toBe(true);
});

test('an embed starts no warm-up: its WebGL contexts are for maps', async ({ page }) => {
  await page.goto('/?embed=1');
  await waitForIdle(page);
  expect(page.workers().some((w) => w.url().includes('maplibre-gl-worker'))).toBe(true);
  expect(page.workers().filter((w) => w.url().includes('warm-worker'))).toEqual([]);
  expect(await page.evaluate(() => performance.getEntriesByName('shaders-warmed').length)).toBe(0);
});

for (const view of SHADER_VIEWS)
  test(`every program the map links on the way to its first view was warmed (${view.name})`, async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: view.width, height: view.height } });
    await watchLinks(page);
    await page.goto(`/${view.query}`);
    await waitForIdle(page);
    const linked = await linkedPrograms(page);
    expect(linked.length).toBeGreaterThan(0);
    const known = new Set(recorded.programs.map(programKey));
    const missing = linked.filter((p) => !known.has(programKey(p)));
    expect(
      missing.length,
      'programs the map linked that src/map/shaders/programs.json lacks: run `npm run shaders`',
    ).toBe(0);
    await page.close();
  });
