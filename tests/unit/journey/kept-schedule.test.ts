import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KeepInputs, keptDeparture, keptSchedule } from '../../../src/journey/kept-schedule';
import { kmAt } from '../../../src/journey/schedule';
import { openStory } from '../../../src/journey/story-model';
import type { PropagatedWindow } from '../../../src/journey/timeline';
import { readStory } from '../../../tools/story/read-story';
import { story } from './fixtures-data';

const H = 3_600_000;

/** A reported window at a km, as the timeline gives it. */
const win = (place: string, km: number, start: number, end: number): PropagatedWindow => ({
  place,
  km,
  start,
  end,
  claims: [],
  forecast: false,
  reported: { start, end },
  startBy: place,
  endBy: place,
  possible: true,
  soft: { start: false, end: false },
});

const two: KeepInputs = {
  events: [win('a', 0, 0, 24 * H), win('b', 100, 10 * H, 12 * H)],
  dwells: [],
  totalKm: 100,
  departures: [],
  fallback: 0,
};

describe('the schedule that keeps the reported times', () => {
  it('leaves so as to reach a place as its window opens, with no wait', () => {
    const d = keptDeparture(two, 50);
    expect(d).toBe(8 * H);
    const s = keptSchedule(two, 50, d);
    expect(s.waits).toEqual([]);
    expect(s.missed).toBeNull();
    expect(s.arrival).toBe(10 * H);
  });

  it('waits at a place until its earliest time when the first place’s day ends too soon', () => {
    const early: KeepInputs = { ...two, events: [win('a', 0, 0, 4 * H), two.events[1]!] };
    const d = keptDeparture(early, 50);
    expect(d).toBe(4 * H);
    const s = keptSchedule(early, 50, d);
    expect(s.waits).toEqual([{ place: 'b', km: 100, hours: 4 }]);
    expect(kmAt(s, 9 * H)).toBe(100);
    expect(s.missed).toBeNull();
  });

  it('snaps the departure to the grid, never later than the times allow', () => {
    const grid = { ...two, departures: [0, 3 * H, 6 * H, 9 * H] };
    expect(keptDeparture(grid, 50)).toBe(6 * H);
  });

  it('names the latest time a slow speed misses, from where, and the speed that keeps it', () => {
    const d = keptDeparture(two, 5);
    expect(d).toBe(0);
    const s = keptSchedule(two, 5, d);
    expect(s.missed?.place).toBe('b');
    expect(s.missed?.reach).toBe(20 * H);
    expect(s.missed?.since).toEqual({ place: 'a', km: 0, t: 0, wait: false });
    expect(s.missed?.needKmh).toBeCloseTo(100 / 12, 6);
  });

  it('counts a story’s own stop in the time the train has', () => {
    const stop = { ...two, dwells: [{ place: 'm', km: 50, hours: 2 }] };
    const s = keptSchedule(stop, 5, 0);
    expect(s.missed?.reach).toBe(22 * H);
    expect(s.missed?.needKmh).toBeCloseTo(100 / 10, 6);
  });

  it('keeps every window it can: the train is never ahead, and never behind unless it says so', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5, max: 300, noNaN: true }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 0, max: 48 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (speed, raw) => {
          const places = [...raw].sort((a, b) => a[0] - b[0]);
          let open = 0;
          const events = [win('o', 0, 0, 6 * H)];
          places.forEach(([km, h], k) => {
            open = Math.max(open, h * H);
            events.push(win(`p${k}`, km, open, open + 12 * H));
          });
          const i: KeepInputs = { events, dwells: [], totalKm: 1000, departures: [], fallback: 0 };
          const s = keptSchedule(i, speed, keptDeparture(i, speed));
          for (const e of events) {
            // Short of the place until its earliest time, past it by its latest (unless missed).
            expect(kmAt(s, e.start - 1)).toBeLessThanOrEqual(e.km + 1e-6);
            if (!s.missed) expect(kmAt(s, e.end)).toBeGreaterThanOrEqual(e.km - 1e-6);
          }
          expect(s.departure).toBeGreaterThanOrEqual(0);
          expect(s.departure).toBeLessThanOrEqual(6 * H);
        },
      ),
      { seed: 36, numRuns: 200 },
    );
  });
});

describe('the replay as it opens, on every story', () => {
  const dirs = [
    'tests/fixtures/stories/us-portlands',
    'tests/fixtures/stories/amur-test',
    'tests/fixtures/stories/przemysl-kyiv',
    'tests/fixtures/stories/beijing-hanoi',
  ];
  it.each(['geo/stories/kim-2023', ...dirs])(
    '%s: at the story’s opening speed no frame is ahead of or behind the reported times',
    async (dir) => {
      const loaded = dir.startsWith('geo') ? { data: story } : await readStory(dir);
      const { model } = openStory(loaded.data);
      const speed = model.base.presets[0]?.kmh ?? 50;
      const r = model.replay({ speedKmh: speed, departure: null, time: null });
      expect(r.schedule.missed).toBeNull();
      const origin = model.base.replay.events.find((e) => e.km === 0);
      if (origin) {
        expect(r.schedule.departure).toBeGreaterThanOrEqual(origin.start);
        expect(r.schedule.departure).toBeLessThanOrEqual(origin.end);
      }
      const { start, end } = r.span;
      for (let k = 0; k <= 240; k++) {
        const t = start + ((end - start) * k) / 240;
        const f = model.replay({ speedKmh: speed, departure: null, time: t }).frame;
        expect(f.status, new Date(t).toISOString()).toBe('within');
      }
    },
    30_000,
  );
});
