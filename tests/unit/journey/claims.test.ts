import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/data/claims-schema';
import { type ClaimResult, evaluateClaims } from '../../../src/journey/claims';
import { claimContext, journeyBase, journeyView } from '../../../src/journey/model';
import { claims as articleClaims, inputs } from './fixtures-data';
import { cases, golden } from './golden';

/** What a golden file keeps of a result: the numbers and the verdict, not the whole claim. */
function summarise(r: ClaimResult) {
  const { claim, ...rest } = r;
  const out: Record<string, unknown> = { id: claim.id, ...rest };
  if (rest.check === 'timeline') {
    out.event = `${rest.event.place} ${new Date(rest.event.start).toISOString()} – ${new Date(rest.event.end).toISOString()}`;
    out.demand = rest.demand && `${rest.demand.from}--${rest.demand.to} ${rest.demand.kmh}`;
    out.forecast = rest.forecast && {
      with: rest.forecast.with?.kmh ?? null,
      without: rest.forecast.without?.kmh ?? null,
    };
  }
  if (rest.check === 'speed')
    out.bounds = {
      least:
        rest.bounds.least &&
        `${rest.bounds.least.from}--${rest.bounds.least.to} ${rest.bounds.least.kmh}`,
      greatest: rest.bounds.greatest?.kmh ?? null,
    };
  return out;
}

const base = journeyBase(inputs);
const context = (speedKmh: number) => claimContext(inputs, base, speedKmh);
const one = (id: string, speedKmh = 50) =>
  evaluateClaims(
    articleClaims.filter((c) => c.id === id),
    context(speedKmh),
  )[0];

describe('evaluateClaims', () => {
  it.each(cases('evaluate-claims'))('%s', async (name, input) => {
    const { speedKmh, claims } = input as { speedKmh: number; claims?: Claim[] };
    const list = claims ?? articleClaims;
    const results = evaluateClaims(list, context(speedKmh));
    expect(results).toHaveLength(list.length);
    await golden('evaluate-claims', name, results.map(summarise));
  });

  it('98 km Ussuriysk–Vladivostok matches neither the straight line nor the rail distance', () => {
    const r = one('live-ussuriysk-vladivostok-distance');
    expect(r?.check).toBe('distance');
    if (r?.check !== 'distance') return;
    expect(r.closest).toBe('neither');
    expect(r.belowStraight).toBe(false);
    expect(r.comparisons.every((c) => Math.abs(c.diffRel) > 0.1)).toBe(true);
    expect(r.miles?.agrees).toBe(true);
  });

  it('60 km Ussuriysk–Vladivostok, below the straight line, does not hold; as a rail figure, impossible', () => {
    const r = one('ft-ussuriysk-vladivostok-distance');
    expect(r?.check).toBe('distance');
    if (r?.check !== 'distance') return;
    expect(r.straightKm).toBeGreaterThan(70);
    // "about 60" covers 55–65: even its top is more than 10% below the 77 km straight line.
    expect(r.rounding).toBe(5);
    expect(r.reportedKm + r.rounding).toBeLessThan(r.straightKm * 0.9);
    expect(r.belowStraight).toBe(true);
    expect(r.verdict).toBe('does not hold');
    const claim = articleClaims.find((c) => c.id === 'ft-ussuriysk-vladivostok-distance') as Claim;
    const rail = evaluateClaims([{ ...claim, kind: 'rail-distance' }], context(50))[0];
    expect(rail?.verdict).toBe('impossible');
  });

  it('“about 900km”, 4% below the 939 km straight line, is within rounding and holds', () => {
    const r = one('ft-vostochny-ussuriysk-distance');
    if (r?.check !== 'distance') throw new Error('not a distance check');
    expect(r.straightKm).toBeGreaterThan(900);
    expect(r.verdict).toBe('holds');
  });

  it('“north-west” is checked against the computed bearing and given the true compass point', () => {
    const r = one('ft-vostochny-ussuriysk-direction');
    expect(r?.check).toBe('direction');
    if (r?.check !== 'direction') return;
    expect(r.claimed).toBe('NW');
    expect(r.compass).not.toBe('NW');
    expect(r.degreesOff).toBeGreaterThan(22.5);
  });

  it('the border crossing fits the other days at a possible speed: consistent at any chosen speed', () => {
    const at50 = one('ft-crossed-border', 50);
    const at30 = one('ft-crossed-border', 30);
    if (at50?.check !== 'timeline' || at30?.check !== 'timeline')
      throw new Error('not a timeline check');
    expect(at50.demand?.to).toBe('vostochny');
    expect(at50.verdict).toBe('consistent');
    // The chosen speed changes what the row says of the hours, not the verdict.
    expect(at30.hours).toBeGreaterThan(at30.demand?.hours ?? 0);
    expect(at30.verdict).toBe('consistent');
  });

  it('no reported day holds as reported: the map measures none', () => {
    const days = articleClaims.filter((c) => c.kind === 'datetime' && c.reported.day);
    expect(days.length).toBeGreaterThan(5);
    for (const speed of [20, 50, 59]) {
      const v = evaluateClaims(articleClaims, context(speed));
      for (const c of days) expect(v.find((r) => r.claim.id === c.id)?.verdict).not.toBe('holds');
    }
  });

  it('the forecast says what changes without it', () => {
    const r = one('ft-vostochny-wednesday');
    if (r?.check !== 'timeline') throw new Error('not a timeline check');
    expect(r.forecast?.with?.kmh).toBeCloseTo(base.timeline.least?.kmh ?? 0, 9);
    expect(r.forecast?.without?.kmh).toBeLessThan(r.forecast?.with?.kmh ?? 0);
  });

  it('a time that needs a speed faster than any reported one does not hold; no time at all is impossible', () => {
    const moved = (day: string, dayName: 'Tuesday' | 'Sunday'): Claim[] =>
      articleClaims.map((c) =>
        c.id === 'ft-vostochny-wednesday' ? { ...c, reported: { ...c.reported, day, dayName } } : c,
      );
    const at = (claims: Claim[]) => {
      const b = journeyBase({ ...inputs, claims });
      const v = journeyView({ ...inputs, claims }, b, 50);
      const r = v.claims.find((c) => c.claim.id === 'ft-vostochny-wednesday');
      if (r?.check !== 'timeline') throw new Error('not a timeline check');
      return r;
    };
    const rushed = at(moved('2023-09-12', 'Tuesday'));
    // Faster than "around 59km/h" even at the top of its rounding (59.5 km/h).
    expect(rushed.demand?.kmh).toBeGreaterThan(59.5);
    expect(rushed.topKmh).toBe(59.5);
    expect(rushed.tooFast).toBe(true);
    expect(rushed.impossible).toBeNull();
    expect(rushed.verdict).toBe('does not hold');
    const before = at(moved('2023-09-10', 'Sunday'));
    // At the cosmodrome by Sunday, the day the train left Pyongyang: no moment left.
    expect(before.impossible).toBe('no window');
    expect(before.verdict).toBe('impossible');
  });
});
