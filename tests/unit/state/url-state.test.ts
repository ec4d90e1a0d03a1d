import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  INSTANT_SPAN,
  parseUrlState,
  serializeUrlState,
  type ViewState,
} from '../../../src/state/url-state';

const PLACES = ['pyongyang', 'border', 'vostochny'] as const;

const fixed = (min: number, max: number, digits: number) =>
  fc.integer({ min: min * 10 ** digits, max: max * 10 ** digits }).map((v) => v / 10 ** digits);
/** Instants to the minute within the span a link may hold. */
const minutes = fc
  .integer({ min: INSTANT_SPAN[0] / 60_000, max: INSTANT_SPAN[1] / 60_000 })
  .map((m) => m * 60_000);
const arbState: fc.Arbitrary<ViewState> = fc.record({
  place: fc.constantFrom(null, ...PLACES),
  mode: fc.constantFrom('reported' as const, 'computed' as const),
  speed: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.double({ min: 1, max: 400, noNaN: true })),
  units: fc.constantFrom('km' as const, 'mi' as const),
  camera: fc.option(
    fc.record({ lon: fixed(-180, 180, 5), lat: fixed(-85, 85, 5), zoom: fixed(0, 22, 2) }),
    { nil: null },
  ),
  panel: fc.constantFrom('open' as const, 'closed' as const),
  section: fc.constantFrom('claims' as const, 'journey' as const, 'places' as const),
  theme: fc.constantFrom('auto' as const, 'light' as const, 'dark' as const),
  transparent: fc.boolean(),
  embed: fc.boolean(),
  title: fc.boolean(),
  hindsight: fc.boolean(),
  time: fc.option(minutes, { nil: null }),
  departure: fc.option(minutes, { nil: null }),
});

function valid(s: ViewState): boolean {
  const c = s.camera;
  return (
    (c === null ||
      (Math.abs(c.lon) <= 180 && Math.abs(c.lat) <= 85 && c.zoom >= 0 && c.zoom <= 22)) &&
    ['open', 'closed'].includes(s.panel) &&
    ['auto', 'light', 'dark'].includes(s.theme) &&
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
    ['?view=130,45', '"view"', '130,45'],
    ['?view=130,95,4', '"view"', '130,95,4'],
    ['?view=a,b,c', '"view"', 'a,b,c'],
    ['?panel=ajar', '"panel"', 'ajar'],
    ['?tab=sport', '"tab"', 'sport'],
    ['?theme=sepia', '"theme"', 'sepia'],
    ['?bg=plaid', '"bg"', 'plaid'],
    ['?embed=yes', '"embed"', 'yes'],
    ['?title=no', '"title"', 'no'],
  ])('%s falls back to the default and names the parameter', (query, param, value) => {
    const r = parseUrlState(query, PLACES);
    expect(r.state).toEqual(DEFAULT_STATE);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain(param);
    expect(r.warnings[0]).toContain(value);
  });

  it('embed mode brings its own defaults (panel closed), which the URL can still override', () => {
    const defaults = (s: { embed: boolean }): ViewState => ({
      ...DEFAULT_STATE,
      embed: s.embed,
      panel: s.embed ? 'closed' : 'open',
    });
    expect(parseUrlState('?embed=1', PLACES, defaults).state.panel).toBe('closed');
    expect(parseUrlState('?embed=1&panel=open', PLACES, defaults).state.panel).toBe('open');
    expect(parseUrlState('', PLACES, defaults).state.panel).toBe('open');
  });

  it('a camera is written to about a metre and read back', () => {
    const s = { ...DEFAULT_STATE, camera: { lon: 131.88168214, lat: 43.11121951, zoom: 7.123 } };
    expect(serializeUrlState(s)).toBe('?view=131.88168,43.11122,7.12');
    expect(parseUrlState(serializeUrlState(s)).state.camera).toEqual({
      lon: 131.88168,
      lat: 43.11122,
      zoom: 7.12,
    });
  });

  it('keeps the good parameters when others are bad', () => {
    const r = parseUrlState('?mode=computed&units=parsecs&speed=59', PLACES);
    expect(r.state).toEqual({ ...DEFAULT_STATE, mode: 'computed', speed: 59 });
    expect(r.warnings).toHaveLength(1);
  });

  it('never throws on random query strings and always returns a valid state', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(valid(parseUrlState(s, PLACES).state)).toBe(true);
      }),
      { seed: 20230912, numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(
          'place',
          'mode',
          'speed',
          'units',
          'view',
          'panel',
          'tab',
          'theme',
          'bg',
          'embed',
          'title',
        ),
        fc.string(),
        (k, v) => {
          expect(valid(parseUrlState(`?${k}=${encodeURIComponent(v)}`, PLACES).state)).toBe(true);
        },
      ),
      { seed: 7, numRuns: 1000 },
    );
  });
});
