import { describe, expect, it } from 'vitest';
import { routeStops, type Stop } from '../../../src/network/route-stops';
import { legKm, worldNetwork } from '../../../tools/network/route-story';

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
  delhi: [77.22, 28.64],
  mumbai: [72.82, 18.97],
  chicago: [-87.64, 41.88],
  kansasCity: [-94.58, 39.1],
  albuquerque: [-106.65, 35.08],
  losAngeles: [-118.24, 34.05],
  nanning: [108.31667, 22.81667],
  pingxiang: [106.75, 22.1],
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
  // [stops, published km, source]
  const cases: [string[], number, string][] = [
    [['beijing', 'tianjin', 'shanhaiguan', 'shenyang', 'dandong'], 1136, 'K27, SOURCES.md'],
    [['delhi', 'mumbai'], 1386, 'Rajdhani line, SOURCES.md'],
    [['chicago', 'kansasCity', 'albuquerque', 'losAngeles'], 3645, 'Southwest Chief, 2,265 mi'],
    [['nanning', 'pingxiang'], 201, 'Hunan–Guangxi railway, SOURCES.md'],
  ];
  for (const [ids, published, source] of cases)
    it(`${ids[0]}–${ids.at(-1)}: within 8% short to 2% long of ${published} km (${source})`, () => {
      const r = route(...ids);
      expect(r.outcomes.every((o) => o === 'track')).toBe(true);
      expect(r.km).toBeGreaterThan(published * 0.92);
      expect(r.km).toBeLessThan(published * 1.02);
    });

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
