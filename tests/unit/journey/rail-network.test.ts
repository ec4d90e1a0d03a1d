import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { RailLeg, Stretch } from '../../../src/data/schema';
import { RailNetwork } from '../../../src/journey/rail';

/** A small synthetic tree on the equator (1° of longitude ≈ 111.2 km): A–B–C, with D off B. */
function leg(
  from: string,
  to: string,
  coords: Position[],
  accuracy: 'surveyed' | 'approximate',
): RailLeg {
  return {
    type: 'Feature',
    properties: {
      id: `${from}--${to}`,
      from,
      to,
      line: 'test line',
      accuracy,
      onRoute: true,
      published: null,
      note: '',
      source: 'test',
      license: 'CC0',
    },
    geometry: { type: 'LineString', coordinates: coords as [number, number][] },
  };
}
const legs = [
  leg(
    'a',
    'b',
    [
      [0, 0],
      [0.5, 0],
      [1, 0],
    ],
    'surveyed',
  ),
  leg(
    'b',
    'c',
    [
      [1, 0],
      [2, 0],
    ],
    'approximate',
  ),
  leg(
    'd',
    'b',
    [
      [1, 1],
      [1, 0],
    ],
    'surveyed',
  ),
];
const stretches: Stretch[] = [
  { from: 'b', to: 'c', km: 120, source: 'a timetable', note: '', conflicts: [] },
];
const net = new RailNetwork(legs, stretches);
const DEG = 111.195;

describe('RailNetwork (synthetic)', () => {
  it('measures node to node along the legs and marks approximate parts', () => {
    const r = net.distance('a', 'c');
    expect(r.km).toBeCloseTo(2 * DEG, 0);
    expect(r.accuracy).toBe('approximate');
    expect(r.approximateKm).toBeCloseTo(DEG, 0);
    expect(r.nodes).toEqual(['a', 'b', 'c']);
    // Published figure: the surveyed leg as measured plus the published stretch.
    expect(r.published?.km).toBeCloseTo(DEG + 120, 0);
    expect(r.published?.pieces.map((p) => p.kind)).toEqual(['measured', 'published']);
    expect(r.unpublished).toEqual([]);
  });

  it('goes round the junction for a branch, in travel order', () => {
    const r = net.distance('c', 'd');
    expect(r.nodes).toEqual(['c', 'b', 'd']);
    expect(r.parts.map((p) => p.leg)).toEqual(['b--c', 'd--b']);
    expect(r.parts[0]).toMatchObject({ fromKm: expect.closeTo(DEG, 0), toKm: 0 });
  });

  it('snaps points to the nearest leg and measures from there', () => {
    const r = net.distance([0.25, 0.01], [1.5, -0.02]);
    expect(r.km).toBeCloseTo(1.25 * DEG, 0);
    expect(r.snapKm[0]).toBeCloseTo(0.01 * DEG, 1);
    expect(r.published).toBeNull();
    expect(r.unpublished).toEqual(['b--c']);
  });

  it('two points on one leg are joined by that leg alone', () => {
    const r = net.distance([0.1, 0], [0.9, 0]);
    expect(r.parts).toHaveLength(1);
    expect(r.km).toBeCloseTo(0.8 * DEG, 0);
    expect(r.accuracy).toBe('surveyed');
    expect(net.distance('b', 'b').km).toBe(0);
  });

  it('names an unknown node', () => {
    expect(() => net.distance('a', 'atlantis')).toThrow('rail network: no node "atlantis"');
  });
});
