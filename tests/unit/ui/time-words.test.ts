import { describe, expect, it } from 'vitest';
import { localTime, zoneOf } from '../../../src/ui/time-words';

describe('localTime', () => {
  it('reads a moment in the place’s own zone', () => {
    expect(localTime(Date.parse('2023-09-11T20:00:00Z'), 'border')).toBe('Tue 12 Sep 06:00');
    expect(zoneOf('border')).toBe('UTC+10');
    expect(localTime(Date.parse('2023-09-09T15:00:00Z'), 'pyongyang')).toBe('Sun 10 Sep 00:00');
  });

  it('writes the end of a window at midnight as 24:00 of the day before', () => {
    const end = Date.parse('2023-09-13T15:00:00Z');
    expect(localTime(end, 'vostochny', true)).toBe('Wed 13 Sep 24:00');
    expect(localTime(end, 'vostochny')).toBe('Thu 14 Sep 00:00');
  });
});
