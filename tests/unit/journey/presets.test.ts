import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/data/claims-schema';
import type { Article } from '../../../src/data/schema';
import { fromMiles } from '../../../src/journey/distance';
import { speedPresets } from '../../../src/journey/presets';
import { reportedText } from '../../../src/journey/reported-text';

const speed = (id: string, value: number, unit: 'km/h' | 'mph'): Claim =>
  ({
    id,
    article: 'ap',
    quote: `reached ${value} ${unit}`,
    kind: 'speed',
    places: [],
    reported: {
      text: `${value} ${unit}`,
      figures: [{ value, unit }],
      qualifier: null,
      direction: null,
      day: null,
      dayName: null,
      partOfDay: null,
    },
    note: '',
  }) as Claim;
const articles = [{ id: 'ap', short: 'AP' }] as Article[];

describe('the speed control’s presets', () => {
  it('offers a speed reported in mph only, converted to km/h, its figure kept as reported', () => {
    const [p] = speedPresets([speed('acela', 150, 'mph')], articles);
    expect(p?.kmh).toBeCloseTo(fromMiles(150), 6);
    expect(p?.kmh).toBeCloseTo(241.4, 1);
    expect(p?.claim.reported.figures).toEqual([{ value: 150, unit: 'mph' }]);
    expect(reportedText(p?.claim as Claim, 'mi')).toBe('150 mph');
    expect(p?.article).toBe('AP');
  });

  it('offers a km/h figure as it is, and nothing for a claim of another kind', () => {
    const other = { ...speed('d', 5, 'km/h'), kind: 'duration' } as Claim;
    const presets = speedPresets([speed('xrl', 300, 'km/h'), other], articles);
    expect(presets.map((p) => p.kmh)).toEqual([300]);
  });
});
