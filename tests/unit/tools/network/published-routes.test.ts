import { describe, expect, it } from 'vitest';
import { routeStops, type Stop } from '../../../../src/network/route-stops';
import { PUBLISHED_ROUTES } from '../../../../tools/network/published-routes';
import { legKm, worldNetwork } from '../../../../tools/network/route-story';

/**
 * The committed network (geo/network/) against railways' published distances, routed through
 * the stops the trains call at: Natural Earth's 1:10m track is short by a few percent on long
 * lines (docs/network.md). Runs on the committed file alone.
 */
const P: Record<string, [number, number]> = {
  beijing: [116.39723, 39.9075],
  tianjin: [117.2, 39.13],
  shanhaiguan: [119.75, 40.0],
  shenyang: [123.43, 41.79],
  dandong: [124.39, 40.12],
  przemysl: [22.76728, 49.78498],
  lviv: [24.02324, 49.83826],
  kyiv: [30.5238, 50.45466],
};

const stops = (...ids: string[]): Stop[] =>
  ids.map((id) => ({ id: id.toLowerCase(), name: id, position: P[id] as [number, number] }));

function route(...ids: string[]): { km: number; outcomes: string[] } {
  const { net, index } = worldNetwork();
  const legs = routeStops(net, index, stops(...ids), []);
  return { km: legs.reduce((s, l) => s + legKm(l.leg), 0), outcomes: legs.map((l) => l.outcome) };
}

describe('the world rail network against published railway distances', () => {
  for (const r of PUBLISHED_ROUTES) {
    // 1–5% short on long lines; short winding stretches up to about 15% (docs/network.md).
    const [lo, hi] = r.km >= 500 ? [0.92, 1.02] : [0.8, 1.02];
    it(`${r.name}: ${Math.round((1 - lo) * 100)}% short to 2% long of ${r.km} km (${r.source})`, () => {
      const legs = routeStops(worldNetwork().net, worldNetwork().index, r.stops, []);
      expect(legs.every((l) => l.outcome === 'track')).toBe(true);
      const km = legs.reduce((s, l) => s + legKm(l.leg), 0);
      expect(km).toBeGreaterThan(r.km * lo);
      expect(km).toBeLessThan(r.km * hi);
    });
  }

  it('Przemyśl–Lviv–Kyiv is about 655 km by rail, against 555 km in a straight line', () => {
    const r = route('przemysl', 'lviv', 'kyiv');
    expect(r.km).toBeGreaterThan(640);
    expect(r.km).toBeLessThan(675);
  });

  it('a route through a place the story names passes it (no shortcut)', () => {
    const through = route('beijing', 'tianjin', 'shanhaiguan', 'shenyang', 'dandong').km;
    const direct = route('beijing', 'dandong').km;
    // The shortest path takes the newer line north of the classic one (about 929 km).
    expect(direct).toBeLessThan(through - 100);
  });
});
