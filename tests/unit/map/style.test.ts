import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { FillLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { GeoData } from '../../../src/data/load';
import type { Place } from '../../../src/data/schema';
import { LAYERS, SOURCES } from '../../../src/map/layers';
import { localName, placesForMap } from '../../../src/map/places-for-map';
import { replayLayers } from '../../../src/map/replay-layers';
import { buildStyle } from '../../../src/map/style';
import { PALETTES } from '../../../src/palette';
import { mapClaimLines, story } from '../journey/fixtures-data';

const data: GeoData = story;
const LANGS = story.manifest.languages;

describe('buildStyle', () => {
  const style = buildStyle(
    data,
    'https://news.example/embeds/map/index.html',
    mapClaimLines('reported', 'km'),
  );

  it('is a valid MapLibre style, in both themes and with the replay added (the map does not check)', () => {
    expect(validateStyleMin(style)).toEqual([]);
    const dark = buildStyle(
      data,
      'https://news.example/',
      mapClaimLines('computed', 'mi'),
      PALETTES.dark,
    );
    expect(validateStyleMin(dark)).toEqual([]);
    const replayed = {
      ...dark,
      sources: {
        ...dark.sources,
        [SOURCES.replay]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      },
      layers: [...dark.layers, ...replayLayers(PALETTES.dark)],
    } as typeof dark;
    expect(validateStyleMin(replayed)).toEqual([]);
  });

  it('draws every source, and every layer reads a source that exists', () => {
    // The replay's source and layers are added after the first drawn view (map-view.ts).
    const replay = replayLayers();
    const layers = [...style.layers, ...replay];
    const used = new Set(layers.flatMap((l) => ('source' in l ? [l.source] : [])));
    expect([...used].sort()).toEqual(Object.values(SOURCES).sort());
    expect(layers.map((l) => l.id).sort()).toEqual(Object.values(LAYERS).sort());
    expect(Object.keys(style.sources)).not.toContain(SOURCES.replay);
    expect(replay.every((l) => 'source' in l && l.source === SOURCES.replay)).toBe(true);
  });

  it('shares sources by geometry, and each layer draws only the features of its own set', () => {
    const sets = (layerId: string, zoom: number) => {
      const layer = style.layers.find((l) => l.id === layerId);
      if (!layer || !('source' in layer)) return [];
      const src = style.sources[layer.source] as { data: FeatureCollection };
      const f = featureFilter(('filter' in layer ? layer.filter : undefined) as never, 'filter');
      return [
        ...new Set(
          src.data.features
            .filter((x) => f.filter({ zoom }, { type: 1, properties: x.properties ?? {} } as never))
            .map((x) => String(x.properties?.set)),
        ),
      ];
    };
    const expected: Record<string, string> = {
      [LAYERS.land]: 'land',
      [LAYERS.landStory]: 'land',
      [LAYERS.lakes]: 'lake',
      [LAYERS.lakeLabels]: 'lake',
      [LAYERS.rivers]: 'river',
      [LAYERS.riverLabels]: 'river',
      [LAYERS.borders]: 'border',
      [LAYERS.cityLabels]: 'label',
      [LAYERS.countryLabels]: 'label',
      [LAYERS.railOffRoute]: 'rail',
      [LAYERS.railSurveyed]: 'rail',
      [LAYERS.railApproximate]: 'rail',
      [LAYERS.stationCircles]: 'station',
      [LAYERS.stationLabels]: 'station',
      [LAYERS.placeCircles]: 'place',
      [LAYERS.placeLabels]: 'place',
      [LAYERS.claimLines]: 'claim',
      [LAYERS.claimLabels]: 'claim',
    };
    for (const [layer, set] of Object.entries(expected))
      for (const zoom of [4, 8]) expect(sets(layer, zoom), `${layer} at z${zoom}`).toEqual([set]);
    // Every feature of the data is in its source once.
    const count = (id: string, set: string) =>
      (style.sources[id] as { data: FeatureCollection }).data.features.filter(
        (x) => x.properties?.set === set,
      ).length;
    expect(count(SOURCES.areas, 'land')).toBe(data.land.length);
    expect(count(SOURCES.lines, 'rail')).toBe(data.rail.length);
    expect(count(SOURCES.points, 'place')).toBe(data.places.length);
    expect(count(SOURCES.points, 'station')).toBe(data.stations.length);
  });

  it("land is drawn once, the story's countries in their own colour, with no colour per feature", () => {
    const layer = (id: string) => style.layers.find((l) => l.id === id) as FillLayerSpecification;
    const land = layer(LAYERS.land);
    const story = layer(LAYERS.landStory);
    // One colour a layer: fill layers then share one shader program with the lakes.
    for (const l of [land, story, layer(LAYERS.lakes)])
      expect(typeof l.paint?.['fill-color'], l.id).toBe('string');
    expect(story.paint?.['fill-color']).not.toBe(land.paint?.['fill-color']);
    const accepts = (l: FillLayerSpecification, properties: Record<string, unknown>) =>
      featureFilter(l.filter as never, 'filter').filter({ zoom: 5 }, {
        type: 3,
        properties,
      } as never);
    const countries = new Set(data.manifest.countries);
    expect(countries.size).toBeGreaterThan(0);
    let inStory = 0;
    for (const f of data.land) {
      const p = { ...f.properties, set: 'land' };
      const s = accepts(story, p);
      expect(accepts(land, p), String(f.properties?.iso)).toBe(!s);
      expect(s).toBe(countries.has(String(f.properties?.iso)));
      if (s) inStory += 1;
    }
    expect(inStory).toBeGreaterThan(0);
  });

  it('a change of mode or units changes the points source only (the claim labels)', () => {
    const other = buildStyle(data, 'https://news.example/', mapClaimLines('computed', 'mi'));
    expect(other.sources[SOURCES.lines]).toEqual(style.sources[SOURCES.lines]);
    expect(other.sources[SOURCES.areas]).toEqual(style.sources[SOURCES.areas]);
    expect(other.sources[SOURCES.points]).not.toEqual(style.sources[SOURCES.points]);
  });

  it('asks nothing of another origin: no sprite or tile URL; glyphs under the base path', () => {
    expect(style.glyphs).toBe('https://news.example/embeds/map/glyphs/{fontstack}/{range}.pbf');
    expect(style.sprite).toBeUndefined();
    expect(style['font-faces']).toBeUndefined();
    for (const src of Object.values(style.sources))
      expect(typeof (src as { data: unknown }).data).toBe('object');
  });
});

describe('places on the map', () => {
  const place = (country: Place['properties']['country'], names: Place['properties']['names']) =>
    ({
      id: 'x',
      name: 'X',
      names,
      kind: 'city',
      country,
      coordSource: 's',
      mentions: [],
    }) as Place['properties'];

  it('labels each place in its country’s script', () => {
    expect(localName(place('KP', { ko: '평양', ru: 'Пхеньян' }), LANGS)).toBe('평양');
    expect(localName(place('RU', { ko: '하산역', ru: 'Хасан' }), LANGS)).toBe('Хасан');
    expect(localName(place('KP-RU', { ko: '가', ru: 'Б' }), LANGS)).toBe('가 / Б');
    expect(localName(place('KP-RU', { ru: 'Мост Дружбы' }), LANGS)).toBe('Мост Дружбы');
    expect(localName(place('KP', {}), LANGS)).toBe('');
  });

  it('flattens properties and ranks capitals above stations', () => {
    const fc = placesForMap(data.places, LANGS);
    expect(fc.features).toHaveLength(data.places.length);
    const rank = (id: string) => fc.features.find((f) => f.properties?.id === id)?.properties?.rank;
    expect(rank('pyongyang')).toBeLessThan(rank('tumangang'));
    for (const f of fc.features) {
      for (const v of Object.values(f.properties ?? {})) expect(typeof v).not.toBe('object');
    }
  });
});
