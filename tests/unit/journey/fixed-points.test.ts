import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../src/data/outcomes-schema';
import { CRAWL_KMH, fixedBounds, fixedPoints } from '../../../src/journey/fixed-points';

const HOUR = 3_600_000;
const T = Date.parse('2023-09-12T06:00:00+10:00');
/** A line of places: stops at km 0 and 100, passing points at 98 and 102, a stop at 200. */
const KM: Record<string, number> = { a: 0, bridge: 98, station: 100, signal: 102, b: 200 };
const stops = ['a', 'station', 'b'].map((place) => ({ place, km: KM[place] as number }));
const outcome = (o: Partial<Outcome>): Outcome => ({
  id: 'o',
  place: 'station',
  from: '2023-09-12T06:00:00+10:00',
  to: '2023-09-12T06:00:00+10:00',
  what: 'w',
  source: {
    outlet: 'o',
    title: 't',
    url: 'https://example.org/',
    published: '2023-09-12',
    quote: 'q',
  },
  note: '',
  ...o,
});
const bounds = (o: Partial<Outcome>, place: string) =>
  fixedBounds(
    fixedPoints([outcome(o)], (p) => KM[p]),
    place,
    KM[place] as number,
    stops,
  );

describe('a fixed time bounds the places passed on the way to it', () => {
  it('arriving at a station at T: a bridge 2 km before it was passed in the run before T', () => {
    const [b] = bounds({ moment: 'arrived' }, 'bridge');
    expect(b?.side).toBe('start');
    expect(b?.km).toBe(2);
    expect(b?.bound).toBe(T - (2 / CRAWL_KMH) * HOUR);
    // Nothing after an arrival: the train may have waited at the station.
    expect(bounds({ moment: 'arrived' }, 'signal')).toEqual([]);
  });

  it('leaving at T bounds what comes after it; passing at T bounds both sides', () => {
    expect(bounds({ moment: 'left' }, 'bridge')).toEqual([]);
    expect(bounds({ moment: 'left' }, 'signal')[0]?.bound).toBe(T + (2 / CRAWL_KMH) * HOUR);
    const passed = { place: 'bridge', moment: 'passed' as const };
    expect(bounds(passed, 'signal')).toEqual([]); // the station, a stop, lies between
  });

  it('bounds nothing without a moment, across a stop, at a stop, or from a part of day', () => {
    expect(bounds({}, 'bridge')).toEqual([]);
    expect(bounds({ moment: 'arrived', place: 'b' }, 'bridge')).toEqual([]);
    expect(bounds({ moment: 'arrived', place: 'b' }, 'signal')[0]?.km).toBe(98);
    expect(bounds({ moment: 'arrived', place: 'b' }, 'station')).toEqual([]);
    expect(bounds({ moment: 'arrived', soft: true }, 'bridge')).toEqual([]);
    expect(bounds({ moment: 'arrived', to: '2023-09-12T07:00:00+10:00' }, 'bridge')).toEqual([]);
  });
});
