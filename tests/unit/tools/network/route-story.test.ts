import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RailLeg } from '../../../../src/data/schema';
import { routeStops } from '../../../../src/network/route-stops';
import { legKm, routeStory, worldNetwork } from '../../../../tools/network/route-story';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of a story folder to route, optionally without its rail legs. */
function copy(story: string, withoutRail = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'route-'));
  dirs.push(dir);
  cpSync(story, dir, { recursive: true });
  if (withoutRail) rmSync(join(dir, 'rail.geojson'));
  return dir;
}
const legsOf = (dir: string): RailLeg[] =>
  JSON.parse(readFileSync(join(dir, 'rail.geojson'), 'utf8')).features;

describe('story:route', () => {
  it('routes Przemyśl–Kyiv, its rail legs removed, through every stop it names', () => {
    const dir = copy('tests/fixtures/stories/przemysl-kyiv', true);
    const { legs } = routeStory(dir);
    expect(legs.map((l) => l.leg.properties.id)).toEqual([
      'przemysl--lviv',
      'lviv--ternopil',
      'ternopil--khmelnytskyi',
      'khmelnytskyi--vinnytsia',
      'vinnytsia--kyiv',
    ]);
    for (const { leg, outcome } of legs) {
      expect(outcome).toBe('track');
      expect(leg.properties.accuracy).toBe('approximate');
      expect(leg.properties.source).toMatch(/Natural Earth/);
      for (const s of leg.properties.routed?.snapKm ?? [null]) expect(s).toBeLessThan(10);
    }
    const km = legs.reduce((s, l) => s + legKm(l.leg), 0);
    // Through Ternopil, Khmelnytskyi and Vinnytsia: longer than the 655 km of the shortest path
    // Przemyśl–Lviv–Kyiv (published-routes.test.ts), which runs by Rivne, a place it does not name.
    expect(km).toBeGreaterThan(690);
    expect(km).toBeLessThan(740);
  });

  it('is deterministic: a second run writes the same bytes', () => {
    const dir = copy('tests/fixtures/stories/przemysl-kyiv', true);
    routeStory(dir);
    const first = readFileSync(join(dir, 'rail.geojson'), 'utf8');
    routeStory(dir);
    expect(readFileSync(join(dir, 'rail.geojson'), 'utf8')).toBe(first);
  });

  it('keeps a leg the author drew and routes only the stops it does not join', () => {
    const dir = copy('tests/fixtures/stories/przemysl-kyiv');
    const drawn = legsOf(dir)[0];
    const { legs } = routeStory(dir);
    expect(legs[0]?.outcome).toBe('kept');
    expect(legsOf(dir)[0]).toEqual(drawn);
    expect(legs.filter((l) => l.outcome === 'track')).toHaveLength(4);
  });

  it('leaves the default story’s OSM traces and published figures as they are', () => {
    const dir = copy('geo/stories/kim-2023');
    const { legs } = routeStory(dir);
    expect(legs.every((l) => l.outcome === 'kept')).toBe(true);
    expect(readFileSync(join(dir, 'rail.geojson'), 'utf8')).toBe(
      readFileSync('geo/stories/kim-2023/rail.geojson', 'utf8'),
    );
  });

  it('writes the committed route of the test story beijing-hanoi', () => {
    const dir = copy('tests/fixtures/stories/beijing-hanoi');
    const { legs } = routeStory(dir);
    expect(legs.map((l) => l.outcome)).toEqual(['track', 'track', 'track', 'track', 'track']);
    expect(readFileSync(join(dir, 'rail.geojson'), 'utf8')).toBe(
      readFileSync('tests/fixtures/stories/beijing-hanoi/rail.geojson', 'utf8'),
    );
  });
});

describe('a leg the network cannot route', () => {
  const { net, index } = worldNetwork();
  it('says "no track near <place>" and stays a great circle', () => {
    const [r] = routeStops(
      net,
      index,
      [
        { id: 'algiers', name: 'Algiers', position: [3.06, 36.75] },
        { id: 'tamanrasset', name: 'Tamanrasset', position: [5.52, 22.79] },
      ],
      [],
    );
    expect(r?.outcome).toBe('none');
    expect(r?.leg.properties.line).toBe('no track near Tamanrasset');
    expect(r?.leg.properties.track).toBe(false);
    expect(r?.leg.properties.routed?.snapKm[1]).toBeNull();
  });

  it('says "no track joins" two places on networks that do not meet', () => {
    const [r] = routeStops(
      net,
      index,
      [
        { id: 'tokyo', name: 'Tokyo', position: [139.767, 35.681] },
        { id: 'seoul', name: 'Seoul', position: [126.97, 37.555] },
      ],
      [],
    );
    expect(r?.outcome).toBe('none');
    expect(r?.leg.properties.line).toBe('no track joins Tokyo and Seoul');
  });
});
