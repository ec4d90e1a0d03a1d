import { along } from '@turf/along';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyBase } from '../../../src/journey/model';
import { clampTime, replayFrame, replaySchedule } from '../../../src/journey/replay';
import { measuredAt, pointAt, sliceCoords } from '../../../src/journey/route-line';
import { allowedBand, kmAt, makeSchedule, timeAtKm } from '../../../src/journey/schedule';
import { inputs } from './fixtures-data';
import { cases, golden } from './golden';

const iso = (t: number) => new Date(t).toISOString();
const base = journeyBase(inputs);
const replay = base.replay;

describe('schedule', () => {
  it.each(cases('schedule'))('%s', async (name, input) => {
    const i = input as {
      departure: string;
      speedKmh: number;
      totalKm: number;
      dwells: { place: string; km: number; hours: number }[];
      times: string[];
      kms: number[];
    };
    const s = makeSchedule({ ...i, departure: Date.parse(i.departure) });
    await golden('schedule', name, {
      arrival: iso(s.arrival),
      kmAt: Object.fromEntries(i.times.map((t) => [t, kmAt(s, Date.parse(t))])),
      timeAtKm: Object.fromEntries(i.kms.map((k) => [k, iso(timeAtKm(s, k))])),
    });
  });

  it('the km never decreases in time and never leaves the route', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 400, noNaN: true }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            hours: fc.double({ min: 0.1, max: 24, noNaN: true }),
          }),
          { maxLength: 3 },
        ),
        fc.array(fc.integer({ min: -100, max: 400 }), { minLength: 2, maxLength: 20 }),
        (speedKmh, totalKm, ds, hours) => {
          const s = makeSchedule({
            departure: 0,
            speedKmh,
            totalKm,
            dwells: ds.map((d, k) => ({ place: `d${k}`, km: d.at * totalKm, hours: d.hours })),
          });
          const times = [...hours].sort((a, b) => a - b).map((h) => h * 3_600_000);
          let last = -1;
          for (const t of times) {
            const km = kmAt(s, t);
            expect(km).toBeGreaterThanOrEqual(0);
            expect(km).toBeLessThanOrEqual(totalKm + 1e-9);
            expect(km).toBeGreaterThanOrEqual(last - 1e-9);
            last = km;
          }
        },
      ),
      { seed: 20230910, numRuns: 300 },
    );
  });
});

describe('the replay on the default route', () => {
  it.each(cases('allowed-band'))('%s', async (name, input) => {
    const { speedKmh, times } = input as { speedKmh: number; times: string[] };
    const s = replaySchedule(replay, speedKmh, null);
    await golden('allowed-band', name, {
      departure: iso(s.departure),
      arrival: iso(s.arrival),
      frames: times.map((t) => {
        const f = replayFrame(replay, s, Date.parse(t));
        const band = allowedBand(replay.events, Date.parse(t), replay.line.km);
        return { t, clamped: iso(f.t), km: f.km, band, status: f.status, near: f.near };
      }),
    });
  });

  it.each(cases('route-point'))('%s', async (name, input) => {
    const { kms } = input as { kms: number[] };
    await golden(
      'route-point',
      name,
      kms.map((km) => {
        const { point, bearing } = pointAt(replay.line, km);
        return { km, point: point.map((v) => Number(v.toFixed(5))), bearing: Math.round(bearing) };
      }),
    );
  });

  it('at 50 km/h the opening replay leaves on Sunday, waits at the border for Tuesday and reaches the cosmodrome on Wednesday', () => {
    const s = replaySchedule(replay, 50, null);
    const border = replay.events.find((e) => e.place === 'border');
    // Leaves within Pyongyang's Sunday (UTC+9), on the departure grid.
    expect(replay.departures).toContain(s.departure);
    expect(iso(s.departure)).toMatch(/^2023-09-10T/);
    expect(s.waits.map((w) => w.place)).toEqual(['border']);
    const f = replayFrame(replay, s, (border?.start ?? 0) - 3_600_000);
    expect(f.status).toBe('within');
    expect(f.km).toBeCloseTo(border?.km ?? 0, 3);
    // Wed 13 Sep in Vostochny's zone (UTC+9).
    expect(iso(s.arrival + 9 * 3_600_000)).toMatch(/^2023-09-13T/);
    expect(s.missed).toBeNull();
  });

  it('every point of the replay lies on the route', () => {
    const line = { type: 'Feature' as const, properties: {}, geometry: replay.line.line };
    fc.assert(
      fc.property(fc.double({ min: 0, max: replay.line.km, noNaN: true }), (km) => {
        const { point } = pointAt(replay.line, km);
        expect(nearestPointOnLine(line, point).properties.pointDistance).toBeLessThan(0.01);
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  it('a point found by its segment is the point turf finds walking the whole line', () => {
    const line = { type: 'Feature' as const, properties: {}, geometry: replay.line.line };
    fc.assert(
      fc.property(fc.double({ min: -10, max: replay.line.km + 10, noNaN: true }), (km) => {
        const m = Math.min(replay.line.measuredKm, Math.max(0, measuredAt(replay.line, km)));
        const walked = along(line, m).geometry.coordinates;
        const { point } = pointAt(replay.line, km);
        expect(point[0]).toBeCloseTo(walked[0] as number, 9);
        expect(point[1]).toBeCloseTo(walked[1] as number, 9);
      }),
      { seed: 11, numRuns: 200 },
    );
    // Each vertex exactly, on a scale that is the measured km itself.
    const m = replay.line.measuredKm;
    const flat = {
      ...replay.line,
      km: m,
      scale: [
        [0, 0],
        [m, m],
      ] as [number, number][],
    };
    for (const i of [0, 1, 100, replay.line.cum.length - 1])
      expect(pointAt(flat, replay.line.cum[i] as number).point).toEqual(
        replay.line.line.coordinates[i],
      );
  });

  it('a slice holds the vertices strictly between its ends, in order', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: replay.line.km, noNaN: true }),
        fc.double({ min: 0, max: replay.line.km, noNaN: true }),
        (x, y) => {
          const a = measuredAt(replay.line, Math.min(x, y));
          const b = measuredAt(replay.line, Math.max(x, y));
          const inner = replay.line.line.coordinates.filter((_, i) => {
            const m = replay.line.cum[i] as number;
            return m > a && m < b;
          });
          expect(sliceCoords(replay.line, x, y).slice(1, -1)).toEqual(inner);
        },
      ),
      { seed: 12, numRuns: 100 },
    );
  });

  it('times outside the replay clamp to its start and end (the last reported time, when later than the arrival)', () => {
    const s = replaySchedule(replay, 50, null);
    expect(clampTime(replay, s, 0)).toBe(s.departure);
    const last = replay.marks.at(-1)?.t ?? 0;
    expect(clampTime(replay, s, Number.MAX_SAFE_INTEGER)).toBe(Math.max(s.arrival, last));
  });
});
