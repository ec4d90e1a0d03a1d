/**
 * Records the shader programs the map links on the way to its first full view (a phone and a
 * desktop, light and dark) from the production build, and writes them to
 * src/map/shaders/programs.json for the warm-up worker. Run after a change to the map's style or
 * a MapLibre upgrade (`npm run shaders`, which builds first); a browser test fails while the file
 * is out of date.
 *
 *   npm run shaders
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serveStatic } from '../bench/lib/serve';
import config from '../playwright.config';
import type { RecordedPrograms } from '../src/map/shaders/warm';
import { writeText } from '../tools/geom/write-json';
import {
  type LinkedProgram,
  linkedPrograms,
  programKey,
  SHADER_VIEWS,
  watchLinks,
} from '../tools/site/shader-links';

const OUT = 'src/map/shaders/programs.json';
const maplibre = JSON.parse(readFileSync('node_modules/maplibre-gl/package.json', 'utf8'))
  .version as string;

const server = await serveStatic('dist');
const browser = await chromium.launch(config.use?.launchOptions);
const programs: LinkedProgram[] = [];
const seen = new Set<string>();
try {
  for (const view of SHADER_VIEWS) {
    const page = await browser.newPage({ viewport: { width: view.width, height: view.height } });
    await watchLinks(page);
    await page.goto(`${server.origin}/${view.query}`);
    await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
      timeout: 60_000,
    });
    const linked = await linkedPrograms(page);
    let added = 0;
    for (const p of linked)
      if (!seen.has(programKey(p))) {
        seen.add(programKey(p));
        programs.push(p);
        added++;
      }
    console.log(`${view.name}: ${linked.length} programs linked, ${added} new`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (programs.length === 0) throw new Error('record-shaders: the map linked no programs');
const recorded: RecordedPrograms = { maplibre, programs };
writeText(OUT, `${JSON.stringify(recorded, null, 2)}\n`);
console.log(`${OUT}: ${programs.length} programs for MapLibre ${maplibre}`);
