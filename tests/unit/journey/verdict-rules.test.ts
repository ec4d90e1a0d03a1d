import { describe, expect, it } from 'vitest';
import { journeyBase, journeyView } from '../../../src/journey/model';
import { type SpeedBounds, speedBounds } from '../../../src/journey/speed-bounds';
import { type Timeline, timelineOf } from '../../../src/journey/timeline';
import { inputs, noTrack as route } from './fixtures-data';
import { cases, golden } from './golden';

const iso = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString() : String(t));
function summarise(b: SpeedBounds) {
  return {
    least: b.least && {
      kmh: b.least.kmh,
      km: b.least.km,
      hours: b.least.hours,
      from: `${b.least.from} no earlier than ${iso(b.least.start)} (${b.least.startBy})`,
      to: `${b.least.to} no later than ${iso(b.least.end)} (${b.least.endBy})`,
    },
    greatest: b.greatest && {
      kmh: b.greatest.kmh,
      hours: b.greatest.hours,
      from: `no later than ${iso(b.greatest.start)} (${b.greatest.startBy})`,
      to: `no earlier than ${iso(b.greatest.end)} (${b.greatest.endBy})`,
    },
  };
}

const base = journeyBase(inputs);

describe('speedBounds', () => {
  it.each(cases('speed-bounds'))('%s', async (name, input) => {
    const { story: which, windows } = input as {
      story?: 'claims' | 'outcomes';
      windows?: { place: string; km: number; start?: string; end?: string }[];
    };
    let t: Timeline | undefined;
    if (which === 'claims') t = base.timeline;
    else if (which === 'outcomes') t = base.happened?.timeline;
    else
      t = timelineOf(
        (windows ?? []).map((w) => ({
          place: w.place,
          km: w.km,
          start: w.start ? Date.parse(w.start) : Number.NEGATIVE_INFINITY,
          end: w.end ? Date.parse(w.end) : Number.POSITIVE_INFINITY,
          claims: [w.place],
          forecast: false,
        })),
        route,
      );
    if (!t) throw new Error('no timeline');
    await golden('speed-bounds', name, summarise(speedBounds(t)));
  });

  it('the outcomes demand at least 55.4 km/h from Ussuriysk after 12:15 to the cosmodrome by 13:09', () => {
    const least = base.happened?.bounds.least;
    expect(least?.from).toBe('ussuriysk');
    expect(least?.to).toBe('vostochny');
    // Tue 12:15 at Ussuriysk (UTC+10) to Wed 13:09 at the cosmodrome (UTC+9): 25 h 54 min.
    expect(least?.hours).toBeCloseTo(25 + 54 / 60, 6);
    expect(least?.kmh).toBeGreaterThan(55.3);
    expect(least?.kmh).toBeLessThan(55.5);
  });

  it('without the Razdolnaya bridge, Khasan at 06:00 binds: at least 52.7 km/h', () => {
    const without = {
      ...inputs,
      outcomes: inputs.outcomes.filter((o) => o.id !== 'razdolnaya-bridge'),
    };
    const least = journeyBase(without).happened?.bounds.least;
    expect(least?.from).toBe('khasan');
    expect(least?.hours).toBeCloseTo(32 + 9 / 60, 6);
    expect(least?.kmh).toBeGreaterThan(52.6);
    expect(least?.kmh).toBeLessThan(52.8);
  });
});

describe('the verdicts what happened settles', () => {
  const view = journeyView(inputs, base, 50);
  const of = (id: string) => view.claims.find((c) => c.claim.id === id);

  it('“about 50 km/h” is refuted: the least speed is above 55, the top of its rounding', () => {
    const r = of('live-speed');
    expect(r?.verdict).toBe('consistent');
    expect(r?.check === 'speed' && r.rounding).toBe(5);
    expect(r?.happened?.verdict).toBe('refuted');
    expect(r?.happened?.by === 'speed' && r.happened.least.kmh).toBeGreaterThan(55);
  });

  it('within its rounding a speed is not refuted: 52.7 km/h leaves “about 50” consistent', () => {
    const without = {
      ...inputs,
      outcomes: inputs.outcomes.filter((o) => o.id !== 'razdolnaya-bridge'),
    };
    const v = journeyView(without, journeyBase(without), 50);
    const r = v.claims.find((c) => c.claim.id === 'live-speed');
    expect(r?.happened?.by === 'speed' && r.happened.least.kmh).toBeGreaterThan(50);
    expect(r?.happened?.verdict).toBe('consistent');
  });

  it('“around 59km/h” stays consistent, and the two speeds disagree', () => {
    const r = of('ft-speed');
    expect(r?.happened?.verdict).toBe('consistent');
    expect(r?.check === 'speed' && r.disagrees.map((d) => d.claim)).toEqual(['live-speed']);
  });

  it('the forecast of Wednesday holds; the departure on Sunday holds', () => {
    expect(of('ft-vostochny-wednesday')?.happened?.verdict).toBe('holds');
    expect(of('ft-left-pyongyang')?.happened?.verdict).toBe('holds');
  });

  it('the three border claims hold: Khasan at 06:00 bounds the bridge by the run to it', () => {
    for (const id of ['ft-arrived-russia', 'ft-crossed-border', 'live-in-russia']) {
      const h = of(id)?.happened;
      expect(of(id)?.verdict, id).toBe('consistent');
      expect(h?.verdict, id).toBe('holds');
      if (h?.by !== 'time') throw new Error(`${id}: not settled by a time`);
      expect(h.fixed?.place).toBe('khasan');
      expect(h.fixed?.side).toBe('start');
      // The bridge lies a few km before Khasan with no stop between: even at walking pace the
      // train passed it within the hour before 06:00.
      expect(h.fixed?.km).toBeGreaterThan(1);
      expect(h.fixed?.km).toBeLessThan(3);
      expect(h.end).toBe(Date.parse('2023-09-12T06:00:00+10:00'));
      expect(h.end - h.start).toBeLessThan(3_600_000);
    }
  });

  it('a fixed time bounds nothing across a stop: Pyongyang keeps its own window', () => {
    const h = of('ft-left-pyongyang')?.happened;
    expect(h?.by === 'time' && h.fixed).toBeNull();
  });

  it('a story without outcomes reads as reported', () => {
    const none = { ...inputs, outcomes: [] };
    const v = journeyView(none, journeyBase(none), 50);
    expect(v.happened).toBeNull();
    expect(v.claims.every((c) => c.happened === null)).toBe(true);
    expect(v.claims.map((c) => c.verdict)).toEqual(view.claims.map((c) => c.verdict));
  });
});
