import { describe, expect, it } from 'vitest';
import { utcOffsetHours, zonedTime, zoneName } from '../../../src/journey/zones';

describe('zones', () => {
  it('finds the instant a local wall-clock time names, with Intl', () => {
    expect(new Date(zonedTime('2023-09-12', 6, 'Asia/Vladivostok')).toISOString()).toBe(
      '2023-09-11T20:00:00.000Z',
    );
    expect(new Date(zonedTime('2023-09-13', 24, 'Asia/Yakutsk')).toISOString()).toBe(
      '2023-09-13T15:00:00.000Z',
    );
    // Across a change of offset (London, summer time ends on 29 October 2023).
    expect(new Date(zonedTime('2023-10-29', 12, 'Europe/London')).toISOString()).toBe(
      '2023-10-29T12:00:00.000Z',
    );
    expect(new Date(zonedTime('2023-10-28', 12, 'Europe/London')).toISOString()).toBe(
      '2023-10-28T11:00:00.000Z',
    );
  });

  it('gives offsets and readable names', () => {
    expect(utcOffsetHours(Date.parse('2023-09-12T00:00:00Z'), 'Asia/Pyongyang')).toBe(9);
    expect(zoneName('Asia/Vladivostok')).toBe('Vladivostok time');
    expect(zoneName('America/New_York')).toBe('New York time');
  });
});
