import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/data/claims-schema';
import { type ClaimResult, evaluateClaims } from '../../../src/journey/claims';
import { timelineEvents, timelineStretches } from '../../../src/journey/timeline';
import { claims as articleClaims, net, position, railSummary } from './fixtures-data';
import { cases, golden } from './golden';

/** What a golden file keeps of a result: the numbers and the verdict, not the whole claim. */
function summarise(r: ClaimResult) {
  const { claim, ...rest } = r;
  const out: Record<string, unknown> = { id: claim.id, ...rest };
  if ('rail' in rest && rest.rail) out.rail = railSummary(rest.rail);
  if ('stretch' in rest && rest.stretch)
    out.stretch = `${rest.stretch.from.place}--${rest.stretch.to.place}`;
  return out;
}

describe('evaluateClaims', () => {
  it.each(cases('evaluate-claims'))('%s', async (name, input) => {
    const { speedKmh, claims } = input as { speedKmh: number; claims?: Claim[] };
    const list = claims ?? articleClaims;
    const timeline = timelineStretches(timelineEvents(articleClaims), net, 'pyongyang');
    const results = evaluateClaims(list, { position, net, timeline, speedKmh });
    expect(results).toHaveLength(list.length);
    await golden('evaluate-claims', name, results.map(summarise));
  });

  it('98 km Ussuriysk–Vladivostok matches neither the straight line nor the rail distance', () => {
    const timeline = timelineStretches(timelineEvents(articleClaims), net, 'pyongyang');
    const [r] = evaluateClaims(
      articleClaims.filter((c) => c.id === 'live-ussuriysk-vladivostok-distance'),
      { position, net, timeline, speedKmh: 50 },
    );
    expect(r?.check).toBe('distance');
    if (r?.check !== 'distance') return;
    expect(r.closest).toBe('neither');
    expect(r.comparisons.every((c) => Math.abs(c.diffRel) > 0.1)).toBe(true);
    expect(r.miles?.agrees).toBe(true);
  });

  it('“north-west” is checked against the computed bearing and given the true compass point', () => {
    const timeline = timelineStretches(timelineEvents(articleClaims), net, 'pyongyang');
    const [r] = evaluateClaims(
      articleClaims.filter((c) => c.id === 'ft-vostochny-ussuriysk-direction'),
      { position, net, timeline, speedKmh: 50 },
    );
    expect(r?.check).toBe('direction');
    if (r?.check !== 'direction') return;
    expect(r.claimed).toBe('NW');
    expect(r.compass).not.toBe('NW');
    expect(r.degreesOff).toBeGreaterThan(22.5);
  });
});
