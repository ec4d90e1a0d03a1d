import { describe, expect, it } from 'vitest';
import { openStory } from '../../../src/journey/story-model';
import { positionWords } from '../../../src/words/place-words';
import { replayWords } from '../../../src/words/replay-words';
import { zoneWords } from '../../../src/words/zone-words';
import { readStory } from '../../../tools/story/read-story';
import { story } from '../journey/fixtures-data';

const SEP_12 = Date.UTC(2023, 8, 12, 0);

describe('the replay names zones by the route', () => {
  it('writes a zone as its city where the city is on the route, else as its offset', () => {
    const route = ['Pyongyang', 'Vladivostok', 'Vostochny Cosmodrome'];
    expect(zoneWords('Asia/Vladivostok', SEP_12, route)).toBe('Vladivostok time');
    // Yakutsk is 1,000 km off the route: the offset, never the city.
    expect(zoneWords('Asia/Yakutsk', SEP_12, route)).toBe('UTC+9');
    expect(zoneWords('America/Los_Angeles', Date.UTC(2024, 5, 1), ['Portland, Oregon'])).toBe(
      'UTC−7',
    );
    expect(zoneWords('America/Denver', Date.UTC(2024, 5, 1), ['Denver'])).toBe('Denver time');
  });

  it('never names a city off the route in the clock, on any story', async () => {
    for (const dir of ['geo/stories/kim-2023', 'tests/fixtures/stories/us-portlands']) {
      const loaded = dir.startsWith('geo') ? { data: story } : await readStory(dir);
      const { model, lookup } = openStory(loaded.data);
      const words = replayWords(model, lookup);
      const names = model.base.replay.stops.map((s) => lookup.name(s.id));
      const { start, end } = model.replay({ speedKmh: 50, departure: null, time: null }).span;
      for (let i = 0; i <= 20; i++) {
        const r = model.replay({
          speedKmh: 50,
          departure: null,
          time: start + ((end - start) * i) / 20,
        });
        const zone = /\d\d:\d\d (.+?) —/.exec(words.clock(r))?.[1] ?? '';
        expect(zone, words.clock(r)).toMatch(/ time$|^UTC[+−]\d+(:\d\d)?$/);
        const city = zone.endsWith(' time') ? zone.slice(0, -5) : null;
        if (city)
          expect(
            names.some((n) => n.startsWith(city)),
            zone,
          ).toBe(true);
      }
    }
  }, 30_000);

  it('says before Play which reported time a speed cannot keep, and why', () => {
    const { model, lookup } = openStory(story);
    const words = replayWords(model, lookup);
    // A fast train waits where the articles ask it to: every reported time is kept.
    expect(words.forecast({ speedKmh: 400, departure: null })).toBeNull();
    expect(words.forecast({ speedKmh: 50, departure: null })).toBeNull();
    // A slow one cannot reach the cosmodrome by the end of Wednesday, from the border's Tuesday.
    const slow = words.forecast({ speedKmh: 20, departure: null }) ?? '';
    expect(slow).toMatch(
      /^This speed cannot keep every reported time: the train reaches Vostochny Cosmodrome on .*, after the latest the articles allow there \(Wed 13 Sep 24:00\)\./,
    );
    expect(slow).toContain(
      'from Friendship Bridge (border), where the articles have it no earlier',
    );
    const least = model.replay({ speedKmh: 20, departure: null, time: null }).schedule.missed;
    expect(slow).toContain(`needs at least ${Math.ceil(least?.needKmh ?? 0)} km/h`);
  });
});

describe('positions', () => {
  it('are written as a reader writes them, west and south as such', () => {
    expect(positionWords(-104.9847, 39.7392)).toBe('39.74° N, 104.98° W');
    expect(positionWords(151.21, -33.87)).toBe('33.87° S, 151.21° E');
  });
});
