import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkDefaults } from '../../../src/state/start-state';
import {
  INSTANT_SPAN,
  parseUrlState,
  serializeUrlState,
  type ViewState,
} from '../../../src/state/url-state';

// Addresses as people and programs write them: every parameter, with values that are right,
// nearly right, out of range or nonsense. Whatever the parser accepts, the address the page then
// writes (url-sync.ts: serialize against the link's defaults) reads back as the same view.
const PLACES = ['pyongyang', 'border', 'vostochny'];
const defaults = (s: Pick<ViewState, 'embed'>) => linkDefaults(s);
const noise = fc.string({ maxLength: 12 });
const num = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.constantFrom('1e999', '-0', '0x10', ' 50 ', '', 'Infinity', '1e2'),
);
const year = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0'));
const two = (max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(2, '0'));
const instant = fc.oneof(
  fc
    .tuple(year, two(13), two(32), two(25), two(60), fc.option(two(60), { nil: undefined }))
    .map(([y, mo, d, h, mi, se]) => `${y}-${mo}-${d}T${h}:${mi}${se ? `:${se}` : ''}Z`),
  fc
    .integer({ min: INSTANT_SPAN[0] - 86_400_000, max: INSTANT_SPAN[1] + 86_400_000 })
    .map((t) => new Date(t).toISOString()),
  fc.constantFrom('0000-01-01T00:00Z', '9999-12-31T23:59:59.999Z', '2023-09-12T06:00Z'),
  noise,
);
const VALUES: Record<string, fc.Arbitrary<string>> = {
  embed: fc.oneof(fc.constantFrom('0', '1'), noise),
  place: fc.oneof(fc.constantFrom(...PLACES, 'atlantis', 'Pyongyang'), noise),
  mode: fc.oneof(fc.constantFrom('reported', 'computed'), noise),
  speed: num,
  units: fc.oneof(fc.constantFrom('km', 'mi'), noise),
  view: fc.oneof(
    fc.tuple(num, num, num).map((t) => t.join(',')),
    fc
      .tuple(
        fc.double({ min: -181, max: 181, noNaN: true }),
        fc.double({ min: -86, max: 86, noNaN: true }),
        fc.double({ min: -1, max: 23, noNaN: true }),
      )
      .map((t) => t.join(',')),
    noise,
  ),
  panel: fc.oneof(fc.constantFrom('open', 'closed'), noise),
  tab: fc.oneof(fc.constantFrom('claims', 'journey', 'places'), noise),
  theme: fc.oneof(fc.constantFrom('auto', 'light', 'dark'), noise),
  bg: fc.oneof(fc.constantFrom('transparent', 'page'), noise),
  title: fc.oneof(fc.constantFrom('0', '1'), noise),
  hindsight: fc.oneof(fc.constantFrom('0', '1'), noise),
  t: instant,
  dep: instant,
};
const query = fc
  .dictionary(fc.constantFrom(...Object.keys(VALUES)), fc.constant(''))
  .chain((keys) =>
    fc.record(
      Object.fromEntries(Object.keys(keys).map((k) => [k, VALUES[k] as fc.Arbitrary<string>])),
    ),
  )
  .map((params) => `?${new URLSearchParams(params as Record<string, string>).toString()}`);

describe('the address: every view the parser accepts reads back from what the page writes', () => {
  it('parse(serialize(x)) equals x, against the link defaults, 10,000 addresses', {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(query, (q) => {
        const x = parseUrlState(q, PLACES, defaults).state;
        const written = serializeUrlState(x, defaults(x));
        const back = parseUrlState(written, PLACES, defaults);
        expect(back.warnings).toEqual([]);
        expect(back.state).toEqual(x);
      }),
      { seed: 32, numRuns: 10_000 },
    );
  });

  it('every accepted time lies within 1900–2100, whatever year was asked for', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(instant, instant, (t, dep) => {
        const { state } = parseUrlState(`?t=${t}&dep=${dep}`, PLACES, defaults);
        for (const v of [state.time, state.departure])
          if (v !== null) {
            expect(v).toBeGreaterThanOrEqual(INSTANT_SPAN[0]);
            expect(v).toBeLessThanOrEqual(INSTANT_SPAN[1]);
          }
      }),
      { seed: 33, numRuns: 2_000 },
    );
    expect(parseUrlState('?dep=0000-01-01T00:00Z').warnings).toEqual([
      'URL parameter "dep": expected a UTC time from 1900 to 2100 such as "2024-01-31T06:00Z", got "0000-01-01T00:00Z"',
    ]);
    expect(parseUrlState('?dep=9999-12-31T23:59:59.999Z').state.departure).toBeNull();
  });

  it('the embed flag stays in the address the page writes', () => {
    const x = parseUrlState('?embed=1&view=130,45,4', PLACES, defaults).state;
    expect(serializeUrlState(x, defaults(x))).toBe('?embed=1&view=130,45,4');
  });
});
