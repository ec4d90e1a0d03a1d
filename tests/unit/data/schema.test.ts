import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../src/data/load';
import { labelFeature, landFeature, placeFeature, riverFeature } from '../../../src/data/schema';
import {
  formatProblem,
  GeoDataError,
  type Problem,
  parseCollection,
  parseCollectionInSlices,
} from '../../../src/data/validate';
import { nextTask } from '../../../src/next-task';
import { readByName } from '../../default-story';

const dir = 'tests/fixtures/parse-collection/in';
const read = (name: string): unknown => JSON.parse(readFileSync(`${dir}/${name}.geojson`, 'utf8'));
const schemas = {
  places: placeFeature,
  land: landFeature,
  rivers: riverFeature,
  labels: labelFeature,
} as const;

/** One broken feature per rule: the problem must name the field, and the valid feature survives. */
const FEATURE_RULES: [fixture: string, collection: keyof typeof schemas, field: string][] = [
  ['place-missing-name', 'places', 'properties.name'],
  ['place-empty-name', 'places', 'properties.name'],
  ['place-name-control-char', 'places', 'properties.name'],
  ['place-name-padded', 'places', 'properties.name'],
  ['place-bad-kind', 'places', 'properties.kind'],
  ['place-bad-country', 'places', 'properties.country'],
  ['place-bad-id', 'places', 'properties.id'],
  ['place-duplicate-id', 'places', 'properties.id'],
  ['place-lon-out-of-range', 'places', 'geometry.coordinates.0'],
  ['place-lat-out-of-range', 'places', 'geometry.coordinates.1'],
  ['place-lon-not-number', 'places', 'geometry.coordinates.0'],
  ['place-not-a-point', 'places', 'geometry.type'],
  ['place-unknown-property', 'places', 'properties'],
  ['place-unknown-language', 'places', 'properties.names.Chinese'],
  ['place-empty-quote', 'places', 'properties.mentions.0.quote'],
  ['place-mentions-not-array', 'places', 'properties.mentions'],
  ['land-unclosed-ring', 'land', 'geometry.coordinates.0'],
  ['land-short-ring', 'land', 'geometry.coordinates.0'],
  ['land-bad-detail', 'land', 'properties.detail'],
  ['river-story-not-boolean', 'rivers', 'properties.story'],
  ['river-one-point-line', 'rivers', 'geometry.coordinates'],
  ['label-rank-not-integer', 'labels', 'properties.rank'],
];

describe('parseCollection: a broken feature is named and left out', () => {
  it.each(FEATURE_RULES)('%s -> %s field "%s"', (fixture, name, field) => {
    const file = `${fixture}.geojson`;
    const { collection, problems } = parseCollection(file, name, read(fixture), schemas[name]);
    expect(collection.features).toHaveLength(1);
    expect(problems.map((p) => p.field)).toContain(field);
    const problem = problems.find((p) => p.field === field) as Problem;
    expect(problem.feature).toBe(1);
    const text = formatProblem(problem);
    expect(text).toContain(file);
    expect(text).toContain('feature 1');
    expect(text).toContain(`field "${field}"`);
  });

  it('says which key is unknown and what a wrong value was', () => {
    const unknown = parseCollection(
      'u.geojson',
      'places',
      read('place-unknown-property'),
      placeFeature,
    );
    expect(unknown.problems[0]?.message).toContain('population');
    const kind = parseCollection('k.geojson', 'places', read('place-bad-kind'), placeFeature);
    expect(kind.problems[0]?.message).toContain('"village"');
    expect(kind.problems[0]?.featureId).toBe('broken');
  });
});

/** Collection-level rules: the whole file is refused with an error naming the member. */
const FILE_RULES: [fixture: string, field: string][] = [
  ['collection-not-a-collection', 'type'],
  ['collection-missing-source', 'source'],
  ['collection-wrong-name', 'name'],
  ['collection-features-not-array', 'features'],
];

describe('parseCollection: a broken file throws GeoDataError', () => {
  it.each(FILE_RULES)('%s -> field "%s"', (fixture, field) => {
    const file = `${fixture}.geojson`;
    let error: unknown;
    try {
      parseCollection(file, 'places', read(fixture), placeFeature);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GeoDataError);
    const problems = (error as GeoDataError).problems;
    expect(problems.map((p) => p.field)).toContain(field);
    expect((error as Error).message).toContain(`${file}: field "${field}"`);
  });
});

describe('parseManifest', () => {
  const manifest = () => readByName('story.json');
  it('accepts the default story', () => {
    expect(parseManifest('story.json', manifest()).stops.length).toBeGreaterThan(2);
  });
  it('names a malformed date', () => {
    const m = manifest();
    m.articles[0].published = '12 Sept 2023';
    expect(() => parseManifest('story.json', m)).toThrow(
      /story\.json: field "articles\.0\.published"/,
    );
  });
  it('names a time zone that is not an IANA name', () => {
    const m = manifest();
    m.timeZones.border = 'UTC+10';
    expect(() => parseManifest('story.json', m)).toThrow(
      /story\.json: field "timeZones\.border": expected an IANA time zone name/,
    );
  });
});

describe('parseCollectionInSlices: a large file checked in tasks of its own', () => {
  const land = JSON.parse(readFileSync('geo/stories/kim-2023/basemap/land.geojson', 'utf8')) as {
    features: unknown[];
  };

  it('finds what parseCollection finds, broken features included', async () => {
    for (const [fixture, name] of [
      ['land-unclosed-ring', 'land'],
      ['place-duplicate-id', 'places'],
    ] as const) {
      const whole = parseCollection(fixture, name, read(fixture), schemas[name]);
      const sliced = await parseCollectionInSlices(fixture, name, read(fixture), schemas[name], 0);
      expect(sliced).toEqual(whole);
      expect(sliced.problems.length).toBeGreaterThan(0);
    }
  });

  it('lets other tasks run between its slices, and not within a slice', async () => {
    const run = async (sliceMs: number) => {
      let ticks = 0;
      let done = false;
      const other = (async () => {
        while (!done) {
          ticks++;
          await nextTask();
        }
      })();
      const r = await parseCollectionInSlices('land.geojson', 'land', land, landFeature, sliceMs);
      done = true;
      await other;
      return { ticks, features: r.collection.features.length };
    };
    const everyFeature = await run(-1);
    expect(everyFeature.features).toBe(land.features.length);
    // A slice per feature: the other task ran between every two.
    expect(everyFeature.ticks).toBeGreaterThanOrEqual(land.features.length - 1);
    // One slice for the whole file: the other task ran only once it was done.
    expect((await run(60_000)).ticks).toBeLessThanOrEqual(2);
  });
});
