import { describe, expect, it } from 'vitest';
import { directions } from '../../../src/draft/figures/directions';
import { found, NEVER } from './helpers';

describe('directions', () => {
  it.each([
    ['Ussuriysk is about 98km north of Vladivostok.', 'N', 'north of'],
    ['The facility is about 900km north-west of Ussuriysk.', 'NW', 'north-west of'],
    ['Boulder lies nearly 300 miles north-east of Denver.', 'NE', 'north-east of'],
    ['A village to the west of Kraków.', 'W', 'to the west of'],
    ['It reached Birobidzhan, about 150 km to the west, at dusk.', 'W', 'to the west'],
    ['A town north-northeast of Lyon.', 'NNE', 'north-northeast of'],
    ['A hamlet south west of Leeds.', 'SW', 'south west of'],
    ['From there the route runs south-east to Salt Lake City.', 'SE', 'south-east'],
  ])('finds %j', (text, direction, printed) => {
    const [f, ...rest] = found(directions, text);
    expect(rest).toEqual([]);
    expect(f?.direction).toBe(direction);
    expect(f?.printed).toBe(printed);
  });

  it.each([
    ...NEVER,
    'North Korea and South Korea held talks.',
    'He toured the north of France.',
    'The train was spotted in eastern Russia.',
    'It headed east.',
    'The East Coast line and the West Bank.',
  ])('finds nothing in %j', (text) => {
    expect(found(directions, text)).toEqual([]);
  });
});
