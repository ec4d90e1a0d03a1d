import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchema, SCHEMA_DIR, STORY_SCHEMAS } from '../../../scripts/build-schemas';
import { DEFAULT_STORY } from '../../../tools/site/story-dir';

const check = (dir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-check.ts', dir], {
    encoding: 'utf8',
  });

describe('npm run story:check', { timeout: 60_000 }, () => {
  it('accepts the default story and prints the table the page shows', () => {
    const r = check(DEFAULT_STORY);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('ft-ussuriysk-vladivostok-distance');
    expect(r.stdout).toMatch(/ft-ussuriysk-vladivostok-distance .* does not hold\n/);
    expect(r.stdout).toContain('The reported days demand at least 35 km/h');
  });

  it('accepts the test story', () => {
    const r = check('tests/fixtures/stories/amur-test');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('The Test Gazette’s Amur line run');
    expect(r.stdout).not.toContain('Pyongyang');
  });

  it('refuses a copy of the default story with one corrupted coordinate, naming file and place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    cpSync(DEFAULT_STORY, dir, { recursive: true });
    const file = join(dir, 'places.geojson');
    const places = JSON.parse(readFileSync(file, 'utf8'));
    const i = places.features.findIndex(
      (f: { properties: { id: string } }) => f.properties.id === 'ussuriysk',
    );
    places.features[i].geometry.coordinates[1] = 143.8;
    writeFileSync(file, JSON.stringify(places));
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `places.geojson: feature ${i} ("ussuriysk") field "geometry.coordinates.1"`,
    );
  });

  it('names a stop that is no place, station or rail node, in the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    cpSync('tests/fixtures/stories/amur-test', dir, { recursive: true });
    const file = join(dir, 'story.json');
    const m = JSON.parse(readFileSync(file, 'utf8'));
    m.stops.push('atlantis');
    writeFileSync(file, JSON.stringify(m));
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'story.json: field "stops.2": expected a place, station or rail node id (given "atlantis"',
    );
  });
});

describe('story JSON Schemas', () => {
  it.each(Object.entries(STORY_SCHEMAS))('%s.schema.json is what the zod schema gives', (n, s) => {
    expect(readFileSync(join(SCHEMA_DIR, `${n}.schema.json`), 'utf8')).toBe(jsonSchema(n, s));
  });
});
