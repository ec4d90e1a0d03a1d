import { describe, expect, it } from 'vitest';
import { speeds } from '../../../src/draft/figures/speeds';
import { found, NEVER } from './helpers';

describe('speeds', () => {
  it.each([
    ['It travels at only around 59km/h.', 'around 59km/h', [[59, 'km/h']], 'around'],
    [
      'It can manage about 50 kilometres per hour (31 miles per hour).',
      'about 50 kilometres per hour (31 miles per hour)',
      [
        [50, 'km/h'],
        [31, 'mph'],
      ],
      'about',
    ],
    ['The Flyer runs at 80 mph.', '80 mph', [[80, 'mph']], null],
    ['It touched 120 kph on the plain.', '120 kph', [[120, 'km/h']], null],
    ['It crawled at sixty miles an hour.', 'sixty miles an hour', [[60, 'mph']], null],
    ['A top speed of up to 160 km/h.', 'up to 160 km/h', [[160, 'km/h']], 'up to'],
  ])('finds %j', (text, printed, figures, qualifier) => {
    const [f, ...rest] = found(speeds, text);
    expect(rest).toEqual([]);
    expect(f?.printed).toBe(printed);
    expect(f?.figures.map((x) => [x.value, x.unit])).toEqual(figures);
    expect(f?.qualifier).toBe(qualifier);
  });

  it.each([
    ...NEVER,
    'Ussuriysk is about 98km (61 miles) north of Vladivostok.',
    'The trip took six hours.',
  ])('finds nothing in %j', (text) => {
    expect(found(speeds, text)).toEqual([]);
  });
});
