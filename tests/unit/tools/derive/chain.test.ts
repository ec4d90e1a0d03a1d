import { booleanPointInPolygon, length, lineString } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  fitChain,
  LAND_STEP_KM,
  type LandArea,
  MAX_TURN_DEG,
  samplesAlong,
  turnAt,
} from '../../../../tools/derive/chain';

/** Land near the equator, 0.1° square, with a bay 0.02° wide biting 0.03° in from the south. */
const land: LandArea = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [0.04, 0],
        [0.04, 0.03],
        [0.06, 0.03],
        [0.06, 0],
        [0.1, 0],
        [0.1, 0.1],
        [0, 0.1],
        [0, 0],
      ],
    ],
  },
};

const onLand = (line: Position[]) =>
  line.every((p, i) =>
    i === 0
      ? true
      : samplesAlong(line[i - 1] as Position, p, LAND_STEP_KM).every((q) =>
          booleanPointInPolygon(q, land),
        ),
  );
const turns = (line: Position[]) =>
  line.slice(1, -1).map((p, i) => turnAt(line[i] as Position, p, line[i + 2] as Position));

describe('turnAt', () => {
  it('is 0 straight on, 90 at a right angle, 180 straight back', () => {
    expect(turnAt([0, 0], [0.01, 0], [0.02, 0])).toBeCloseTo(0, 6);
    expect(turnAt([0, 0], [0.01, 0], [0.01, 0.01])).toBeCloseTo(90, 3);
    expect(turnAt([0, 0], [0.01, 0], [0, 0])).toBeCloseTo(180, 3);
  });
});

describe('fitChain', () => {
  it('leaves a chain on land that never turns back as it is', () => {
    const nodes = [
      [0.01, 0.05],
      [0.05, 0.06],
      [0.09, 0.05],
    ];
    const fit = fitChain(nodes, [land]);
    expect(fit.line).toEqual(nodes);
    expect(fit.detours).toBe(0);
    expect(fit.cut).toEqual([]);
  });

  it('goes round on land where the straight line would cross the bay', () => {
    const a = [0.03, 0.01];
    const b = [0.07, 0.01];
    const fit = fitChain([a, b], [land]);
    expect(fit.detours).toBe(1);
    expect(fit.line[0]).toEqual(a);
    expect(fit.line.at(-1)).toEqual(b);
    expect(onLand(fit.line)).toBe(true);
    // Round the head of the bay: longer than the straight line, not much longer than the way
    // round the bay's two corners.
    const km = length(lineString(fit.line));
    const corners = length(lineString([a, [0.04, 0.03], [0.06, 0.03], b]));
    expect(km).toBeGreaterThan(length(lineString([a, b])));
    expect(km).toBeLessThan(corners * 1.05);
  });

  it('cuts the corner where the chain would turn back more than 90°', () => {
    const nodes = [
      [0.01, 0.05],
      [0.05, 0.08],
      [0.02, 0.09],
    ];
    expect(
      turnAt(nodes[0] as Position, nodes[1] as Position, nodes[2] as Position),
    ).toBeGreaterThan(MAX_TURN_DEG);
    const fit = fitChain(nodes, [land]);
    expect(fit.cut.map((c) => c.at)).toEqual([nodes[1]]);
    expect(fit.line).toHaveLength(4);
    expect(Math.max(...turns(fit.line))).toBeLessThanOrEqual(MAX_TURN_DEG);
    expect(onLand(fit.line)).toBe(true);
  });

  it('refuses a chain it cannot keep on land', () => {
    expect(() =>
      fitChain(
        [
          [0.05, 0.05],
          [0.5, 0.5],
        ],
        [land],
      ),
    ).toThrow(/no way on land/);
  });
});
