import { describe, expect, it } from 'vitest';
import { localTime, offsetLabel } from '../../../src/words/time-words';

describe('localTime', () => {
  it('reads a moment in the place’s own zone', () => {
    const t = Date.parse('2023-09-11T20:00:00Z');
    expect(localTime(t, 'Asia/Vladivostok')).toBe('Tue 12 Sep 06:00');
    expect(offsetLabel(t, 'Asia/Vladivostok')).toBe('UTC+10');
    expect(localTime(Date.parse('2023-09-09T15:00:00Z'), 'Asia/Pyongyang')).toBe(
      'Sun 10 Sep 00:00',
    );
    expect(offsetLabel(t, 'Asia/Kolkata')).toBe('UTC+5:30');
  });

  it('writes the end of a window at midnight as 24:00 of the day before', () => {
    const end = Date.parse('2023-09-13T15:00:00Z');
    expect(localTime(end, 'Asia/Yakutsk', true)).toBe('Wed 13 Sep 24:00');
    expect(localTime(end, 'Asia/Yakutsk')).toBe('Thu 14 Sep 00:00');
  });
});
