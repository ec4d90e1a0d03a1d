import { describe, expect, it } from 'vitest';
import { type RouteFile, type RouteStretch, routeFile } from '../../../src/data/route-schema';
import { formatProblem, toProblems } from '../../../src/data/validate';

/** A small route: two stops and a straight leg, one published stretch. */
const base = (): RouteFile => ({
  name: 'route',
  source: 'test',
  nodes: [
    {
      id: 'a',
      name: 'A',
      names: {},
      kind: 'station',
      country: 'RU',
      place: null,
      at: { file: 'extra_points.csv', key: 'name_en', value: 'A station' },
    },
    {
      id: 'b',
      name: 'B',
      names: { ru: 'Б' },
      kind: 'site',
      country: 'RU',
      place: 'b',
      at: { file: 'trace.geojson', vertex: 'last' },
    },
  ],
  legs: [
    {
      from: 'a',
      to: 'b',
      line: 'A line',
      onRoute: true,
      track: { kind: 'straight', via: ['a', 'b'] },
    },
  ],
  published: { file: 'published.csv', stretches: [{ from: 'a', to: 'b', item: 'A->B' }] },
});

const problems = (route: unknown) => {
  const r = routeFile.safeParse(route);
  return r.success ? [] : toProblems('route.json', route, r.error).map(formatProblem);
};

describe('route.json schema', () => {
  it('takes a route with every optional field left out', () => {
    expect(problems(base())).toEqual([]);
  });

  it('names a leg, a stop of a straight leg and a stretch that name no node', () => {
    const r = base();
    r.legs = [
      {
        ...(r.legs[0] as RouteFile['legs'][0]),
        to: 'c',
        track: { kind: 'straight', via: ['a', 'd'] },
      },
    ];
    (r.published?.stretches[0] as { from: string }).from = 'e';
    expect(problems(r)).toEqual([
      'route.json: field "legs.0.to": no node "c" in "nodes" (given "c")',
      'route.json: field "legs.0.track.via.1": no node "d" in "nodes" (given "d")',
      'route.json: field "published.stretches.0.from": no node "e" in "nodes" (given "e")',
    ]);
  });

  it('refuses a second node with the same id', () => {
    const r = base();
    r.nodes.push({ ...(r.nodes[0] as RouteFile['nodes'][0]) });
    expect(problems(r)).toEqual(['route.json: field "nodes.2.id": duplicate id (given "a")']);
  });

  it('takes shared files by name only, and a vertex only from GeoJSON', () => {
    const r = base() as unknown as { nodes: { at: unknown }[] };
    (r.nodes[0] as { at: unknown }).at = { file: '../secret.csv', key: 'k', value: 'v' };
    (r.nodes[1] as { at: unknown }).at = { file: 'points.csv', vertex: 'first' };
    const p = problems(r);
    expect(p[0]).toBe(
      'route.json: field "nodes.0.at.file": expected the name of a .csv or .geojson file, no folder (given "../secret.csv")',
    );
    expect(p[1]).toBe(
      'route.json: field "nodes.1.at.file": expected a .geojson file (given "points.csv")',
    );
    (r.nodes[1] as { at: unknown }).at = 'extra_points.csv';
    expect(problems(r)[1]).toBe(
      'route.json: field "nodes.1.at": expected {"file", "key", "value"} or {"file", "vertex": "first" | "last"} (given "extra_points.csv")',
    );
  });

  it('a preferred conflicting figure gives its reason, and only one is preferred', () => {
    const r = base();
    const s = r.published?.stretches[0] as RouteStretch;
    s.conflicts = [{ km: 10, source: 'x', preferred: true }];
    expect(problems(r)).toEqual([
      'route.json: field "published.stretches.0.conflicts.0.why": a preferred figure needs a "why", and only a preferred one has one (given nothing)',
    ]);
    s.conflicts = [
      { km: 10, source: 'x', preferred: true, why: 'y' },
      { km: 11, source: 'z', preferred: true, why: 'w' },
    ];
    expect(problems(r)).toEqual([
      'route.json: field "published.stretches.0.conflicts": expected at most one preferred (given [{"km":10,"source":"x","preferred":true,"why":"y"},{"km":...)',
    ]);
  });

  it('a chain names its file, its key column and the rows it runs between', () => {
    const r = base() as unknown as { legs: { track: unknown }[] };
    (r.legs[0] as { track: unknown }).track = {
      kind: 'chain',
      file: 'rows.geojson',
      key: 'name_en',
      from: 'A',
    };
    expect(problems(r)).toEqual([
      'route.json: field "legs.0.track.file": expected a .csv file (given "rows.geojson")',
      'route.json: field "legs.0.track.to": Invalid input: expected string, received undefined (given nothing)',
    ]);
  });
});
