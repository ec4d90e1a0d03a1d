/**
 * npm run bench:draft (also the last step of npm run bench): seconds per article for
 * story:draft, gazetteer load included. Each article is drafted by the CLI itself, as a user
 * runs it (a fresh Node process: start, load the gazetteer packages, draft, write), `--runs` times
 * (default 3); the in-process split (loading the gazetteer, drafting) is measured beside it.
 * Figures, not tests: nothing here fails on a slow machine; the budget is 2 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { draftStory } from '../src/draft/draft';
import { loadGazetteer } from '../tools/draft/gazetteer';
import { summarise } from './lib/stats';

const arg = process.argv.indexOf('--runs');
const RUNS = arg > 0 ? Number(process.argv[arg + 1]) : 3;
const SHARED = '../shared/articles';
const FIXTURES = 'tests/fixtures/story-draft/in';
const articles = [
  ...(existsSync(SHARED)
    ? ['000_4e508b13e52c11e8.txt', '004_9d374928d60337d4.txt'].map((f) => join(SHARED, f))
    : []),
  ...[
    'poland-night-sleeper',
    'us-two-portlands',
    'argentina-northern-line',
    'vietnam-border-sleeper',
    'kenya-mombasa-express',
  ].map((f) => join(FIXTURES, `${f}.txt`)),
];

const s = (ms: number) => (ms / 1000).toFixed(2);
const rows: string[] = [];
for (const path of articles) {
  const cli: number[] = [];
  const load: number[] = [];
  const draft: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(mkdtempSync(join(tmpdir(), 'bench-draft-')), 'out');
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/story-draft.ts',
        '--out',
        out,
        '--published',
        '2023-09-12',
        path,
      ],
      { encoding: 'utf8' },
    );
    cli.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`story:draft ${path} failed: ${r.stderr}`);
    rmSync(out, { recursive: true });
    const t1 = performance.now();
    const g = loadGazetteer();
    const t2 = performance.now();
    draftStory(
      [{ file: basename(path), text: readFileSync(path, 'utf8'), published: '2023-09-12' }],
      g,
    );
    load.push(t2 - t1);
    draft.push(performance.now() - t2);
  }
  const [c, l, d] = [summarise(cli), summarise(load), summarise(draft)];
  rows.push(
    `| \`${basename(path)}\` | ${s(c.median)} (${s(c.min)}–${s(c.max)}) | ${s(l.median)} | ${s(d.median)} |`,
  );
}
console.log(
  `story:draft, ${RUNS} runs per article, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the end:\n`,
);
console.log('| article | CLI, s (median, min–max) | gazetteer load, s | draft, s |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(r);
