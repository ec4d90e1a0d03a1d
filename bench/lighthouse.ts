/**
 * npm run bench (its last step): Lighthouse 12.8.2 on the app and on the bare-MapLibre baseline,
 * alternating, mobile and desktop presets, in the same Chromium as the browser tests
 * (CHROMIUM_PATH overrides), both served from loopback with gzip. Writes
 * bench/results/lighthouse.{md,json}. Run after bench/run.ts, which builds both pages.
 * Options: --runs N (default 3).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { lighthouseTable } from './lib/lighthouse';
import { serveStatic } from './lib/serve';

const arg = process.argv.indexOf('--runs');
const RUNS = arg > 0 ? Number(process.argv[arg + 1]) : 3;
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const app = await serveStatic('dist');
const base = await serveStatic('bench/dist/baseline');
const tables = [];
for (const preset of ['mobile', 'desktop'] as const)
  tables.push(await lighthouseTable(`${app.origin}/`, `${base.origin}/`, preset, RUNS, chrome));
app.close();
base.close();

const f = (v: number, metric: string) =>
  metric === 'cumulative layout shift' ? v.toFixed(3) : v.toFixed(0);
const lines = [
  `# Lighthouse 12.8.2, ${new Date().toISOString()}`,
  '',
  `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ${chrome} with WebGL in SwiftShader; medians of ${RUNS} runs each, app and baseline alternating.`,
  '',
  ...tables.flatMap((t) => [
    `## ${t.preset}`,
    '',
    '| metric | app | baseline | app at least as good |',
    '|---|---|---|---|',
    ...t.rows.map(
      (r) =>
        `| ${r.metric} | ${f(r.app.median, r.metric)} | ${f(r.base.median, r.metric)} | ${r.better ? 'yes' : 'no'} |`,
    ),
    '',
  ]),
];
const md = `${lines.join('\n')}\n`;
console.log(`\n${md}`);
mkdirSync(join('bench', 'results'), { recursive: true });
writeFileSync(join('bench', 'results', 'lighthouse.md'), md);
writeFileSync(join('bench', 'results', 'lighthouse.json'), `${JSON.stringify(tables, null, 2)}\n`);
process.exit(0);
