import { readFileSync } from 'node:fs';
import { type Page, test } from '@playwright/test';
import { viteBuild } from '../../tools/site/vite-build';
import { DEFAULT_STORY } from '../default-story';
import { waitForIdle } from './driver';
import { type Served, serveDist } from './servers';

/**
 * What the first-minute specs share: the default story and a made-up journey west of Greenwich
 * (Portland, Oregon to Portland, Maine), a phone and a desktop, the west story's build, and the
 * screenshots kept in test-results/first-minute/.
 */
export const WEST = 'tests/fixtures/stories/us-portlands';
export const STORIES = [
  { name: 'default', dir: DEFAULT_STORY, out: 'dist' },
  { name: 'west', dir: WEST, out: 'dist-first-minute-west' },
];
export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];
export type Story = (typeof STORIES)[number];
export type Viewport = (typeof VIEWPORTS)[number];

export const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/first-minute/${name}.png` });

/** The story's manifest and places, as the files give them. */
export function storyFiles(dir: string) {
  const manifest = JSON.parse(readFileSync(`${dir}/story.json`, 'utf8'));
  const places = JSON.parse(readFileSync(`${dir}/places.geojson`, 'utf8')).features as {
    properties: { id: string; name: string; mentions: unknown[] };
    geometry: { coordinates: number[] };
  }[];
  return { manifest, places };
}

let built = false;
/** Builds the west story once a run (into its own folder). */
export function buildWest(): void {
  if (built) return;
  viteBuild('dist-first-minute-west', { env: { STORY: WEST } });
  built = true;
}

/**
 * One describe block a story and a viewport, each test on a fresh page of that story at that
 * size: `body` declares the tests, given the served origin.
 */
export function eachStoryAndViewport(
  body: (story: Story, vp: Viewport, origin: () => string) => void,
): void {
  test.beforeAll(() => buildWest());
  for (const story of STORIES)
    for (const vp of VIEWPORTS)
      test.describe(`${story.name} story, ${vp.name} (${vp.width}×${vp.height})`, () => {
        let served: Served;
        test.beforeEach(async ({ page }) => {
          served = await serveDist('/', {}, story.out);
          await page.setViewportSize({ width: vp.width, height: vp.height });
          await page.goto(`${served.origin}/`);
          await waitForIdle(page);
        });
        test.afterEach(async () => served.close());
        body(story, vp, () => served.origin);
      });
}

/** Whether a map point is clear of the panel, the credits, the controls and the map's edges. */
export async function clearOnMap(page: Page, lngLat: number[]): Promise<boolean> {
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
