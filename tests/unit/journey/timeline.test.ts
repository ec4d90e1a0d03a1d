import { describe, expect, it } from 'vitest';
import { journeyLegs, shortfall } from '../../../src/journey/legs';
import {
  ASSUMPTIONS,
  claimWindow,
  requiredKmh,
  stretchAtSpeed,
  timelineEvents,
  timelineStretches,
} from '../../../src/journey/timeline';
import { claims, net, railSummary } from './fixtures-data';
import { cases, golden } from './golden';

describe('timeline', () => {
  it.each(cases('timeline'))('%s', async (name, input) => {
    const { shiftDeparture } = input as { shiftDeparture?: string };
    const list = claims.map((c) =>
      shiftDeparture && c.id === 'ft-left-pyongyang'
        ? { ...c, reported: { ...c.reported, day: shiftDeparture } }
        : c,
    );
    const events = timelineEvents(list);
    const stretches = timelineStretches(events, net, 'pyongyang');
    await golden('timeline', name, {
      events: events.map((e) => ({
        ...e,
        start: new Date(e.start).toISOString(),
        end: new Date(e.end).toISOString(),
      })),
      stretches: stretches.map((s) => ({
        from: s.from.place,
        to: s.to.place,
        km: s.km,
        basis: s.basis,
        minHours: s.minHours,
        maxHours: s.maxHours,
        impliedKmh: s.impliedKmh,
        at50: stretchAtSpeed(s, 50),
        at59: stretchAtSpeed(s, 59),
      })),
      requiredKmh: requiredKmh(stretches),
    });
  });

  it('a day is read in the place’s own time zone, a morning as 06:00–12:00', () => {
    const border = claims.find((c) => c.id === 'ft-crossed-border');
    const w = border ? claimWindow(border) : null;
    expect(ASSUMPTIONS.utcOffset.border).toBe(10);
    expect(w?.map((t) => new Date(t).toISOString())).toEqual([
      '2023-09-11T20:00:00.000Z',
      '2023-09-12T02:00:00.000Z',
    ]);
  });

  it('every dated claim names the weekday its date falls on', () => {
    for (const c of claims) {
      if (!c.reported.day) continue;
      const weekday = new Date(`${c.reported.day}T12:00:00Z`).toLocaleDateString('en-GB', {
        weekday: 'long',
        timeZone: 'UTC',
      });
      expect(weekday, c.id).toBe(c.reported.dayName);
    }
  });

  it('names a place with no time zone assumed', () => {
    const c = claims.find((x) => x.id === 'ft-seen-ussuriysk');
    if (!c) throw new Error('fixture claim missing');
    expect(() => claimWindow({ ...c, places: ['atlantis'] })).toThrow(
      'no UTC offset assumed for "atlantis"',
    );
  });
});

describe('journeyLegs', () => {
  it.each(cases('journey-legs'))('%s', async (name, input) => {
    const legs = journeyLegs(net, (input as { stops: string[] }).stops);
    await golden(
      'journey-legs',
      name,
      legs.map((l) => ({
        from: l.from,
        to: l.to,
        rail: railSummary(l.rail),
        shortfall: shortfall(l.rail),
      })),
    );
  });
});
