import { describe, expect, it } from 'vitest';
import { journeyBase, journeyView } from '../../../src/journey/model';
import { roundingOf, verdictFor } from '../../../src/journey/verdict';
import { inputs as storyInputs } from './fixtures-data';
import { cases, golden } from './golden';

describe('verdicts', () => {
  it.each(cases('verdict'))('%s', async (name, input) => {
    const { relative, rounding } = input as { relative: number[]; rounding: number[] };
    await golden('verdict', name, {
      relative: relative.map((r) => ({ r, verdict: verdictFor(r) })),
      rounding: rounding.map((v) => ({ v, rounding: roundingOf(v) })),
    });
  });
});

describe('journeyView', () => {
  const stops = ['pyongyang', 'tumangang', 'ussuriysk', 'vostochny'];
  const inputs = { ...storyInputs, stops };
  const base = journeyBase(inputs);

  it.each(cases('journey-view'))('%s', async (name, input) => {
    const { speeds } = input as { speeds: number[] };
    await golden(
      'journey-view',
      name,
      speeds.map((kmh) => {
        const v = journeyView(inputs, base, kmh);
        return {
          kmh,
          legs: v.legs.map((l, i) => ({
            leg: `${l.from}--${l.to}`,
            straightKm: l.straightKm,
            railKm: l.km,
            measuredKm: l.rail.km,
            hours: v.legHours[i],
          })),
          timeline: v.timelineAt,
          leastKmh: v.timeline.least?.kmh,
          verdicts: Object.fromEntries(v.claims.map((c) => [c.claim.id, c.verdict])),
        };
      }),
    );
  });

  it('a speed change re-derives only the speed-dependent figures', () => {
    const a = journeyView(inputs, base, 50);
    const b = journeyView(inputs, base, 59);
    expect(b.legs).toBe(a.legs);
    expect(b.timeline).toBe(a.timeline);
    expect(b.legHours.every((h, i) => h < (a.legHours[i] ?? 0))).toBe(true);
  });
});
