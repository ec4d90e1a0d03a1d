import type { BBox, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cityLabels, countryLabels, kmPerPx, TIERS } from '../../../../tools/basemap/place-labels';
import type { City } from '../../../../tools/basemap/world-sources';

const BOX: BBox = [0, -10, 20, 10];
let next = 1;
const town = (name: string, population: number, at: Position): City => ({
  id: next++,
  name,
  country: 'XX',
  featureCode: 'PPL',
  population,
  at,
});
/** Degrees of longitude at the equator for a distance in km. */
const deg = (km: number) => km / 111.32;
const rankOf = (labels: ReturnType<typeof cityLabels>, name: string) =>
  labels.find((l) => l.properties.name === name)?.properties.rank;

describe('cityLabels', () => {
  it('spaces each tier by about 100 px at the zoom where the map first shows it', () => {
    // At the equator: 100 px at zoom 3 is 978 km, at zoom 7 about 61 km.
    expect(100 * kmPerPx(3, 0)).toBeCloseTo(978.3, 0);
    expect(TIERS.map((t) => t.rank)).toEqual([3, 5, 7, 10]);
    const big = town('Big', 1_000_000, [10, 0]);
    const near = town('Near', 500_000, [10 + deg(80), 0]);
    const far = town('Far', 400_000, [10 + deg(600), 0]);
    const labels = cityLabels([near, far, big], BOX, [], 12);
    // Largest first, in the coarsest tier; a town 80 km away only where 100 px is under 80 km
    // (zoom 7: 61 km); one 600 km away from zoom 4 (100 px is 489 km there).
    expect(labels.map((l) => l.properties.name)).toEqual(['Big', 'Near', 'Far']);
    expect(rankOf(labels, 'Big')).toBe(3);
    expect(rankOf(labels, 'Near')).toBe(10);
    expect(rankOf(labels, 'Far')).toBe(5);
  });

  it('leaves out a town too close to every tier, and the tiers the map does not reach', () => {
    const a = town('A', 2000, [5, 5]);
    const b = town('B', 1500, [5 + deg(20), 5]);
    expect(cityLabels([a, b], BOX, [], 12).map((l) => l.properties.name)).toEqual(['A']);
    // The region's first view at zoom 3.5: tiers up to zoom 5.5 (rank 7); rank 10 is left out.
    const c = town('C', 1000, [5 + deg(80), 5]);
    expect(cityLabels([a, c], BOX, [], 5.5).map((l) => l.properties.name)).toEqual(['A']);
    expect(cityLabels([a, c], BOX, [], 9).map((l) => l.properties.name)).toEqual(['A', 'C']);
  });

  it('names no town at or beside a story place, nor outside the box', () => {
    const here = town('Here', 90_000, [3, 3]);
    const beside = town('Beside', 80_000, [3 + deg(25), 3]);
    const away = town('Away', 70_000, [3 + deg(300), 3]);
    const outside = town('Outside', 1_000_000, [25, 0]);
    const labels = cityLabels([here, beside, away, outside], BOX, [[3, 3]], 12);
    expect(labels.map((l) => l.properties.name)).toEqual(['Away']);
    expect(labels[0]?.geometry.coordinates).toEqual([5.6949, 3]);
  });

  it('is the same for the same towns in any order', () => {
    const towns = [
      town('P', 5000, [1, 1]),
      town('Q', 5000, [1.1, 1]),
      town('R', 9000, [8, 8]),
      town('S', 100, [15, -5]),
    ];
    const one = cityLabels(towns, BOX, [], 12);
    expect(cityLabels([...towns].reverse(), BOX, [], 12)).toEqual(one);
    // Equal populations: the lower GeoNames id first.
    expect(one.map((l) => l.properties.name)).toEqual(['R', 'P', 'S']);
  });
});

describe('countryLabels', () => {
  const square = (x0: number, y0: number, s: number): Position[][] => [
    [
      [x0, y0],
      [x0 + s, y0],
      [x0 + s, y0 + s],
      [x0, y0 + s],
      [x0, y0],
    ],
  ];
  it('labels a country at the centre of its largest polygon in the box', () => {
    const labels = countryLabels(
      [
        {
          name: 'Twoparts',
          iso: '001',
          geometry: { type: 'MultiPolygon', coordinates: [square(0, 0, 4), square(10, 0, 1)] },
        },
      ],
      BOX,
    );
    expect(labels).toEqual([
      {
        type: 'Feature',
        properties: { name: 'Twoparts', kind: 'country', rank: 0 },
        geometry: { type: 'Point', coordinates: [2, 2] },
      },
    ]);
  });

  it('moves the point onto the land when the centre falls outside it (a crescent)', () => {
    const u: Position[][] = [
      [
        [0, 0],
        [6, 0],
        [6, 6],
        [4, 6],
        [4, 2],
        [2, 2],
        [2, 6],
        [0, 6],
        [0, 0],
      ],
    ];
    const [label] = countryLabels(
      [{ name: 'U', iso: '002', geometry: { type: 'Polygon', coordinates: u } }],
      BOX,
    );
    const [x = 0, y = 0] = label?.geometry.coordinates ?? [];
    const inGap = x > 2 && x < 4 && y > 2;
    expect(inGap).toBe(false);
  });

  it('skips land with no ISO code and slivers too small to carry a label', () => {
    const labels = countryLabels(
      [
        {
          name: 'Buffer zone',
          iso: '',
          geometry: { type: 'Polygon', coordinates: square(0, 0, 4) },
        },
        {
          name: 'Sliver',
          iso: '003',
          geometry: { type: 'Polygon', coordinates: square(0, 0, 0.1) },
        },
      ],
      BOX,
    );
    expect(labels).toEqual([]);
  });
});
