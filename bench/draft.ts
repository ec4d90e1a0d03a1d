/**
 * npm run bench:draft (also the last step of npm run bench): recall and precision of story:draft
 * on the real articles of `../shared/articles/real/` (when that folder is there; measurement only)
 * and on the fixtures, per article and in total; the time of a 1 MB run-on article made here; and
 * seconds per article for story:draft, gazetteer load included. Each article is drafted by the CLI itself, as a user
 * runs it (a fresh Node process: start, load the gazetteer packages, draft, write), `--runs` times
 * (default 3); the in-process split (loading the gazetteer, drafting) is measured beside it.
 * `--misses` lists, per real article, the labelled places and claims not found and the drafted
 * ones that match none (claims with their quotes), then stops. Figures, not tests: nothing here
 * fails on a slow machine; the issue's budget is 2 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { draftStory } from '../src/draft/draft';
import { writeDraft } from '../tools/draft/draft-io';
import { loadGazetteer } from '../tools/draft/gazetteer';
import { compareDays, type DayCounts } from '../tools/draft-eval/days-compare';
import { fixtureScores } from '../tools/draft-eval/draft-eval';
import { addScores, precision, recall, type Score } from '../tools/draft-eval/draft-score';
import { REAL, realScores } from '../tools/draft-eval/real';
import { summarise } from './lib/stats';

const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = flag('--runs', 3);
const RUN_ON_KB = flag('--run-on-kb', 1024);
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
const pct = (x: number) => `${Math.round(x * 100)}%`;
const cells = (sc: Score) =>
  `${sc.places.found}/${sc.places.expected} (${pct(recall(sc.places))}) | ${sc.places.right}/${sc.places.drafted} (${pct(precision(sc.places))}) | ${sc.claims.found}/${sc.claims.expected} (${pct(recall(sc.claims))}) | ${sc.claims.right}/${sc.claims.drafted} (${pct(precision(sc.claims))}) | ${sc.quotes.verbatim}/${sc.quotes.total}`;
const HEAD =
  '| article | places found | places right | claims found | claims right | quotes verbatim | draft, s |\n|---|---|---|---|---|---|---|';

const gazetteer = loadGazetteer();
// --misses: per real article, the labelled places and claims not found and the drafted ones that
// are wrong; then stop.
if (process.argv.includes('--misses')) {
  if (!existsSync(REAL)) console.log(`(no ${REAL}: nothing to list)`);
  else {
    const real = realScores(gazetteer);
    for (const r of real) {
      const { missed, wrong } = r.misses;
      console.log(
        `${r.article}${r.refused ? ` (no draft: ${r.refused.slice(0, 80)})` : ''}\n  missed: ${missed.join(', ') || '-'}\n  wrong:  ${wrong.join(', ') || '-'}`,
      );
      const c = r.score.misses;
      for (const x of c?.missed ?? []) console.log(`  claim missed: ${x}`);
      for (const x of c?.wrong ?? []) console.log(`  claim wrong:  ${x}`);
    }
    const all = addScores(real.map((r) => r.score));
    const [p, c] = [all.places, all.claims];
    console.log(`places found ${p.found}/${p.expected}, right ${p.right}/${p.drafted}`);
    console.log(`claims found ${c.found}/${c.expected}, right ${c.right}/${c.drafted}`);
  }
  process.exit(0);
}
if (existsSync(REAL)) {
  const real = realScores(gazetteer);
  console.log(`Real articles (${REAL}, each drafted alone, against its labels.json):\n`);
  console.log(HEAD);
  for (const r of real)
    console.log(
      `| \`${r.article}\`${r.refused ? ` **no draft**: ${r.refused.slice(0, 90)}` : ''} | ${cells(r.score)} | ${r.seconds.toFixed(2)} |`,
    );
  // Every draft handed to story:check, as a user would run it.
  const checked = real.map((r) => {
    if (!r.files) return { article: r.article, ok: false, line: 'no draft' };
    const dir = join(mkdtempSync(join(tmpdir(), 'bench-check-')), 'draft');
    writeDraft(dir, r.files, false);
    const c = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-check.ts', dir], {
      encoding: 'utf8',
    });
    rmSync(dirname(dir), { recursive: true });
    const line = `${c.stdout}${c.stderr}`.split('\n').find((x) => /problem|error/i.test(x)) ?? '';
    return { article: r.article, ok: c.status === 0, line };
  });
  const worst = Math.max(...real.map((r) => r.seconds));
  console.log(
    `| **all** (${real.filter((r) => !r.refused).length}/${real.length} drafted) | ${cells(addScores(real.map((r) => r.score)))} | max ${worst.toFixed(2)} |\n`,
  );
  console.log(
    `story:check accepts ${checked.filter((c) => c.ok).length} of ${checked.length} drafts${
      checked.some((c) => !c.ok)
        ? `; not: ${checked
            .filter((c) => !c.ok)
            .map((c) => `${c.article} (${c.line.trim().slice(0, 100)})`)
            .join('; ')}`
        : ''
    }.\n`,
  );
} else console.log(`(no ${REAL}: the real articles are not scored)\n`);
const fixtures = fixtureScores(gazetteer);
console.log('Fixtures (tests/fixtures/story-draft, each drafted alone):\n');
console.log(HEAD);
for (const f of fixtures) console.log(`| \`${f.article}\` | ${cells(f.score)} | |`);
console.log(`| **all** | ${cells(addScores(fixtures.map((f) => f.score)))} | |\n`);

// One run-on sentence repeated to RUN_ON_KB kilobytes (issue: quadratic in a sentence's length).
const clause = 'Warsaw is 300 km from Lublin and ';
const runOn = `Published: 2023-09-12\n\n${clause.repeat(Math.ceil((RUN_ON_KB * 1024) / clause.length))}`;
const r0 = performance.now();
let runOnOutcome = 'drafted';
try {
  draftStory([{ file: 'run-on.txt', text: runOn }], gazetteer);
} catch (e) {
  runOnOutcome = `refused: ${e instanceof Error ? e.message.slice(0, 80) : String(e)}`;
}
console.log(
  `Run-on article, ${(runOn.length / 1024).toFixed(0)} KB in one sentence: ${s(performance.now() - r0)} s (${runOnOutcome}; budget 10 s)\n`,
);

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

// The draft's day reader beside chrono-node, on the real articles' day labels.
if (existsSync(REAL)) {
  const rows = compareDays(REAL);
  const cell = (c: DayCounts) => `${c.right}/${c.labelled} found, ${c.right}/${c.found} right`;
  console.log('\nDays of the real articles: the draft’s reader and chrono-node (distinct days):\n');
  console.log('| article | language | draft | chrono-node |\n|---|---|---|---|');
  for (const r of rows)
    console.log(`| \`${r.article}\` | ${r.language} | ${cell(r.draft)} | ${cell(r.chrono)} |`);
  const sum = (k: 'draft' | 'chrono') =>
    rows.reduce(
      (a, r) => ({
        labelled: a.labelled + r[k].labelled,
        found: a.found + r[k].found,
        right: a.right + r[k].right,
      }),
      { labelled: 0, found: 0, right: 0 },
    );
  console.log(`| **all** | | ${cell(sum('draft'))} | ${cell(sum('chrono'))} |`);
}
