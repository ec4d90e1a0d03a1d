import type { BBox, MultiPolygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { unwrapAreas, unwrapLines } from '../../../../tools/geom/antimeridian';
import { around, clipAreas, clipLines, tidyPolygons } from '../../../../tools/geom/clip';
import { decodeArcs, simplifiedTopology, simplifyLine } from '../../../../tools/geom/topo-arcs';

describe('simplifyLine (Douglas–Peucker)', () => {
  it('keeps the ends and the corners, drops what lies within the tolerance', () => {
    const line: Position[] = [
      [0, 0],
      [1, 0.01],
      [2, 0],
      [2, 1],
      [2.001, 2],
      [2, 3],
    ];
    expect(simplifyLine(line, 0.05, 1)).toEqual([
      [0, 0],
      [2, 0],
      [2, 3],
    ]);
    expect(simplifyLine(line, 0.005, 1)).toEqual([
      [0, 0],
      [1, 0.01],
      [2, 0],
      [2, 3],
    ]);
    // [2, 1] lies on the line from [2, 0] to [2, 3]: no tolerance keeps it.
    expect(simplifyLine(line, 0.0005, 1)).toEqual(line.filter((p) => p[1] !== 1 || p[0] !== 2));
    expect(simplifyLine(line, 0, 1)).toEqual(line);
  });

  it('measures longitude at the latitude’s scale: kx shrinks east–west offsets', () => {
    const line: Position[] = [
      [0, 0],
      [0.1, 1],
      [0, 2],
    ];
    expect(simplifyLine(line, 0.06, 1)).toHaveLength(3);
    expect(simplifyLine(line, 0.06, 0.5)).toHaveLength(2);
  });
});

/** Two squares side by side, sharing their middle edge, as a quantized-free topology. */
const squares: Topology = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [1, 1],
    ],
    [
      [1, 1],
      [0.5, 1.001],
      [0, 1],
      [0, 0],
      [1, 0],
    ],
    [
      [1, 0],
      [2, 0],
      [2, 1],
      [1.5, 1.001],
      [1, 1],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'A', arcs: [[0, 1]] },
        { type: 'Polygon', id: 'B', arcs: [[2, ~0]] },
      ],
    },
  },
};

describe('simplifiedTopology', () => {
  it('simplifies each shared arc once, so neighbours and their border still meet', () => {
    const t = simplifiedTopology(squares, decodeArcs(squares), [-1, -1, 3, 2], 0.01);
    const [a, b] = (t.objects.countries as unknown as { geometries: never[] }).geometries.map(
      (g) => (feature(t, g) as unknown as { geometry: { coordinates: Position[][] } }).geometry,
    );
    expect(a?.coordinates[0]).not.toContainEqual([0.5, 1.001]);
    expect(b?.coordinates[0]).not.toContainEqual([1.5, 1.001]);
    const border = mesh(t, t.objects.countries as never, (x, y) => x !== y);
    expect(border.coordinates).toEqual([
      [
        [1, 0],
        [1, 1],
      ],
    ]);
  });

  it('keeps an arc far from the box outside it and round it, so clipping is unchanged', () => {
    // A country wholly round the box, a circle of eight arcs that all lie far outside it.
    const arcs: Position[][] = [];
    for (let k = 0; k < 8; k++) {
      const arc: Position[] = [];
      for (let i = 0; i <= 8; i++) {
        const a = ((k * 8 + i) / 64) * 2 * Math.PI;
        arc.push([10 * Math.cos(a), 10 * Math.sin(a)]);
      }
      arcs.push(arc);
    }
    const t: Topology = {
      type: 'Topology',
      arcs,
      objects: { c: { type: 'Polygon', arcs: [[0, 1, 2, 3, 4, 5, 6, 7]] } },
    };
    const box: BBox = [-1, -1, 1, 1];
    const s = simplifiedTopology(t, decodeArcs(t), box, 0.001);
    // Each arc is down to its chord: an octagon, still round the box.
    expect(s.arcs.map((a) => a.length)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
    const g = (feature(s, s.objects.c as never) as unknown as { geometry: never }).geometry;
    // Clipped, the octagon is the whole box, as the circle is.
    const clipped = clipAreas(g, [box], 3);
    expect(clipped?.type).toBe('Polygon');
    const corners = ((clipped?.coordinates[0] ?? []) as Position[]).map((p) => p.join(',')).sort();
    expect([...new Set(corners)]).toEqual(['-1,-1', '-1,1', '1,-1', '1,1']);
  });
});

describe('the 180° meridian', () => {
  it('makes a ring that jumps across it continuous, with a copy on the other side', () => {
    const fiji = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [179, -17],
          [-179, -17],
          [-179, -16],
          [179, -16],
          [179, -17],
        ],
      ],
    };
    const u = unwrapAreas(fiji) as MultiPolygon;
    expect(u.coordinates.map((p) => p[0]?.map((q) => q[0] as number))).toEqual([
      [-181, -179, -179, -181, -181],
      [179, 181, 181, 179, 179],
    ]);
    // Clipped, the two sides are two small squares, not a band across the world.
    const east = clipAreas(fiji, [[170, -20, 180, -10]], 3);
    expect(east?.coordinates).toEqual([
      [
        [179, -17],
        [180, -17],
        [180, -16],
        [179, -16],
        [179, -17],
      ],
    ]);
    const lines = clipLines(
      {
        type: 'LineString',
        coordinates: [
          [179, 0],
          [-179, 0],
        ],
      },
      [[-180, -1, -170, 1]],
      3,
    );
    expect(lines?.coordinates).toEqual([
      [-180, 0],
      [-179, 0],
    ]);
    expect(unwrapLines({ type: 'LineString', coordinates: [[0, 0]] }).coordinates).toHaveLength(1);
  });

  it('closes a ring round the south pole along the pole', () => {
    const antarctica = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [-180, -70],
          [0, -65],
          [180, -70],
          [-180, -70],
        ],
      ],
    };
    const clipped = clipAreas(antarctica, around([-10, -60, 10, -50]), 3);
    // Land from the coast to the map's southern edge, every side of the box.
    const lats = ((clipped?.coordinates ?? []).flat(Number.POSITIVE_INFINITY) as number[]).filter(
      (_, i) => i % 2 === 1,
    );
    expect(Math.min(...lats)).toBeCloseTo(-85.0511, 3);
    expect(Math.max(...lats)).toBeLessThanOrEqual(-65);
  });
});

describe('tidyPolygons', () => {
  it('drops repeated positions, collapsed rings, and a polygon with its outer ring', () => {
    const sq = [
      [0, 0],
      [1, 0],
      [1, 1],
      [1, 1],
      [0, 0],
    ];
    expect(tidyPolygons([[sq]])).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    });
    const line = [
      [0, 0],
      [1, 0],
      [0, 0],
    ];
    expect(tidyPolygons([[line, sq]])).toBeNull();
  });
});
