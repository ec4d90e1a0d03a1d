import { describe, expect, it } from 'vitest';
import { durations } from '../../../src/draft/figures/durations';
import { found, NEVER } from './helpers';

describe('durations', () => {
  it.each([
    ['It was a six-hour ride.', 'six-hour', [[6, 'h']], null],
    ['The run took just over 30 hours.', 'just over 30 hours', [[30, 'h']], 'just over'],
    ['Then the 90-minute hop to Boston.', '90-minute', [[90, 'min']], null],
    ['It arrived an hour and 20 minutes later.', 'an hour and 20 minutes', [[80, 'min']], null],
    ['The crossing takes two and a half hours.', 'two and a half hours', [[2.5, 'h']], null],
    ['The ferry takes half an hour.', 'half an hour', [[0.5, 'h']], null],
    [
      'It arrived four hours and 50 minutes later.',
      'four hours and 50 minutes',
      [[290, 'min']],
      null,
    ],
    ['The journey took roughly 10 hours.', 'roughly 10 hours', [[10, 'h']], 'roughly'],
    ['A 45 min ride.', '45 min', [[45, 'min']], null],
    ['The three-hour, 12-minute ride was smooth.', 'three-hour, 12-minute', [[192, 'min']], null],
    [
      'After a ride of five hours, 20 minutes from Lyon.',
      'five hours, 20 minutes',
      [[320, 'min']],
      null,
    ],
    ['The 410 km run was achieved in 2 h 15 min.', '2 h 15 min', [[135, 'min']], null],
    [
      'They arrived 31 hours, 10 minutes and 30 seconds later.',
      '31 hours, 10 minutes and 30 seconds',
      [[1870.5, 'min']],
      null,
    ],
  ])('finds %j', (text, printed, figures, qualifier) => {
    const [f, ...rest] = found(durations, text);
    expect(rest).toEqual([]);
    expect(f?.printed).toBe(printed);
    expect(f?.figures.map((x) => [x.value, x.unit])).toEqual(figures);
    expect(f?.qualifier).toBe(qualifier);
  });

  it('gives days in hours, and says so', () => {
    const [f] = found(durations, 'The trek took three days.');
    expect(f?.figures).toEqual([{ value: 72, unit: 'h' }]);
    expect(f?.note).toBe('3 days read as 72 h.');
  });

  it.each([
    ...NEVER,
    'It is two months since the line reopened.',
    'The line is 40 km long.',
    'It runs at 60 km/h.',
    'It stood 3, 40 metres from the rail.',
    'Platform 3 h is closed.',
  ])('finds nothing in %j', (text) => {
    expect(found(durations, text)).toEqual([]);
  });
});
