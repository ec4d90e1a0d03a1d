/**
 * The verdict rules on figures: directions, parts of day, elapsed years, durations, rounding,
 * "first … since", legs with no track and "by". The speed bounds and what happened settles are in
 * verdict-rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/data/claims-schema';
import type { SourceRef } from '../../../src/data/outcomes-schema';
import { evaluateClaims } from '../../../src/journey/claims';
import { judgeDirection } from '../../../src/journey/compass-sector';
import { claimContext, journeyBase, journeyView } from '../../../src/journey/model';
import { reportedWindows, timelineOf } from '../../../src/journey/timeline';
import { claims, inputs, noTrack as route, story } from './fixtures-data';
import { cases, golden } from './golden';

const base = journeyBase(inputs);

describe('judgeDirection', () => {
  it.each(cases('judge-direction'))('%s', async (name, input) => {
    const { cases: list } = input as { cases: { bearing: number; claimed: 'N' }[] };
    await golden(
      'judge-direction',
      name,
      list.map((c) => ({ ...c, ...judgeDirection(c.bearing, c.claimed) })),
    );
  });
});

describe('parts of day are soft', () => {
  const border = claims.find((c) => c.id === 'ft-crossed-border') as Claim;
  const hours = (morning: [number, number], night: [number, number]) => ({
    ...inputs.assumptions,
    partsOfDay: { morning, night },
  });

  it('a time only a part of day’s edge rules out is loose, not impossible', () => {
    // The border on Tuesday morning from 06:00, Khasan (after it) on Tuesday night until 05:00.
    const atKhasan: Claim = {
      ...border,
      id: 'khasan-at-night',
      places: ['khasan'],
      reported: { ...border.reported, partOfDay: 'night' },
    };
    const run = (night: [number, number]) => {
      const i = { ...inputs, claims: [border, atKhasan], assumptions: hours([6, 12], night) };
      return evaluateClaims([border], claimContext(i, journeyBase(i), 50))[0];
    };
    const byAnHour = run([0, 5]);
    expect(byAnHour?.check === 'timeline' && byAnHour.soft).toBe(true);
    expect(byAnHour?.verdict).toBe('loose');
    // Missed by four hours, it is no way of speaking: impossible.
    expect(run([0, 2])?.verdict).toBe('impossible');
  });

  it('what happened just outside a part of day leaves it loose; far outside, refuted', () => {
    const settled = (to: string) => {
      const i = {
        ...inputs,
        claims: [border],
        assumptions: hours([6, 12], [0, 6]),
        outcomes: [
          {
            id: 'past-border',
            place: 'border',
            to,
            what: 'past the border',
            source: story.outcomes[0]?.source as SourceRef,
            note: '',
          },
        ],
      };
      return journeyView(i, journeyBase(i), 50).claims[0]?.happened?.verdict;
    };
    expect(settled('2023-09-12T05:50:00+10:00')).toBe('loose');
    expect(settled('2023-09-12T03:00:00+10:00')).toBe('refuted');
    expect(settled('2023-09-12T08:00:00+10:00')).toBe('consistent');
  });

  it('the story says its morning includes the small hours', () => {
    expect(story.manifest.partsOfDay.morning).toEqual([0, 12]);
  });
});

describe('elapsed years', () => {
  const view = journeyView(inputs, base, 50);
  it('“four years since” and “more than four years after” April 2019 hold in September 2023', () => {
    for (const id of ['live-four-years', 'ft-four-years']) {
      const r = view.claims.find((c) => c.claim.id === id);
      expect(r?.check, id).toBe('elapsed');
      expect(r?.check === 'elapsed' && r.years).toBeCloseTo(4.38, 2);
      expect(r?.verdict, id).toBe('holds');
    }
  });

  it('“five years since” would be loose, “more than five years” would not hold', () => {
    const four = claims.find((c) => c.id === 'live-four-years') as Claim;
    const more = claims.find((c) => c.id === 'ft-four-years') as Claim;
    const five = (c: Claim): Claim => ({
      ...c,
      reported: { ...c.reported, figures: [{ value: 5, unit: 'yr' }] },
    });
    const rs = evaluateClaims([five(four), five(more)], claimContext(inputs, base, 50));
    expect(rs.map((r) => r.verdict)).toEqual(['loose', 'does not hold']);
  });
});

describe('durations are figures', () => {
  it('“roughly 10 hours” Ussuriysk–Khabarovsk holds: 11 h 5 min by rail at 59 km/h', () => {
    const c: Claim = {
      ...(claims.find((x) => x.id === 'ft-how-long') as Claim),
      id: 'roughly-10-hours',
      places: ['ussuriysk', 'khabarovsk'],
      reported: {
        ...(claims.find((x) => x.id === 'ft-how-long') as Claim).reported,
        text: 'roughly 10 hours',
        figures: [{ value: 10, unit: 'h' }],
        qualifier: 'roughly',
      },
    };
    const [r] = evaluateClaims([c], claimContext(inputs, base, 50));
    expect(r?.check).toBe('duration');
    if (r?.check !== 'duration') return;
    expect(r.basis).toBe('rail');
    expect(r.reportedHours).toBe(10);
    expect(r.times.map((t) => t.kmh)).toEqual([50, 59]);
    expect(Math.min(...r.times.map((t) => t.hours))).toBeCloseTo(654 / 59, 0);
    expect(r.verdict).toBe('holds');
  });

  it('with no track between some stops, the time runs along the stops, not the straight line', async () => {
    const { readStory } = await import('../../../tools/story/read-story');
    const { openStory } = await import('../../../src/journey/story-model');
    const { data } = await readStory('tests/fixtures/stories/przemysl-kyiv');
    const { model } = openStory(data);
    const { view } = model.at({ speedKmh: 60, mode: 'computed', units: 'km' });
    const r = view.claims.find((x) => x.check === 'duration');
    if (r?.check !== 'duration') throw new Error('no duration');
    expect(r.basis).toBe('stops');
    // Przemyśl → Lviv by rail, then the straight lines between the stops to Kyiv: the whole
    // route's figure, longer than the straight line between the ends.
    expect(r.km).toBeCloseTo(view.whole.km, 6);
    expect(r.km).toBeGreaterThan(view.whole.straightKm ?? 0);
    expect(r.reportedHours).toBe(10);
    expect(r.verdict).toBe('holds');
  }, 30_000);
});

describe('a figure within its own rounding', () => {
  const claim = claims.find((c) => c.id === 'ft-ussuriysk-vladivostok-distance') as Claim;
  const at = (value: number) =>
    evaluateClaims(
      [
        {
          ...claim,
          kind: 'straight-distance',
          reported: { ...claim.reported, figures: [{ value, unit: 'km' }] },
        },
      ],
      claimContext(inputs, base, 50),
    )[0];

  it('is at worst loose: “about 100” covers 50–150 and so the 77 km straight line', () => {
    const r = at(100);
    if (r?.check !== 'distance') throw new Error('not a distance check');
    expect(r.straightKm).toBeGreaterThan(76);
    expect(r.straightKm).toBeLessThan(78);
    expect(r.rounding).toBe(50);
    expect(r.comparisons[0]?.diffRel).toBeGreaterThan(0.25);
    expect(r.verdict).toBe('loose');
    // "about 110" covers 105–115: 43% over, beyond its rounding and both margins.
    expect(at(110)?.verdict).toBe('does not hold');
    expect(at(80)?.verdict).toBe('holds');
  });
});

describe('first … since …', () => {
  it('“first foreign trip since the Covid-19 pandemic” holds: the last trip abroad came before it', () => {
    const c = claims.find((x) => x.id === 'ft-first-trip-since-covid') as Claim;
    const ctx = claimContext(inputs, base, 50);
    const [r] = evaluateClaims([c], ctx);
    if (r?.check !== 'first-since') throw new Error('not a first-since check');
    expect(r.last).toBe('2019-04-25');
    expect(r.event).toBe('2020-03-11');
    expect(r.daysBefore).toBe(321);
    expect(r.verdict).toBe('holds');
    const since = c.since as NonNullable<Claim['since']>;
    const later = { ...c, since: { ...since, day: '2021-06-01' } };
    expect(evaluateClaims([later], ctx)[0]?.verdict).toBe('does not hold');
  });
});

describe('a rail figure where the story has no track', () => {
  it('is consistent above the straight line (nothing refutes it), impossible below it', async () => {
    const { readStory } = await import('../../../tools/story/read-story');
    const { openStory } = await import('../../../src/journey/story-model');
    const { data } = await readStory('tests/fixtures/stories/przemysl-kyiv');
    const { model } = openStory(data);
    const base = data.claims.find((c) => c.id === 'gazette-vinnytsia-distance') as Claim;
    const rail = (km: number): Claim => ({
      ...base,
      id: `rail-${km}`,
      kind: 'rail-distance',
      reported: { ...base.reported, figures: [{ value: km, unit: 'km' }] },
    });
    const ctx = { ...data, claims: [rail(260), rail(190)] };
    const view = openStory(ctx).model.at({ speedKmh: 60, mode: 'computed', units: 'km' }).view;
    const [long, short] = view.claims;
    expect(long?.check === 'distance' && long.rail).toBeNull();
    expect(long?.check === 'distance' && long.straightKm).toBeGreaterThan(190);
    expect(long?.verdict).toBe('consistent');
    expect(short?.verdict).toBe('impossible');
    expect(model.base.legs.some((l) => l.pieces.some((p) => p.kind === 'none'))).toBe(true);
  });
});

describe('“by” bounds only the latest time', () => {
  it('“Kim is now in Russia” on Tuesday: the border by the end of Tuesday, since when it does not say', () => {
    const c = claims.find((x) => x.id === 'live-in-russia') as Claim;
    expect(c.reported.qualifier).toBe('by');
    const alone = timelineOf(
      reportedWindows([c], (p) => base.route.posts[p], {
        assumptions: {
          timeZones: story.manifest.timeZones,
          partsOfDay: story.manifest.partsOfDay,
        },
      }),
      { kmAlong: (p) => base.route.posts[p], figure: route.figure },
    );
    const w = alone.events[0];
    expect(w?.start).toBe(Number.NEGATIVE_INFINITY);
    expect(w?.end).toBe(Date.parse('2023-09-13T00:00:00+10:00'));
  });

  it('an open start at the first place leaves the replay a finite departure', () => {
    const open = claims.map((c) =>
      c.article === 'ft' && c.places[0] === 'pyongyang'
        ? { ...c, reported: { ...c.reported, qualifier: 'by' } }
        : c,
    );
    const b = journeyBase({ ...inputs, claims: open });
    expect(b.timeline.events[0]?.start).toBe(Number.NEGATIVE_INFINITY);
    expect(Number.isFinite(b.replay.departure)).toBe(true);
    expect(b.replay.departures.length).toBeGreaterThan(0);
    expect(b.replay.marks.every((m) => Number.isFinite(m.t))).toBe(true);
  });
});
