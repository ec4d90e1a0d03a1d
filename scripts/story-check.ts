/**
 * Checks a story folder and prints what the page would show.
 * Usage: npm run story:check [folder] [--articles <folder>] [--seal]   (default: geo/stories/kim-2023)
 * `--articles`: a folder holding the texts the story keeps outside the repository;
 * `--seal`: write quotes.lock.json from the texts at hand once every quote checks.
 *
 * Every file is read through the app's own loader and cross-checked; each problem names the
 * file, the feature and the field. A broken story exits with status 1.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatDistance } from '../src/journey/format.ts';
import { piecesMakeup } from '../src/journey/route-figures.ts';
import { openStory } from '../src/journey/story-model.ts';
import { formatDuration } from '../src/journey/travel-time.ts';
import { railFigureWords, trackFigure } from '../src/words/figure-words.ts';
import { bindingTimes, leastSpeed } from '../src/words/time-words.ts';
import { checked, DEFAULT_STORY } from '../tools/site/story-dir.ts';
import { storyCheckArgs } from '../tools/story/check-args.ts';
import { claimsReport } from '../tools/story/claims-table.ts';
import { lockText, SEAL_FILE } from '../tools/story/quote-seal.ts';
import { noteLines, problemReport, readStory } from '../tools/story/read-story.ts';

const args = storyCheckArgs(process.argv.slice(2), DEFAULT_STORY);
if ('error' in args) {
  console.error(`story:check: ${args.error}`);
  process.exit(1);
}
let dir = resolve(args.dir);
try {
  dir = checked(args.dir, args.dir);
} catch (e) {
  console.error(`story:check: ${(e as Error).message}`);
  process.exit(1);
}
if (args.articles && !(existsSync(args.articles) && statSync(args.articles).isDirectory())) {
  console.error(`story:check: --articles ${args.articles}: no such folder`);
  process.exit(1);
}
const { data, problems, failed, skipped, notes, lock } = await readStory(dir, undefined, {
  articles: args.articles,
});

/** A plain-text table with columns padded to their widest cell (cells cut at `max`). */
function table(head: string[], rows: string[][], max = 60): string {
  const cut = (s: string) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  const all = [head, ...rows].map((r) => r.map(cut));
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(all[0] ?? []),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
  ].join('\n');
}

console.log(`Story: ${data.manifest.title}\nFolder: ${dir}\n`);
if (problems.length > 0) console.log(`${problemReport(dir, { problems, failed, skipped })}\n`);
else if (notes.length > 0) console.log(`${noteLines(notes).join('\n')}\n`);

if (failed.length === 0) {
  const { lookup, model } = openStory(data);
  const speed = model.base.presets[0]?.kmh ?? 50;
  const { view } = model.at({ speedKmh: speed, mode: 'computed', units: 'km' });
  const d = (km: number) => formatDistance(km, 'km');
  console.log(claimsReport(view, data, lookup.name, table, speed));
  console.log('\nLegs (rail: the railway’s figure where one covers the leg, else measured):');
  console.log(
    table(
      ['leg', 'straight line', 'rail', 'measured', `at ${speed} km/h`],
      [
        ...view.legs.map((l, i) => {
          const m = piecesMakeup(l.pieces);
          return [
            `${lookup.name(l.from)} → ${lookup.name(l.to)}`,
            l.straightKm === null ? '—' : d(l.straightKm),
            trackFigure(l.km, m, 'km'),
            trackFigure(l.rail.km, m, 'km'),
            trackFigure(view.legHours[i] ?? Number.NaN, m, 'km', formatDuration),
          ];
        }),
        [
          'whole route',
          view.whole.straightKm === null ? '—' : d(view.whole.straightKm),
          trackFigure(view.whole.km, view.route.whole.makeup, 'km'),
          trackFigure(view.whole.measuredKm, view.route.whole.makeup, 'km'),
          trackFigure(view.wholeHours, view.route.whole.makeup, 'km', formatDuration),
        ],
      ],
    ),
  );
  if (view.route.whole.makeup.network > 0)
    console.log(
      `Whole route: ${railFigureWords(view.whole.km, view.route.whole.makeup, d)}; docs/network.md.`,
    );
  if (view.timeline.stretches.length > 0) {
    console.log('\nTimeline (the reported days in travel order):');
    console.log(
      table(
        ['stretch', 'rail', 'time allowed', 'least speed'],
        view.timeline.stretches.map((s) => [
          `${lookup.name(s.from.place)} → ${lookup.name(s.to.place)}`,
          d(s.km),
          s.maxHours > 0 ? `at most ${formatDuration(s.maxHours)}` : 'none',
          leastSpeed(s.demand, 'km'),
        ]),
      ),
    );
  }
  for (const [label, t] of [
    ['The reported days demand at least', view.timeline],
    ['Without forecasts, at least', view.reportsOnly],
  ] as const)
    if (t.least && (t === view.timeline || view.timeline.events.some((e) => e.forecast)))
      console.log(
        `\n${label} ${leastSpeed(t.least, 'km')} on average: ${bindingTimes(t.least, lookup.name, view.zones)}.`,
      );
}

if (problems.length > 0 || failed.length > 0) {
  if (args.seal)
    console.error(`story:check: ${SEAL_FILE} not written: every quote must check first`);
  console.error(`\nstory:check: ${dir} has ${problems.length} problem(s); see above`);
  process.exit(1);
}
if (args.seal && lock) {
  writeFileSync(join(dir, SEAL_FILE), lockText(lock));
  const n = Object.values(lock.articles).reduce((k, a) => k + Object.keys(a.quotes).length, 0);
  console.log(`\nstory:check: wrote ${SEAL_FILE}: ${n} quotes sealed`);
}
console.log('\nstory:check: no problems.');
