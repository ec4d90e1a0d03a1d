import { describe, expect, it } from 'vitest';
import type { RouteFile } from '../../../../src/data/route-schema';
import type { Place } from '../../../../src/data/schema';
import { checkPlaces, citedRow } from '../../../../tools/derive/place-check';
import { published } from '../../../../tools/derive/published';
import { locate, OSM, sharedInputs } from '../../../../tools/derive/shared-inputs';

/** A small shared data folder: points, published lengths, a trace and station points. */
const DIR = 'tests/fixtures/shared-inputs/in';
const io = () => sharedInputs(DIR);

describe('locate: where a stop of route.json is', () => {
  it('a CSV row cites its OSM node, else its coord_source, else its source', () => {
    const at = (value: string) => locate(io(), { file: 'points.csv', key: 'name_en', value });
    expect(at('A station')).toEqual({
      at: [130, 50],
      source: `OSM node 123, ${OSM} (points.csv, row "A station")`,
    });
    expect(at('B station').source).toBe(
      'Wikipedia infobox (CC BY-SA 4.0) (points.csv, row "B station")',
    );
    expect(at('D station').source).toBe(
      'OSM node 9 via an Overpass dump, ODbL (points.csv, row "D station")',
    );
  });

  it('a vertex of a trace, and a point of a GeoJSON file, with the file’s credit', () => {
    const file = 'rail_baranovsky_khasan_border.geojson';
    expect(locate(io(), { file, vertex: 'last' })).toEqual({
      at: [130.4, 50.3],
      source: `last vertex of ${file} (trace over OSM by trolleway/russian-railways-simplegeodata (BRouter)), ${OSM}`,
    });
    expect(
      locate(io(), { file: 'stations_trolleway_region.geojson', key: 'name_en', value: 'B' }),
    ).toEqual({
      at: [130.2, 50.1],
      source: `trolleway stations.gpkg point "B" (stations_trolleway_region.geojson), ${OSM}`,
    });
  });

  it('names the row, the point or the file it cannot use', () => {
    const stations = 'stations_trolleway_region.geojson';
    expect(() => locate(io(), { file: 'points.csv', key: 'name_en', value: 'Z' })).toThrow(
      'points.csv: expected one row with name_en="Z", found 0',
    );
    expect(() => locate(io(), { file: 'points.csv', key: 'name_en', value: 'C station' })).toThrow(
      'points.csv: row name_en="C station" has no numeric lat/lon',
    );
    expect(() => locate(io(), { file: stations, key: 'name_en', value: 'Twice' })).toThrow(
      `${stations}: expected one point with name_en="Twice", found 2`,
    );
    expect(() => locate(io(), { file: 'other.geojson', vertex: 'first' })).toThrow(
      /^other\.geojson: no credit known for this file of the shared data \(known: /,
    );
    expect(() => locate(io(), { file: 'missing.csv', key: 'id', value: 'a' })).toThrow(
      `missing.csv: no such file in ${DIR}`,
    );
  });
});

describe('published: the stretches route.json names', () => {
  it('takes each row’s figure, its source ("same as above" is the row above) and note', () => {
    const s = published(io(), {
      file: 'published.csv',
      stretches: [
        { from: 'a', to: 'b', item: 'A->B' },
        { from: 'a', to: 'd', item: 'A->D' },
      ],
    });
    expect(s).toEqual([
      { from: 'a', to: 'b', km: 20, source: 'a railway timetable', note: '', conflicts: [] },
      {
        from: 'a',
        to: 'd',
        km: 45,
        source: 'a railway timetable',
        note: 'the timetable rounds to 5 km',
        conflicts: [],
      },
    ]);
  });

  it('uses a preferred conflicting figure, with its reason, and keeps the file’s as a conflict', () => {
    const [s] = published(io(), {
      file: 'published.csv',
      stretches: [
        {
          from: 'a',
          to: 'd',
          item: 'A->D',
          conflicts: [
            { km: 44, source: 'a survey', preferred: true, why: 'It agrees with the traces.' },
            { km: 50, source: 'a guidebook' },
          ],
        },
      ],
    });
    expect(s).toEqual({
      from: 'a',
      to: 'd',
      km: 44,
      source: 'a survey',
      note: 'It agrees with the traces. the timetable rounds to 5 km',
      conflicts: [
        { km: 45, source: 'a railway timetable' },
        { km: 50, source: 'a guidebook' },
      ],
    });
  });

  it('names an item with no figure', () => {
    expect(() =>
      published(io(), { file: 'published.csv', stretches: [{ from: 'b', to: 'd', item: 'B->D' }] }),
    ).toThrow('published.csv: no value_km for the item "B->D"');
  });
});

describe('checkPlaces: places.geojson against the rows it cites', () => {
  const place = (id: string, coordinates: [number, number], coordSource: string): Place => ({
    type: 'Feature',
    properties: {
      id,
      name: id,
      names: {},
      kind: 'station',
      country: 'RU',
      coordSource,
      mentions: [],
    },
    geometry: { type: 'Point', coordinates },
  });
  const route = (places: (string | null)[]) =>
    ({ nodes: places.map((p) => ({ place: p })) }) as unknown as RouteFile;

  it('reads the file and row a coordinate source cites', () => {
    expect(citedRow('OSM node 1 (points.csv, row "A station"), © OpenStreetMap')).toEqual({
      file: 'points.csv',
      value: 'A station',
    });
    expect(citedRow('Wikipedia, en.wikipedia.org/wiki/Khasan')).toBeNull();
  });

  it('agrees within 10 m, says how far off a moved place is, and names what is not there', () => {
    const problems = checkPlaces(
      [
        place('a', [130.00005, 50], 'x (points.csv, row "A station")'),
        place('b', [130.2, 50.2], 'y (points.csv, row "B station")'),
        place('c', [1, 2], 'z (nothing.csv, row "C")'),
        place('d', [1, 2], 'z (points.csv, row "nobody")'),
        place('e', [1, 2], 'an author’s own reading of a map'),
      ],
      route(['a', null, 'f']),
      io(),
    );
    expect(problems.map((p) => [p.file, p.feature ?? null, p.field, p.message])).toEqual([
      [
        'places.geojson',
        1,
        'geometry.coordinates',
        '130.2, 50.2 is 11.12 km from 130.2, 50.1, where the row "B station" of points.csv it cites puts it (move it back, or cite where it comes from)',
      ],
      [
        'places.geojson',
        2,
        'properties.coordSource',
        `cites nothing.csv, which the shared data (${DIR}) does not have`,
      ],
      [
        'places.geojson',
        3,
        'properties.coordSource',
        'cites the row "nobody" of points.csv, which has 0 such rows',
      ],
      ['route.json', null, 'nodes.2.place', 'no place "f" in places.geojson'],
    ]);
  });
});
