import { describe, expect, it } from 'vitest';
import { writtenFrame } from '../../../src/map/written-frame';

describe('writtenFrame (the frame the build writes on the poster)', () => {
  it('reads [west, south, east, north]', () => {
    expect(writtenFrame('[125.7358714,39.0046949,128.333932,51.884395]')).toEqual([
      125.7358714, 39.0046949, 128.333932, 51.884395,
    ]);
  });

  it('is no frame when missing, not JSON, or not four numbers in order on the globe', () => {
    for (const text of [
      null,
      undefined,
      '',
      '[1,2,3',
      '{"w":1}',
      '[1,2,3]',
      '[1,2,3,"4"]',
      '[1,2,null,4]',
      '[3,2,1,4]',
      '[1,4,3,2]',
      '[-181,0,10,10]',
      '[0,0,10,91]',
    ])
      expect(writtenFrame(text), String(text)).toBeNull();
  });
});
