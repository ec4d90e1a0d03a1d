/**
 * Two names joined by "and" after a title are two people ("los reyes Juan Carlos y Sofía",
 * "King Carl and Silvia"), not a person and a city; two places after a verb of travel stay places.
 */
import { describe, expect, it } from 'vitest';
import { listLookup } from '../../../src/draft/gazetteer';
import { analyzed, ENTRIES, entry, G } from './places-gazetteer';

// Sofia as GeoNames has it (727011), a capital far from the journey.
const g = {
  ...G,
  lookup: listLookup([
    ...ENTRIES,
    entry({
      id: 727011,
      name: 'Sofia',
      alternates: 'Sofía,София',
      lat: 42.6975,
      lon: 23.3242,
      country: 'BG',
      population: 1152556,
      featureCode: 'PPLC',
    }),
  ]),
};
const names = (text: string) => analyzed(text, g).places.map((p) => p.name);

describe('names after a title', () => {
  it.each([
    [
      'es',
      'El tren salió de Varsovia el lunes y llegó a Lublin, en un viaje inaugurado por los reyes Juan Carlos y Sofía.',
    ],
    [
      'en',
      'The train left Warsaw on Monday and reached Lublin, with King Carl and Sofia on board.',
    ],
  ])('%s: the second name is a person', (_code, text) => {
    expect(names(text)).not.toContain('Sofia');
    expect(names(text)).toContain('Lublin');
  });

  it('two places after a verb of travel stay places', () => {
    expect(names('The leaders travelled to Warsaw and Sofia on Monday.')).toEqual(
      expect.arrayContaining(['Warsaw', 'Sofia']),
    );
  });
});
