import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  parseUrlState,
  serializeUrlState,
  type ViewState,
} from '../../../src/state/url-state';

const PLACES = ['pyongyang', 'border', 'vostochny'] as const;

const arbState: fc.Arbitrary<ViewState> = fc.record({
  place: fc.constantFrom(null, ...PLACES),
  mode: fc.constantFrom('reported' as const, 'computed' as const),
  speed: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.double({ min: 1, max: 400, noNaN: true })),
  units: fc.constantFrom('km' as const, 'mi' as const),
});

function valid(s: ViewState): boolean {
  return (
    (s.place === null || (PLACES as readonly string[]).includes(s.place)) &&
    ['reported', 'computed'].includes(s.mode) &&
    ['km', 'mi'].includes(s.units) &&
    Number.isFinite(s.speed) &&
    s.speed >= 1 &&
    s.speed <= 400
  );
}

describe('url state', () => {
  it('round-trips every view: parse(serialize(x)) equals x', () => {
    fc.assert(
      fc.property(arbState, (s) => {
        const r = parseUrlState(serializeUrlState(s), PLACES);
        expect(r.warnings).toEqual([]);
        expect(r.state).toEqual(s);
      }),
      { seed: 20230912, numRuns: 500 },
    );
  });

  it('the default view has an empty query', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
  });

  it.each([
    ['?place=atlantis', '"place"', 'atlantis'],
    ['?mode=guess', '"mode"', 'guess'],
    ['?units=furlongs', '"units"', 'furlongs'],
    ['?speed=fast', '"speed"', 'fast'],
    ['?speed=0', '"speed"', '0'],
    ['?speed=', '"speed"', '""'],
    ['?speed=1e9', '"speed"', '1e9'],
  ])('%s falls back to the default and names the parameter', (query, param, value) => {
    const r = parseUrlState(query, PLACES);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain(param);
    expect(r.warnings[0]).toContain(value);
  });

  it('keeps the good parameters when others are bad', () => {
    const r = parseUrlState('?mode=computed&units=parsecs&speed=59', PLACES);
    expect(r.state).toEqual({ ...DEFAULT_STATE, mode: 'computed', speed: 59 });
    expect(r.warnings).toHaveLength(1);
  });

  it('never throws on random query strings and always returns a valid state', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(valid(parseUrlState(s, PLACES).state)).toBe(true);
      }),
      { seed: 20230912, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.constantFrom('place', 'mode', 'speed', 'units'), fc.string(), (k, v) => {
        expect(valid(parseUrlState(`?${k}=${encodeURIComponent(v)}`, PLACES).state)).toBe(true);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });
});
