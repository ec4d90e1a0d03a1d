import { describe, expect, it } from 'vitest';
import { formatDuration, hoursAt, impliedKmh } from '../../../src/journey/travel-time';
import { cases, golden } from './golden';

type In = {
  hoursAt: [number, number][];
  impliedKmh: [number, number][];
  formatDuration: (number | string)[];
};

describe('travel time', () => {
  it.each(cases('travel-time'))('%s', async (name, input) => {
    const c = input as In;
    await golden('travel-time', name, {
      hoursAt: c.hoursAt.map(([km, kmh]) => ({ km, kmh, hours: hoursAt(km, kmh) })),
      impliedKmh: c.impliedKmh.map(([km, h]) => ({ km, hours: h, kmh: impliedKmh(km, h) })),
      formatDuration: c.formatDuration.map((h) => ({ hours: h, text: formatDuration(Number(h)) })),
    });
  });

  it('refuses a speed of zero or below, naming it', () => {
    expect(() => hoursAt(100, 0)).toThrow('speed must be above 0 km/h (given 0)');
    expect(() => hoursAt(100, -5)).toThrow('(given -5)');
  });
});
