/**
 * npm run bench (part): what the studio costs. Its first load (bytes by type as served with
 * gzip, time to the page's load event), the gazetteer index (its size on the wire and the time
 * the worker takes to fetch and read it, in fresh pages), and the draft in the worker (seconds
 * per article, for the made-up articles of the tests). Prints a table; writes
 * bench/results/studio.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import config from '../playwright.config';
import { viteBuild } from '../tools/site/vite-build';
import { serveStatic } from './lib/serve';
import { summarise } from './lib/stats';

const KB = 1024;
const OUT = 'bench/dist/studio';
const ARTICLES = [
  ...readdirSync('tests/fixtures/story-draft/in').map((f) =>
    join('tests/fixtures/story-draft/in', f),
  ),
  ...readdirSync('tests/fixtures/studio').map((f) => join('tests/fixtures/studio', f)),
].filter((f) => f.endsWith('.txt'));

viteBuild(OUT, { logLevel: 'error' });
const server = await serveStatic(OUT);
const url = `${server.origin}/studio/`;
const browser: Browser = await chromium.launch(config.use?.launchOptions);

/** A fresh page with every response's bytes on the wire counted by kind. */
async function open(): Promise<{
  page: Page;
  bytes: Record<string, number>;
  close: () => Promise<void>;
}> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bytes: Record<string, number> = {
    html: 0,
    js: 0,
    css: 0,
    gazetteer: 0,
    network: 0,
    other: 0,
  };
  page.on('requestfinished', async (req) => {
    const s = await req.sizes().catch(() => null);
    const size = s ? s.responseBodySize + s.responseHeadersSize : 0;
    const path = new URL(req.url()).pathname;
    const kind = path.includes('/gazetteer/')
      ? 'gazetteer'
      : path.includes('/network/')
        ? 'network'
        : /\.m?js$/.test(path)
          ? 'js'
          : path.endsWith('.css')
            ? 'css'
            : path.endsWith('/') || path.endsWith('.html')
              ? 'html'
              : 'other';
    bytes[kind] = (bytes[kind] ?? 0) + size;
  });
  return { page, bytes, close: () => context.close() };
}

/** Drafts one article in the page and returns the worker's seconds and the page's figures. */
async function draft(page: Page, text: string) {
  const before = Number((await page.evaluate(() => document.body.dataset.drafts)) ?? 0);
  const start = Date.now();
  await page.getByLabel('Article', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Draft the map' }).click();
  await page.waitForFunction(
    (n) =>
      Number(document.body.dataset.drafts ?? 0) > n ||
      document.getElementById('error')?.textContent,
    before,
    {
      timeout: 120_000,
    },
  );
  const d = await page.evaluate(() => {
    const b = document.body.dataset;
    return {
      draftMs: b.draftMs ?? '',
      indexMs: b.indexMs ?? '',
      indexBytes: b.indexBytes ?? '',
      error: document.getElementById('error')?.textContent ?? '',
    };
  });
  return {
    workerS: Number(d.draftMs) / 1000,
    shownS: (Date.now() - start) / 1000,
    indexMs: Number(d.indexMs),
    indexBytes: Number(d.indexBytes),
    error: d.error,
  };
}

// 1. The first load, and 2. the index loaded by the first draft: three fresh pages.
const loads: {
  kb: Record<string, number>;
  loadMs: number;
  indexMs: number;
  indexKB: number;
  networkKB: number;
}[] = [];
for (let i = 0; i < 3; i++) {
  const { page, bytes, close } = await open();
  await page.goto(url, { waitUntil: 'load' });
  const loadMs = await page.evaluate(
    () => performance.getEntriesByType('navigation')[0]?.duration ?? Number.NaN,
  );
  await page.waitForLoadState('networkidle');
  const first = Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, v / KB]));
  const r = await draft(page, readFileSync(ARTICLES[0] as string, 'utf8'));
  loads.push({
    kb: first,
    loadMs,
    indexMs: r.indexMs,
    indexKB: (bytes.gazetteer ?? 0) / KB,
    networkKB: (bytes.network ?? 0) / KB,
  });
  await close();
}

// 3. The draft in the worker, article by article, in one page (the index loaded once).
const { page, close } = await open();
await page.goto(url);
// A warm-up draft of another text: the worker keeps its last draft, and the gazetteer loads once.
await draft(page, `${readFileSync(ARTICLES[0] as string, 'utf8')}\nWarm-up.`);
const drafts: { article: string; kb: number; workerS: number; shownS: number; error: string }[] =
  [];
for (const f of ARTICLES) {
  const text = readFileSync(f, 'utf8');
  const r = await draft(page, text);
  drafts.push({
    article: f,
    kb: text.length / KB,
    workerS: r.workerS,
    shownS: r.shownS,
    error: r.error,
  });
}
await close();
await browser.close();
server.close();

const med = (xs: number[]) => summarise(xs).median;
const first = Object.fromEntries(
  Object.keys(loads[0]?.kb ?? {}).map((k) => [k, med(loads.map((l) => l.kb[k] ?? 0))]),
);
const report = {
  date: new Date().toISOString(),
  firstLoad: { kb: first, loadMs: med(loads.map((l) => l.loadMs)) },
  index: {
    kbOnWire: med(loads.map((l) => l.indexKB)),
    networkKB: med(loads.map((l) => l.networkKB)),
    loadMs: med(loads.map((l) => l.indexMs)),
    files: Object.fromEntries(
      readdirSync(join(OUT, 'studio/gazetteer')).map((f) => [
        f,
        readFileSync(join(OUT, 'studio/gazetteer', f)).length,
      ]),
    ),
  },
  drafts,
};
console.log('\nThe studio (medians of 3 fresh pages, served with gzip on loopback):');
console.log(
  `  first load: ${Object.entries(first)
    .filter(([k]) => k !== 'gazetteer' && k !== 'network')
    .map(([k, v]) => `${k} ${v.toFixed(1)} KB`)
    .join(
      ', ',
    )}; load event at ${report.firstLoad.loadMs.toFixed(0)} ms (no gazetteer or network byte before the first draft: ${first.gazetteer === 0 && first.network === 0})`,
);
console.log(
  `  gazetteer index: ${(report.index.kbOnWire / KB).toFixed(2)} MB on the wire, fetched and read in the worker in ${(report.index.loadMs / 1000).toFixed(2)} s`,
);
console.log(
  `  rail network: ${(report.index.networkKB / KB).toFixed(2)} MB on the wire (fetched with the index, before the first draft's routing)`,
);
console.log('  the draft in the worker (seconds; shown: from the click to the map and lists):');
for (const d of drafts)
  console.log(
    `    ${d.article.padEnd(52)} ${d.kb.toFixed(1).padStart(5)} KB  worker ${d.workerS.toFixed(2)} s  shown ${d.shownS.toFixed(2)} s${d.error ? `  (${d.error})` : ''}`,
  );
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/studio.json', `${JSON.stringify(report, null, 2)}\n`);
