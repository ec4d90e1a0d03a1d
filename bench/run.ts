/**
 * npm run bench: the app against a bare MapLibre page with the same data (bench/baseline), the
 * cost of recomputing after a reader's change, and how load and compute grow with the data.
 * Prints min/median/max and ratios; writes bench/results/report.{md,json}. Figures, not tests:
 * nothing here fails on a slow machine. Options: --runs N (default 7), --skip-build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { readByName } from '../tests/default-story';
import { measure, type PageRun, replace } from './lib/page-metrics';
import { recomputeTimings } from './lib/recompute';
import { measureReplay } from './lib/replay-metrics';
import { serveStatic } from './lib/serve';
import { type Summary, summarise } from './lib/stats';
import { syntheticPlaces, syntheticRoute } from './lib/synthetic';
import { loadAndCompute } from './lib/workload';

const arg = (name: string) => process.argv.indexOf(`--${name}`);
const RUNS = arg('runs') > 0 ? Number(process.argv[arg('runs') + 1]) : 7;
const KB = 1024;

if (arg('skip-build') < 0) {
  execFileSync('npx', ['vite', 'build', '--configLoader', 'runner', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  execFileSync(
    'npx',
    ['vite', 'build', '--configLoader', 'runner', '-c', 'bench/vite.baseline.config.ts'],
    {
      stdio: 'inherit',
    },
  );
}

const app = await serveStatic('dist');
const base = await serveStatic('bench/dist/baseline');
const browser = await chromium.launch(config.use?.launchOptions);
const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${browser.version()}`,
  runs: RUNS,
};

// 1. App and baseline, alternating, after one warm-up each.
await measure(browser, `${app.origin}/`);
await measure(browser, `${base.origin}/`);
const runs: { app: PageRun[]; base: PageRun[] } = { app: [], base: [] };
for (let i = 0; i < RUNS; i++) {
  runs.app.push(await measure(browser, `${app.origin}/`));
  runs.base.push(await measure(browser, `${base.origin}/`));
}
const pick = (list: PageRun[], f: (r: PageRun) => number) => summarise(list.map(f));
const metrics: Record<string, (r: PageRun) => number> = {
  'first map idle (ms)': (r) => r.idleMs,
  'first contentful paint (ms)': (r) => r.fcpMs,
  'JS (KB, gzip)': (r) => r.bytes.js / KB,
  'CSS (KB, gzip)': (r) => r.bytes.css / KB,
  'data (KB, gzip)': (r) => r.bytes.data / KB,
  'fonts: glyphs (KB, gzip)': (r) => r.bytes.fonts / KB,
  'JS heap after idle (MB)': (r) => r.heapBytes / 2 ** 20,
};
const table = Object.entries(metrics).map(([name, f]) => {
  const a = pick(runs.app, f);
  const b = pick(runs.base, f);
  return { name, app: a, base: b, ratio: a.median / b.median };
});
report.pages = table;

// 2. Recomputing after a reader's change (speed, mode), in this process.
const recompute = await recomputeTimings();
report.recompute = recompute;

// 3. Scale: synthetic places (1,000 and 10,000) and a route of 100,000 vertices.
const realPlaces = readByName('places.geojson');
const route = syntheticRoute(100_000);
const scale = [1_000, 10_000].map((n) => {
  const places = syntheticPlaces(realPlaces, n);
  const node = Array.from({ length: 5 }, () => loadAndCompute(places, route));
  return {
    places: n,
    parse: summarise(node.map((r) => r.parseMs)),
    compute: summarise(node.map((r) => r.computeMs)),
    body: JSON.stringify(places),
  };
});
const browserScale: { places: number; idle: Summary }[] = [];
for (const s of scale) {
  const idle: number[] = [];
  for (let i = 0; i < 3; i++)
    idle.push(
      (
        await measure(browser, `${app.origin}/`, {
          route: replace(/\/assets\/places-[^/]*\.geojson$/, s.body),
          timeoutMs: 120_000,
        })
      ).idleMs,
    );
  browserScale.push({ places: s.places, idle: summarise(idle) });
}
report.scale = scale.map(({ body: _b, ...rest }) => rest);

// 4. The replay: frames a second standing still and playing, the app's own work per frame.
const replay = await measureReplay(browser, `${app.origin}/`);
report.replay = replay;
report.scaleBrowser = browserScale;
await browser.close();
app.close();
base.close();

// Budgets.
const med = (name: string, who: 'app' | 'base') =>
  table.find((t) => t.name === name)?.[who].median ?? Number.NaN;
const jsCss = (who: 'app' | 'base') => med('JS (KB, gzip)', who) + med('CSS (KB, gzip)', who);
const [s1, s10] = scale;
const growth =
  s1 && s10
    ? (s10.parse.median + s10.compute.median) / (s1.parse.median + s1.compute.median)
    : Number.NaN;
const budgets = [
  {
    budget: 'first map idle ≤ 1.1 × baseline (median)',
    figure: `${(med('first map idle (ms)', 'app') / med('first map idle (ms)', 'base')).toFixed(2)} ×`,
    ok: med('first map idle (ms)', 'app') <= 1.1 * med('first map idle (ms)', 'base'),
  },
  {
    budget: 'JS+CSS the app adds over MapLibre ≤ 80 KB gzip',
    figure: `${(jsCss('app') - jsCss('base')).toFixed(1)} KB`,
    ok: jsCss('app') - jsCss('base') <= 80,
  },
  {
    budget: 'data + fonts for the first view ≤ 300 KB gzip',
    figure: `${(med('data (KB, gzip)', 'app') + med('fonts: glyphs (KB, gzip)', 'app')).toFixed(1)} KB`,
    ok: med('data (KB, gzip)', 'app') + med('fonts: glyphs (KB, gzip)', 'app') <= 300,
  },
  {
    budget: 'recompute after a speed change < 1 ms (median)',
    figure: `${recompute.speed.median.toFixed(3)} ms`,
    ok: recompute.speed.median < 1,
  },
  {
    budget: 'recompute after a mode switch < 1 ms (median)',
    figure: `${recompute.mode.median.toFixed(3)} ms`,
    ok: recompute.mode.median < 1,
  },
  {
    budget: 'replay: the app’s own work per frame < 2 ms (median), no panel redraw',
    figure: `${replay.frameMs.median.toFixed(2)} ms; ${replay.panelRedraws} redraws`,
    ok: replay.frameMs.median < 2 && replay.panelRedraws === 0,
  },
  {
    budget: '10,000 places reach idle; load+compute grows ≤ linearly from 1,000 (≤ 10×)',
    figure: `idle ${browserScale[1]?.idle.median.toFixed(0)} ms; growth ${growth.toFixed(2)} ×`,
    ok: Number.isFinite(browserScale[1]?.idle.median ?? Number.NaN) && growth <= 10,
  },
];
report.budgets = budgets;

// Print and write.
const f = (s: Summary, d = 1) =>
  `${s.min.toFixed(d)} / ${s.median.toFixed(d)} / ${s.max.toFixed(d)}`;
const lines = [
  `# Benchmark, ${report.date}`,
  '',
  `Machine: ${report.machine}. ${RUNS} cold loads each, alternating, after a warm-up. Loopback, gzip as a static host serves it.`,
  '',
  '| metric | app (min / median / max) | baseline (min / median / max) | app / baseline (medians) |',
  '|---|---|---|---|',
  ...table.map((t) => `| ${t.name} | ${f(t.app)} | ${f(t.base)} | ${t.ratio.toFixed(2)} |`),
  '',
  `Recompute (median of ${recompute.speed.n}): speed change ${recompute.speed.median.toFixed(3)} ms, mode switch ${recompute.mode.median.toFixed(3)} ms, first computation ${recompute.first.median.toFixed(3)} ms.`,
  '',
  '| places | parse (ms) | compute (ms) | browser: first idle (ms) |',
  '|---|---|---|---|',
  ...scale.map(
    (s, i) =>
      `| ${s.places.toLocaleString('en-GB')} (+ a 100,000-vertex route) | ${f(s.parse)} | ${f(s.compute)} | ${browserScale[i] ? f(browserScale[i].idle, 0) : '—'} |`,
  ),
  '',
  `Replay (one run, ${replay.frameMs.n} frames): ${replay.playingFps.toFixed(1)} frames a second while playing against ${replay.stillFps.toFixed(1)} standing still (${(replay.playingFps / replay.stillFps).toFixed(2)}); the app's own work per frame ${f(replay.frameMs, 2)} ms (min / median / max).`,
  '',
  '| budget | figure | met |',
  '|---|---|---|',
  ...budgets.map((b) => `| ${b.budget} | ${b.figure} | ${b.ok ? 'yes' : 'no'} |`),
];
const md = `${lines.join('\n')}\n`;
console.log(`\n${md}`);
mkdirSync(join('bench', 'results'), { recursive: true });
writeFileSync(join('bench', 'results', 'report.md'), md);
writeFileSync(join('bench', 'results', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
