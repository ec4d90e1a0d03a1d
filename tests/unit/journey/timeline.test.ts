import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alongRoute, journeyBase } from '../../../src/journey/model';
import {
  buildTimeline,
  claimWindow,
  type Demand,
  propagateWindows,
  type ReportedWindow,
  type Timeline,
} from '../../../src/journey/timeline';
import { assumptions, claims, inputs, net } from './fixtures-data';
import { cases, golden } from './golden';

const iso = (t: number) => new Date(t).toISOString();
const demand = (d: Demand | null) =>
  d && {
    ...d,
    start: iso(d.start),
    end: iso(d.end),
    kmh: Number.isFinite(d.kmh) ? d.kmh : 'no speed',
  };

/** What a golden file keeps of a timeline: windows as ISO times, stretches and demands. */
function summarise(t: Timeline) {
  return {
    events: t.events.map((e) => ({
      place: e.place,
      km: e.km,
      claims: e.claims,
      forecast: e.forecast,
      reported: [iso(e.reported.start), iso(e.reported.end)],
      propagated: [iso(e.start), iso(e.end)],
      startBy: e.startBy,
      endBy: e.endBy,
      possible: e.possible,
    })),
    stretches: t.stretches.map((s) => ({
      from: s.from.place,
      to: s.to.place,
      km: s.km,
      makeup: s.figure.makeup,
      minHours: s.minHours,
      maxHours: s.maxHours,
      leastKmh: s.demand.kmh,
    })),
    least: demand(t.least),
  };
}

describe('propagateWindows', () => {
  it.each(cases('propagate-windows'))('%s', async (name, input) => {
    const { windows } = input as {
      windows: { place: string; km: number; start: string; end: string }[];
    };
    const out = propagateWindows(
      windows.map((w) => ({
        ...w,
        start: Date.parse(w.start),
        end: Date.parse(w.end),
        claims: [w.place],
        forecast: false,
      })),
    );
    await golden(
      'propagate-windows',
      name,
      out.map((w) => ({
        place: w.place,
        km: w.km,
        start: iso(w.start),
        end: iso(w.end),
        startBy: w.startBy,
        endBy: w.endBy,
        possible: w.possible,
      })),
    );
  });

  it('propagated windows lie inside the reported ones and are ordered along the route', () => {
    const window = fc
      .record({ km: fc.integer({ min: 0, max: 5000 }), start: fc.integer({ min: 0, max: 500 }) })
      .chain((w) =>
        fc.record({
          km: fc.constant(w.km),
          start: fc.constant(w.start),
          end: fc.integer({ min: w.start, max: w.start + 200 }),
        }),
      );
    fc.assert(
      fc.property(fc.array(window, { maxLength: 8 }), (ws) => {
        const reported: ReportedWindow[] = ws.map((w, i) => ({
          place: `p${i}`,
          km: w.km,
          start: w.start * 3_600_000,
          end: w.end * 3_600_000,
          claims: [],
          forecast: false,
        }));
        const out = propagateWindows(reported);
        expect(out.map((w) => w.km)).toEqual([...ws.map((w) => w.km)].sort((a, b) => a - b));
        for (let i = 0; i < out.length; i++) {
          const w = out[i] as (typeof out)[number];
          expect(w.start).toBeGreaterThanOrEqual(w.reported.start);
          expect(w.end).toBeLessThanOrEqual(w.reported.end);
          expect(w.possible).toBe(w.start <= w.end);
          const next = out[i + 1];
          if (next) {
            expect(next.start).toBeGreaterThanOrEqual(w.start);
            expect(next.end).toBeGreaterThanOrEqual(w.end);
          }
        }
      }),
      { seed: 20230912, numRuns: 300 },
    );
  });
});

describe('the articles’ timeline', () => {
  const base = journeyBase(inputs);

  it.each(cases('timeline'))('%s', async (name, input) => {
    const { shiftDeparture } = input as { shiftDeparture?: string };
    const list = claims.map((c) =>
      shiftDeparture && c.id === 'ft-left-pyongyang'
        ? { ...c, reported: { ...c.reported, day: shiftDeparture } }
        : c,
    );
    const route = alongRoute(base.route, net);
    await golden('timeline', name, {
      all: summarise(buildTimeline(list, route, { assumptions })),
      reportsOnly: summarise(buildTimeline(list, route, { assumptions, reportsOnly: true })),
    });
  });

  it('border on Tuesday morning → cosmodrome on Wednesday binds: about 1,696 km in 49 h', () => {
    const least = base.timeline.least;
    expect(least?.from).toBe('border');
    expect(least?.to).toBe('vostochny');
    expect(least?.hours).toBe(49);
    expect(least?.km).toBeGreaterThan(1690);
    expect(least?.km).toBeLessThan(1700);
    expect(least?.kmh).toBeGreaterThan(34);
    expect(least?.kmh).toBeLessThan(35);
  });

  it('Ussuriysk closes no later than the cosmodrome’s Wednesday allows, and the border’s morning is soft', () => {
    const u = base.timeline.events.find((e) => e.place === 'ussuriysk');
    expect(u && iso(u.reported.start)).toBe('2023-09-11T14:00:00.000Z');
    const b = base.timeline.events.find((e) => e.place === 'border');
    expect(b?.soft).toEqual({ start: false, end: true });
  });

  it('without the forecast, the days demand less: the cosmodrome drops out', () => {
    const without = base.reportsOnly;
    expect(without.events.map((e) => e.place)).not.toContain('vostochny');
    expect(without.least?.kmh ?? Number.POSITIVE_INFINITY).toBeLessThan(
      base.timeline.least?.kmh ?? 0,
    );
  });

  it('a day is read in the place’s own time zone, a morning (as the story says) as 00:00–12:00', () => {
    const border = claims.find((c) => c.id === 'ft-crossed-border');
    const w = border ? claimWindow(border, assumptions) : null;
    expect(assumptions.timeZones.border).toBe('Asia/Vladivostok');
    expect(w?.map(iso)).toEqual(['2023-09-11T14:00:00.000Z', '2023-09-12T02:00:00.000Z']);
  });

  it('every dated claim names the weekday its date falls on', () => {
    for (const c of claims) {
      if (!c.reported.day) continue;
      const weekday = new Date(`${c.reported.day}T12:00:00Z`).toLocaleDateString('en-GB', {
        weekday: 'long',
        timeZone: 'UTC',
      });
      expect(weekday, c.id).toBe(c.reported.dayName);
    }
  });

  it('names a place with no time zone assumed', () => {
    const c = claims.find((x) => x.id === 'ft-seen-ussuriysk');
    if (!c) throw new Error('fixture claim missing');
    expect(() => claimWindow({ ...c, places: ['atlantis'] }, assumptions)).toThrow(
      'no time zone given for "atlantis"',
    );
  });
});
