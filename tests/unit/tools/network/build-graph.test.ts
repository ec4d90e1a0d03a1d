import { describe, expect, it } from 'vitest';
import { EDGE_FERRY, EDGE_JOIN } from '../../../../src/network/types';
import { buildGraph, type SourceLine } from '../../../../tools/network/build-graph';

const S = 100_000;
const line = (pts: [number, number][], ferry = false): SourceLine => ({
  ferry,
  coords: pts.map(([x, y]) => [Math.round(x * S), Math.round(y * S)]),
});

describe('the network build', () => {
  // A line crossing another at an inner vertex, a loose end 100 m from a third line, a ferry,
  // and a short line on its own.
  const { graph: g, report } = buildGraph(
    [
      line([
        [0, 0],
        [1, 0],
        [2, 0],
      ]),
      line([
        [1, -1],
        [1, 0],
        [1, 1],
      ]),
      line([
        [2.0009, 0.5],
        [3, 0.5],
      ]),
      line([
        [2, 0],
        [2, 0.5],
      ]),
      line(
        [
          [3, 0.5],
          [4, 0.5],
        ],
        true,
      ),
      line([
        [10, 10],
        [10.1, 10],
      ]),
    ],
    S,
  );
  const at = (x: number, y: number) =>
    [...g.nodeLon].findIndex((lon, i) => lon === x * S && g.nodeLat[i] === y * S);

  it('puts a node where lines end or share a vertex, and splits the lines there', () => {
    expect(at(1, 0)).toBeGreaterThanOrEqual(0);
    const inner = at(1, 0);
    const meeting = [...g.edgeFrom].filter((f, e) => f === inner || g.edgeTo[e] === inner);
    expect(meeting).toHaveLength(4);
  });

  it('joins a loose end to a line within 150 m, and says how many', () => {
    expect(report.joins).toBe(1);
    const join = [...g.edgeFlags].indexOf(EDGE_JOIN);
    expect(g.edgeM[join]).toBeGreaterThan(90);
    expect(g.edgeM[join]).toBeLessThan(110);
  });

  it('keeps the ferry flag, and numbers networks by km of track, the largest first', () => {
    expect([...g.edgeFlags].filter((f) => f === EDGE_FERRY)).toHaveLength(1);
    expect(report.components).toBe(2);
    expect(g.component[at(0, 0)]).toBe(0);
    expect(g.component[at(10, 10)]).toBe(1);
  });

  it('measures each edge along its bends (haversine, metres)', () => {
    const e = [...g.edgeFrom].findIndex((f, i) => f === at(0, 0) || g.edgeTo[i] === at(0, 0));
    // One degree of longitude at the equator on turf's mean radius: 111,195 m.
    expect(g.edgeM[e]).toBe(111_195);
  });
});
