import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, parseManifest, parsePublished } from '../../../src/data/load';
import { routeFile } from '../../../src/data/route-schema';
import { formatProblem, parseCollection } from '../../../src/data/validate';
import { DEFAULT_STORY } from '../../../tools/site/story-dir';
import { PATHS, readJson, readStoryJson } from '../../default-story';

const BASEMAP_DIR = `${DEFAULT_STORY}/basemap`;
/** Read only by the derive script (npm run data) and story:check, never by the page. */
const DERIVE_ONLY = ['route.json', 'quotes.lock.json'];

/** Build-time validation: every committed geo/ file passes its schema with no problem at all. */
const SCHEMAS = COLLECTIONS;

describe('geo/ files', () => {
  it('every file of the story and the basemap has a schema and a place in the loader, or is the derive script’s or story:check’s', () => {
    const json = (dir: string) => readdirSync(dir).filter((f) => /\.(geo)?json$/.test(f));
    expect([...json(DEFAULT_STORY), ...json(BASEMAP_DIR)].sort()).toEqual(
      [...Object.values(PATHS).map((p) => basename(p)), ...DERIVE_ONLY].sort(),
    );
  });

  it.each(Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])('%s validates', (name) => {
    const data = readJson(name);
    const file = basename(PATHS[name]);
    const { collection, problems } = parseCollection(file, name, data, SCHEMAS[name]);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(collection.features.length).toBe(data.features.length);
    expect(collection.features.length).toBeGreaterThan(0);
  });

  it('story.json validates', () => {
    expect(parseManifest('story.json', readJson('manifest')).articles).toHaveLength(2);
  });

  it('route.json validates, and names the stations.geojson stops in order', () => {
    const route = routeFile.parse(readStoryJson('route.json'));
    const stations = readJson('stations').features.map(
      (f: { properties: { id: string } }) => f.properties.id,
    );
    expect(route.nodes.map((n) => n.id)).toEqual(stations);
  });

  it('published.json validates', () => {
    expect(parsePublished('published.json', readJson('published')).length).toBeGreaterThanOrEqual(
      5,
    );
  });

  it('the stops, the framed places and the dated places are in the story', () => {
    const m = parseManifest('story.json', readJson('manifest'));
    const ids = new Set(
      [...readJson('places').features, ...readJson('stations').features].map(
        (f: { properties: { id: string } }) => f.properties.id,
      ),
    );
    for (const id of [...m.stops, ...m.frame, ...Object.keys(m.timeZones)])
      expect(ids.has(id), id).toBe(true);
  });
});
