import { describe, expect, it } from 'vitest';
import { loadGeo } from '../../../src/data/load';
import type { GeoFile } from '../../../src/data/story-files';
import { PATHS, readJson, readText as real } from '../../default-story';

type Key = GeoFile;
const keyOfUrl = (url: string) =>
  (Object.keys(PATHS) as Key[]).find((k) => PATHS[k] === url) as Key;

/** A fetch that serves geo/ from disk, with some files replaced. */
function fakeFetch(
  overrides: Partial<Record<Key, { status?: number; body?: string; throws?: string }>>,
) {
  return async (url: string) => {
    const k = keyOfUrl(url);
    const o = overrides[k];
    if (o?.throws) throw new TypeError(o.throws);
    const status = o?.status ?? 200;
    const body = o?.body ?? real(k);
    return {
      ok: status < 400,
      status,
      statusText: status === 404 ? 'Not Found' : 'OK',
      text: async () => body,
    };
  };
}

describe('loadGeo', () => {
  it('loads every geo/ file with no problems', async () => {
    const { data, failed, problems } = await loadGeo(PATHS, fakeFetch({}));
    expect(failed).toEqual([]);
    expect(problems).toEqual([]);
    expect(data.places.length).toBeGreaterThanOrEqual(7);
    expect(data.land.length).toBeGreaterThan(0);
    expect(data.articles.map((a) => a.id).sort()).toEqual(['ft', 'live']);
  });

  it('names a file that is not JSON, and still loads the others', async () => {
    const { data, failed, problems } = await loadGeo(
      PATHS,
      fakeFetch({ rivers: { body: '{"type": "FeatureCollection", ' } }),
    );
    expect(failed).toEqual(['rivers.geojson']);
    expect(problems[0]?.file).toBe('rivers.geojson');
    expect(problems[0]?.message).toMatch(/not valid JSON/);
    expect(data.rivers).toEqual([]);
    expect(data.places.length).toBeGreaterThanOrEqual(7);
  });

  it('names a file that is missing (HTTP 404) or cannot be fetched', async () => {
    const r = await loadGeo(
      PATHS,
      fakeFetch({ labels: { status: 404 }, lakes: { throws: 'network down' } }),
    );
    expect(r.failed.sort()).toEqual(['labels.geojson', 'lakes.geojson']);
    expect(r.problems.find((p) => p.file === 'labels.geojson')?.message).toContain('HTTP 404');
    expect(r.problems.find((p) => p.file === 'lakes.geojson')?.message).toContain('network down');
  });

  it('drops a place with a broken field and names file, feature and field', async () => {
    const places = JSON.parse(real('places'));
    places.features[2].properties.kind = 'volcano';
    const r = await loadGeo(PATHS, fakeFetch({ places: { body: JSON.stringify(places) } }));
    expect(r.failed).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      file: 'places.geojson',
      feature: 2,
      field: 'properties.kind',
    });
    expect(r.data.places.length).toBe(places.features.length - 1);
  });

  it('drops a quote whose article is not in the manifest', async () => {
    const places = JSON.parse(real('places'));
    places.features[0].properties.mentions[0].article = 'tabloid';
    const r = await loadGeo(PATHS, fakeFetch({ places: { body: JSON.stringify(places) } }));
    expect(r.problems[0]).toMatchObject({
      file: 'places.geojson',
      feature: 0,
      field: 'properties.mentions.0.article',
    });
    expect(r.problems[0]?.message).toContain('"tabloid"');
    expect(r.data.places[0]?.properties.mentions).toHaveLength(
      places.features[0].properties.mentions.length - 1,
    );
  });
});

describe('parseClaims', () => {
  it('leaves out a broken claim, naming its index, id and field, and keeps the others', async () => {
    const { parseClaims } = await import('../../../src/data/load');
    const file = readJson('claims');
    file.claims[3].reported.qualifier = 'x'.repeat(80);
    file.claims[5].kind = 'rumour';
    const r = parseClaims('claims.json', file);
    expect(r.claims).toHaveLength(file.claims.length - 2);
    expect(r.problems.map((p) => p.field)).toEqual([
      'claims.3.reported.qualifier',
      'claims.5.kind',
    ]);
    expect(r.problems[1]?.featureId).toBe(file.claims[5].id);
    expect(r.excluded).toHaveLength(file.excluded.length);
  });

  it('refuses a file that is not a claims file, naming the member', async () => {
    const { parseClaims } = await import('../../../src/data/load');
    expect(() => parseClaims('claims.json', { name: 'claims', claims: 'none' })).toThrow(
      /claims\.json: field "(source|claims)"/,
    );
  });
});
