import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  parseUrlState,
  serializeUrlState,
  type ViewState,
} from '../../../src/state/url-state';

const PLACES = ['pyongyang', 'border', 'vostochny'] as const;

describe('url state', () => {
  it('round-trips every view', () => {
    const states: ViewState[] = [DEFAULT_STATE, ...PLACES.map((place) => ({ place }))];
    for (const s of states) expect(parseUrlState(serializeUrlState(s), PLACES).state).toEqual(s);
  });

  it('the default view has an empty query', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
  });

  it('falls back to the default for an unknown place and says which parameter', () => {
    const r = parseUrlState('?place=atlantis', PLACES);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('"place"');
    expect(r.warnings[0]).toContain('atlantis');
  });

  it('never throws on random query strings and always returns a valid state', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const { state } = parseUrlState(s, PLACES);
        expect(
          state.place === null || PLACES.includes(state.place as (typeof PLACES)[number]),
        ).toBe(true);
      }),
      { seed: 20230912, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (v) => {
        const { state } = parseUrlState(`?place=${encodeURIComponent(v)}`, PLACES);
        expect(
          state.place === null || PLACES.includes(state.place as (typeof PLACES)[number]),
        ).toBe(true);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
