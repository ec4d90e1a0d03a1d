import { describe, expect, it } from 'vitest';
import { distances } from '../../../src/draft/figures/distances';
import { found, NEVER } from './helpers';

describe('distances', () => {
  it.each([
    [
      'Ussuriysk, which is about 98km (61 miles) north of Vladivostok.',
      'about 98km (61 miles)',
      [
        [98, 'km'],
        [61, 'mi'],
      ],
      'about',
    ],
    [
      'Boulder lies nearly 300 miles north-east of Denver.',
      'nearly 300 miles',
      [[300, 'mi']],
      'nearly',
    ],
    ['The train runs along a 1,200-kilometre line.', '1,200-kilometre', [[1200, 'km']], null],
    ['The whole route is over 5,000km long.', 'over 5,000km', [[5000, 'km']], 'over'],
    [
      'Lublin, some two hundred kilometres away.',
      'some two hundred kilometres',
      [[200, 'km']],
      'some',
    ],
    [
      'It is 61 miles (98 km) away.',
      '61 miles (98 km)',
      [
        [61, 'mi'],
        [98, 'km'],
      ],
      null,
    ],
    ['A trip of just over 12.5 km.', 'just over 12.5 km', [[12.5, 'km']], 'just over'],
    ['The border is twenty-five kilometers off.', 'twenty-five kilometers', [[25, 'km']], null],
  ])('finds %j', (text, printed, figures, qualifier) => {
    const [f, ...rest] = found(distances, text);
    expect(rest).toEqual([]);
    expect(f?.printed).toBe(printed);
    expect(f?.figures.map((x) => [x.value, x.unit])).toEqual(figures);
    expect(f?.qualifier).toBe(qualifier);
  });

  it('reads what the clause says a distance is measured along', () => {
    const kind = (s: string) => found(distances, s)[0]?.kind;
    expect(kind('Kyiv lies roughly 550km east of Przemyśl in a straight line.')).toBe(
      'straight-distance',
    );
    expect(kind('Mombasa is 440 km away as the crow flies.')).toBe('straight-distance');
    expect(kind('Córdoba lies some 700 kilometres from Buenos Aires by rail.')).toBe(
      'rail-distance',
    );
    expect(kind('It follows a 1,200-kilometre line.')).toBe('rail-distance');
    expect(kind('The drive is 300 miles.')).toBe('road-distance');
    expect(
      kind('Ussuriysk is about 60km north of Vladivostok, but the railway route is circuitous.'),
    ).toBe('unstated-distance');
  });

  it.each([
    ...NEVER,
    'It travels at only around 59km/h.',
    'Speeds of about 50 kilometres per hour (31 miles per hour).',
    'It took four hours and a mile of paperwork.'.replace('a mile of', 'some'),
  ])('finds nothing in %j', (text) => {
    expect(found(distances, text)).toEqual([]);
  });
});
