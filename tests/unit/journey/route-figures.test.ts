import { describe, expect, it } from 'vitest';
import { journeyBase } from '../../../src/journey/model';
import { routeFigures, stretchOn } from '../../../src/journey/route-figures';
import { inputs, net, railSummary } from './fixtures-data';
import { cases, golden } from './golden';

describe('routeFigures', () => {
  it.each(cases('route-figures'))('%s', async (name, input) => {
    const r = routeFigures(net, (input as { stops: string[] }).stops);
    await golden('route-figures', name, {
      legs: r.legs.map((l) => ({
        from: l.from,
        to: l.to,
        km: l.km,
        rail: railSummary(l.rail),
        pieces: l.pieces.map((p) => `${p.from}--${p.to} ${p.kind} ${p.km}`),
      })),
      posts: r.posts,
      whole: r.whole,
      conflicts: r.conflicts,
    });
  });

  const base = journeyBase(inputs);
  const r = base.route;

  it('one figure per stretch: the legs add up to the whole route and to every stretch', () => {
    const sum = r.legs.reduce((s, l) => s + l.km, 0);
    expect(r.whole.km).toBeCloseTo(sum, 9);
    for (const s of base.timeline.stretches) {
      const legs = r.legs.filter(
        (l) => (r.posts[l.from] ?? 0) >= s.from.km && (r.posts[l.to] ?? 0) <= s.to.km,
      );
      expect(s.km).toBeGreaterThanOrEqual(legs.reduce((x, l) => x + l.km, 0) - 1e-9);
    }
    const tumangang = stretchOn(r, 'pyongyang', 'tumangang').km;
    const legs = r.legs.filter((l) => ['pyongyang', 'rajin'].includes(l.from));
    expect(tumangang).toBe(legs.reduce((x, l) => x + l.km, 0));
  });

  it('Pyongyang–Tumangang: the legs’ sum is used, the published through figure shown as a conflict', () => {
    const c = r.conflicts.find((x) => x.from === 'pyongyang' && x.to === 'tumangang');
    expect(c?.publishedKm).toBe(845);
    expect(c?.legsKm).toBe(stretchOn(r, 'pyongyang', 'tumangang').km);
    expect(stretchOn(r, 'pyongyang', 'tumangang').conflict).toEqual(c);
  });

  it('Pyongyang–Rajin takes the figure that agrees with the others (802), 819 kept as a conflict', () => {
    const leg = r.legs.find((l) => l.from === 'pyongyang');
    expect(leg?.km).toBe(802);
    expect(leg?.pieces[0]?.conflicts.map((c) => c.km)).toContain(819);
  });

  it('the chain check measures the approximate chain against the one figure', () => {
    expect(base.chains[0]?.km).toBe(stretchOn(r, 'pyongyang', 'tumangang').km);
    expect(base.chains[0]?.shortfall).toBeGreaterThan(0.1);
  });

  it('a stretch with an approximate part says so', () => {
    const last = base.timeline.stretches.at(-1);
    expect(last?.to.place).toBe('vostochny');
    expect(last?.figure.makeup.approximate).toBeGreaterThan(0);
  });
});
