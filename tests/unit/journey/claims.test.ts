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

  it('60 km Ussuriysk–Vladivostok is shorter than the straight line: impossible', () => {
    const r = one('ft-ussuriysk-vladivostok-distance');
    expect(r?.check).toBe('distance');
    if (r?.check !== 'distance') return;
    expect(r.straightKm).toBeGreaterThan(70);
    expect(r.belowStraight).toBe(true);
    expect(r.verdict).toBe('impossible');
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

  it('the border crossing is bound to the cosmodrome: holds at 50 km/h, not at 30', () => {
    const at50 = one('ft-crossed-border', 50);
    const at30 = one('ft-crossed-border', 30);
    if (at50?.check !== 'timeline') throw new Error('not a timeline check');
    expect(at50.demand?.to).toBe('vostochny');
    expect(at50.verdict).toBe('holds');
    expect(at30?.verdict).toBe('does not hold');
  });

  it('the forecast says what changes without it', () => {
    const r = one('ft-vostochny-wednesday');
    if (r?.check !== 'timeline') throw new Error('not a timeline check');
    expect(r.forecast?.with?.kmh).toBeCloseTo(base.timeline.least?.kmh ?? 0, 9);
    expect(r.forecast?.without?.kmh).toBeLessThan(r.forecast?.with?.kmh ?? 0);
  });

  it('a time that needs a speed faster than any reported one is impossible', () => {
    const rushed: Claim[] = articleClaims.map((c) =>
      c.id === 'ft-vostochny-wednesday'
        ? { ...c, reported: { ...c.reported, day: '2023-09-12', dayName: 'Tuesday' } }
        : c,
    );
    const b = journeyBase({ ...inputs, claims: rushed });
    const v = journeyView({ ...inputs, claims: rushed }, b, 50);
    const r = v.claims.find((c) => c.claim.id === 'ft-vostochny-wednesday');
    if (r?.check !== 'timeline') throw new Error('not a timeline check');
    expect(r.demand?.kmh).toBeGreaterThan(59);
    expect(r.impossible).toBe('too fast');
    expect(r.verdict).toBe('impossible');
  });
});
