import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/data/claims-schema';
import type { Place } from '../../../src/data/schema';
import { DEFAULT_STORY } from '../../../tools/site/story-dir';
import { readStory } from '../../../tools/story/read-story';

const SHARED = process.env.SHARED_DATA ?? '../shared/data';
const run = (dir: string, env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-geo.ts', dir], {
    env: { ...process.env, SHARED_DATA: SHARED, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
};

/** What the derive script writes for the default story; everything else in the folder is the author's. */
const DERIVED = [
  'rail.geojson',
  'stations.geojson',
  'published.json',
  ...['land', 'borders', 'rivers', 'lakes', 'labels'].map((n) => `basemap/${n}.geojson`),
].sort();

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
/**
 * A copy of a story folder, less the derived files, inside the checkout.
 */
function copyStory(from = DEFAULT_STORY): string {
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = mkdtempSync(resolve('node_modules/.cache/story-'));
  temps.push(dir);
  cpSync(from, dir, { recursive: true });
  for (const f of DERIVED) rmSync(join(dir, f), { force: true });
  return dir;
}
/** Every file under a folder with its bytes. */
const snapshot = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))] as const),
  );
const editJson = <T>(path: string, edit: (data: T) => void) => {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data as T);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
};
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe.skipIf(!existsSync(join(SHARED, 'SOURCES.md')))('scripts/build-geo.ts', () => {
  it('derives the same bytes twice, the committed ones, and leaves a hand-edited claim as it is', {
    timeout: 120_000,
  }, async () => {
    const a = copyStory();
    const b = copyStory();
    // An author changes a claim's figure by hand in the first copy.
    editJson(join(a, 'claims.json'), (d: { claims: Claim[] }) => {
      const c = d.claims.find((x) => x.id === 'live-ussuriysk-vladivostok-distance');
      expect(c?.reported.figures[0]).toEqual({ value: 98, unit: 'km' });
      if (c?.reported.figures[0]) c.reported.figures[0].value = 99;
    });
    const before = snapshot(a);
    expect(run(a).status).toBe(0);
    expect(run(b).status).toBe(0);
    const after = snapshot(a);
    // It wrote the derived files and nothing else, and changed none of the author's bytes.
    expect([...after.keys()].filter((f) => !before.has(f))).toEqual(DERIVED);
    for (const [f, bytes] of before) expect(after.get(f)?.equals(bytes), `${f} changed`).toBe(true);
    for (const f of DERIVED) {
      const bytes = after.get(f) as Buffer;
      expect(bytes.equals(readFileSync(join(b, f))), `${f} differs between two runs`).toBe(true);
      expect(
        bytes.equals(readFileSync(join(DEFAULT_STORY, f))),
        `${DEFAULT_STORY}/${f} is not what the script derives`,
      ).toBe(true);
    }
    // The edit is what the page's loader reads, with no other step.
    const loaded = await readStory(a);
    expect(loaded.problems).toEqual([]);
    const edited = loaded.data.claims.find((c) => c.id === 'live-ussuriysk-vladivostok-distance');
    expect(edited?.reported.figures[0]?.value).toBe(99);
  });

  it('says in one line that a story with no route.json has no track to derive, and writes nothing', {
    timeout: 60_000,
  }, () => {
    const dir = copyStory('tests/fixtures/stories/amur-test');
    const before = snapshot(dir);
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.out).toBe(
      `${dir}: no route.json, so nothing to derive for its track (its rail legs, if any, are the author's own)\n`,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('stops before writing when a place no longer lies where the row it cites says', {
    timeout: 60_000,
  }, () => {
    const dir = copyStory();
    editJson(join(dir, 'places.geojson'), (d: { features: Place[] }) => {
      const place = d.features[4] as Place;
      const [lon, lat] = place.geometry.coordinates as [number, number];
      place.geometry.coordinates = [lon, lat + 0.1];
    });
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(
      /places\.geojson: feature 4 \("ussuriysk"\) field "geometry\.coordinates": .* is 11\.\d\d km from .* where the row "Ussuriysk station" of extra_points\.csv it cites puts it/,
    );
    expect(r.err).toMatch(/1 problem, nothing written/);
    noStackTrace(r.err);
    expect(existsSync(join(dir, 'rail.geojson'))).toBe(false);
  });

  it('names the field of a broken route.json, and the row the shared data does not have', {
    timeout: 60_000,
  }, () => {
    const dir = copyStory();
    const route = join(dir, 'route.json');
    const good = readFileSync(route, 'utf8');
    editJson(route, (d: { nodes: { kind: string }[] }) => {
      (d.nodes[1] as { kind: string }).kind = 'depot';
    });
    let r = run(dir);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/route\.json: field "nodes\.1\.kind": Invalid option: expected one of/);
    noStackTrace(r.err);

    writeFileSync(route, good.replace('"to": "rajin"', '"to": "rajn"'));
    r = run(dir);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/route\.json: field "legs\.0\.to": no node "rajn" in "nodes"/);

    writeFileSync(route, good.replace('"nodes": [', '"nodes": [,'));
    r = run(dir);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/route\.json: is not valid JSON at line \d+, column \d+/);

    writeFileSync(
      route,
      good
        .replace('"value": "Rajin"', '"value": "Rajinn"')
        .replace('"basemap": true', '"basemap": false'),
    );
    r = run(dir);
    expect(r.status).toBe(1);
    expect(r.err.trim()).toBe(
      'build-geo: route.json: nodes[1] ("rajin").at: dprk_route_stations.csv: expected one row with name_en="Rajinn", found 0',
    );
    expect(readdirSync(dir).filter((f) => /^(rail|stations)\.geojson$|^published/.test(f))).toEqual(
      [],
    );
  });

  it('fails with a clear message when the input folder is missing', { timeout: 60_000 }, () => {
    const r = run(copyStory(), { SHARED_DATA: '/nonexistent' });
    expect(r.status).toBe(1);
    expect(r.err.trim()).toBe('build-geo: input folder /nonexistent not found (set SHARED_DATA)');
  });
});
