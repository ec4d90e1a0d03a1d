/**
 * npm run bench (part): what each story costs. For the default story and the test stories: the
 * data and glyphs its first view downloads (gzip, in Chromium, as served by a static host), and
 * for twenty stories in one build, the build's seconds per story. Prints a table; adds it to
 * bench/results/stories.json.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { DEFAULT_STORY } from '../tests/default-story';
import { viteBuild } from '../tools/site/vite-build';
import { measure } from './lib/page-metrics';
import { serveStatic } from './lib/serve';
import { summarise } from './lib/stats';

const KB = 1024;
const STORIES = [
  DEFAULT_STORY,
  'tests/fixtures/stories/przemysl-kyiv',
  'tests/fixtures/stories/amur-test',
];
const build = (outDir: string, env: Record<string, string>) => {
  const t = performance.now();
  viteBuild(outDir, { env, logLevel: 'error' });
  return (performance.now() - t) / 1000;
};

// 1. Each story's first view: data + glyphs (gzip), medians of 3 cold loads.
const browser = await chromium.launch(config.use?.launchOptions);
const firstView: { story: string; dataKB: number; glyphsKB: number; totalKB: number }[] = [];
for (const dir of STORIES) {
  const out = join('bench/dist/story', dir.split('/').at(-1) ?? 'story');
  build(out, { STORY: dir });
  const server = await serveStatic(out);
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await measure(browser, `${server.origin}/`));
  await server.close();
  const data = summarise(runs.map((r) => r.bytes.data / KB)).median;
  const glyphs = summarise(runs.map((r) => r.bytes.fonts / KB)).median;
  firstView.push({ story: dir, dataKB: data, glyphsKB: glyphs, totalKB: data + glyphs });
}
await browser.close();

// 2. Twenty stories in one build: the second real story moved round the world, so that each
// has a basemap of its own region to make (and the default story among them).
const tmp = 'bench/dist/twenty';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const base = 'tests/fixtures/stories/przemysl-kyiv';
const dirs = [DEFAULT_STORY];
for (let i = 1; i < 20; i++) {
  const dir = join(tmp, `story-${i}`);
  cpSync(base, dir, { recursive: true });
  const shift = ((i * 17) % 300) - 150;
  const move = (x: unknown): unknown =>
    Array.isArray(x) && typeof x[0] === 'number' && typeof x[1] === 'number'
      ? [Math.round((((x[0] + shift + 540) % 360) - 180) * 1e5) / 1e5, x[1]]
      : Array.isArray(x)
        ? x.map(move)
        : x && typeof x === 'object'
          ? Object.fromEntries(
              Object.entries(x).map(([k, v]) => [k, k === 'coordinates' ? move(v) : v]),
            )
          : x;
  for (const f of ['places.geojson', 'rail.geojson']) {
    const p = join(dir, f);
    writeFileSync(p, JSON.stringify(move(JSON.parse(readFileSync(p, 'utf8')))));
  }
  const m = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
  m.id = `story-${i}`;
  m.region = undefined;
  const [w, s, e, n] = [21.5, 48.5, 31.5, 51.2];
  m.region = [w + shift, s, e + shift, n].map((v, k) =>
    k % 2 === 0 ? Math.max(-180, Math.min(180, v)) : v,
  );
  writeFileSync(join(dir, 'story.json'), JSON.stringify(m));
  dirs.push(dir);
}
const seconds = build('bench/dist/twenty-build', { STORIES: dirs.join(',') });

const report = {
  date: new Date().toISOString(),
  firstView,
  twenty: { stories: dirs.length, seconds, perStory: seconds / dirs.length },
};
console.log('\nData + glyphs of the first view (gzip, median of 3 cold loads):');
for (const r of firstView)
  console.log(
    `  ${r.story.padEnd(40)} data ${r.dataKB.toFixed(1)} KB + glyphs ${r.glyphsKB.toFixed(1)} KB = ${r.totalKB.toFixed(1)} KB (budget 300 KB)`,
  );
console.log(
  `\n${dirs.length} stories in one build: ${seconds.toFixed(1)} s, ${report.twenty.perStory.toFixed(2)} s per story`,
);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/stories.json', `${JSON.stringify(report, null, 2)}\n`);
