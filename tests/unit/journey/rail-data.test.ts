import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distance, length } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { routeFile } from '../../../src/data/route-schema';
import type { RailLeg, Station, Stretch } from '../../../src/data/schema';
import { RailNetwork } from '../../../src/journey/rail';
import { buildRail } from '../../../tools/derive/rail';
import { readByName } from '../../default-story';

const read = (f: string) => readByName(f);
const legs: RailLeg[] = read('rail.geojson').features;
const stations: Station[] = read('stations.geojson').features;
const stretches: Stretch[] = read('published.json').stretches;
const net = new RailNetwork(legs, stretches);
const station = (id: string) => stations.find((s) => s.properties.id === id) as Station;
const within = (measured: number, published: number, share: number) =>
  expect(Math.abs(measured - published) / published).toBeLessThan(share);

describe('rail distances against the railway’s own figures (surveyed: within 1%)', () => {
  const figure = (from: string, to: string) =>
    stretches.find((s) => s.from === from && s.to === to)?.km ?? Number.NaN;

  it('Vladivostok–Baranovsky (89 km)', () => {
    const r = net.distance('vladivostok', 'baranovsky');
    expect(r.accuracy).toBe('surveyed');
    expect(figure('baranovsky', 'vladivostok')).toBe(89);
    within(r.km, 89, 0.01);
  });

  it('the Baranovsky–Khasan line (238 km)', () => {
    const r = net.distance('baranovsky', 'khasan');
    expect(r.accuracy).toBe('surveyed');
    expect(figure('baranovsky', 'khasan')).toBe(238);
    within(r.km, 238, 0.01);
  });

  it.each(['obluchye', 'arkhara'])('the %s km post relative to Vladivostok', (id) => {
    const post = station(id).properties.kmPost?.km ?? Number.NaN;
    const vladivostok = station('vladivostok').properties.kmPost?.km ?? Number.NaN;
    expect(vladivostok).toBe(9288);
    const r = net.distance('vladivostok', station(id).geometry.coordinates);
    expect(r.snapKm[1]).toBeLessThan(0.1);
    expect(r.accuracy).toBe('surveyed');
    within(r.km, vladivostok - post, 0.01);
  });
});

describe('approximate legs', () => {
  it('are the North Korean chain, the bridge approach and the cosmodrome connector', () => {
    expect(
      legs.filter((l) => l.properties.accuracy === 'approximate').map((l) => l.properties.id),
    ).toEqual([
      'pyongyang--rajin',
      'rajin--hongui',
      'hongui--tumangang',
      'tumangang--border',
      'ledyanaya--vostochny',
    ]);
  });

  it('carry the published length where one exists, 802 km for Rajin with 819 as the conflict', () => {
    const pr = legs.find((l) => l.properties.id === 'pyongyang--rajin');
    expect(pr?.properties.published?.km).toBe(802);
    const conflict = stretches.find((s) => s.from === 'pyongyang' && s.to === 'rajin')?.conflicts;
    expect(conflict?.map((c) => c.km)).toEqual([819]);
  });

  it('measure short of the published figures; the ratios are recorded', async () => {
    const cases: [string, string][] = [
      ['pyongyang', 'rajin'],
      ['pyongyang', 'tumangang'],
      ['rajin', 'tumangang'],
      ['hongui', 'tumangang'],
      ['tumangang', 'khasan'],
    ];
    const ratios = Object.fromEntries(
      cases.map(([a, b]) => {
        const r = net.distance(a, b);
        expect(r.accuracy).toBe('approximate');
        const published = r.published?.km ?? Number.NaN;
        const ratio = r.km / published;
        // A chain of straight segments cannot be much longer than the track it stands for.
        expect(ratio).toBeGreaterThan(0.5);
        expect(ratio).toBeLessThan(1.02);
        return [
          `${a}--${b}`,
          {
            measuredKm: Number(r.km.toFixed(1)),
            publishedKm: published,
            ratio: Number(ratio.toFixed(3)),
          },
        ];
      }),
    );
    await expect(`${JSON.stringify(ratios, null, 2)}\n`).toMatchFileSnapshot(
      '../../fixtures/rail-distance/out/approximate-ratios.json',
    );
  });

  it('the whole route says which approximate leg has no published figure', () => {
    const r = net.distance('pyongyang', 'vostochny');
    expect(r.accuracy).toBe('approximate');
    expect(r.published?.complete).toBe(false);
    expect(
      r.published?.pieces.filter((p) => p.kind === 'approximate').map((p) => `${p.from}--${p.to}`),
    ).toEqual(['ledyanaya--vostochny']);
    expect(r.published?.pieces.filter((p) => p.kind === 'published').map((p) => p.km)).toEqual([
      845, 5, 260,
    ]);
    expect(r.unpublished).toEqual(['ledyanaya--vostochny']);
    expect(r.nodes[0]).toBe('pyongyang');
    expect(r.nodes.at(-1)).toBe('vostochny');
  });
});

describe('the route', () => {
  const route = legs.filter((l) => l.properties.onRoute);

  it('is connected: each leg ends within 100 m of where the next begins, and next.from = this.to', () => {
    for (let i = 1; i < route.length; i++) {
      const prev = route[i - 1] as RailLeg;
      const next = route[i] as RailLeg;
      expect(next.properties.from).toBe(prev.properties.to);
      const gap = distance(
        prev.geometry.coordinates.at(-1) as number[],
        next.geometry.coordinates[0] as number[],
      );
      expect(gap, `${prev.properties.id} -> ${next.properties.id}`).toBeLessThan(0.1);
    }
    expect(route[0]?.properties.from).toBe('pyongyang');
    expect(route.at(-1)?.properties.to).toBe('vostochny');
  });

  it('Vladivostok is on the network but not on the route', () => {
    const v = legs.find((l) => l.properties.to === 'vladivostok');
    expect(v?.properties.onRoute).toBe(false);
    expect(net.distance('ussuriysk', 'vladivostok').accuracy).toBe('surveyed');
  });

  it('every station the route passes is in stations.geojson, on the network', () => {
    for (const s of stations) {
      const r = net.distance('pyongyang', s.geometry.coordinates);
      expect(r.snapKm[1], s.properties.id).toBeLessThan(1.5);
    }
  });
});

const SHARED = process.env.SHARED_DATA ?? '../shared/data';
describe.skipIf(!existsSync(join(SHARED, 'SOURCES.md')))('simplification', () => {
  it('changes no leg’s length by more than 0.3%', { timeout: 60_000 }, () => {
    const full = buildRail(SHARED, routeFile.parse(read('route.json')), { simplified: false }).legs;
    for (const l of legs) {
      const f = full.find((x) => x.properties?.id === l.properties.id);
      const change = Math.abs(length(l) - length(f as never)) / length(f as never);
      expect(change, l.properties.id).toBeLessThanOrEqual(0.003);
    }
  });
});
