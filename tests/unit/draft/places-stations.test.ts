import { describe, expect, it } from 'vitest';
import { chooseStops } from '../../../src/draft/rank';
import { placed, read } from './news-gazetteer';

const PARIS = '48.85,2.35';
const MADRID = '40.42,-3.7';

describe('stations and airports named without their city', () => {
  it('French: "la gare d’Austerlitz" is a station of Paris, not the Dutch village', () => {
    expect(
      placed(read("Le train quittera Paris par la gare d'Austerlitz à 20h52 ce soir.")),
    ).toEqual([`Paris@${PARIS}`, `gare d'Austerlitz@${PARIS}`]);
  });

  it('Spanish: "estación de Atocha", then "Atocha" alone, one station at Madrid', () => {
    const a = read(
      'El tren salió de la estación de Atocha en Madrid hacia Valencia. El primer tren partió de Atocha a las 8.40 horas con los pasajeros.',
    );
    expect(placed(a)).toEqual([
      `Madrid@${MADRID}`,
      'Valencia@39.47,-0.38',
      `estación de Atocha@${MADRID}`,
    ]);
    expect(a.places.find((p) => p.name === 'estación de Atocha')?.mentions).toHaveLength(2);
  });

  it('French: "la gare d’Austerlitz" at the city the article writes before its name elsewhere ("Paris-Austerlitz")', () => {
    const a = read(
      "Jean Castex quittera la gare d'Austerlitz à 20h52 pour arriver le lendemain sur la Côte d'Azur. Ce train relie Paris-Austerlitz et Nice-Ville.",
    );
    expect(placed(a)).toEqual([
      `Paris@${PARIS}`,
      'Nice@43.7,7.27',
      `gare d'Austerlitz@${PARIS}`,
      'Nice-Ville@43.7,7.27',
    ]);
    expect(a.places.some((p) => p.entry.country === 'NL')).toBe(false);
  });

  it('Italian: "la stazione Gare de Lyon" at Paris ("Parigi Gare de Lyon"), not at Lyon; "Lyon Part-Dieu" at Lyon', () => {
    const a = read(
      'Il treno è arrivato alla stazione Gare de Lyon dopo essere passato per Torino, Modane, Chambéry e Lione. Le corse tra Milano e Parigi Gare de Lyon, con passaggio attraverso Lyon Part-Dieu, saranno dieci.',
    );
    expect(placed(a)).toEqual(
      expect.arrayContaining([
        `stazione Gare de Lyon@${PARIS}`,
        'Lyon Part-Dieu@45.75,4.85',
        'Lione@45.75,4.85',
      ]),
    );
  });

  it.each([
    ['fr', 'Le train de nuit Paris-Briançon repart ce soir.', ['Paris', 'Briançon']],
    [
      'en',
      'The Guangzhou-Shenzhen-Hong Kong Express Rail Link opened to Hong Kong.',
      ['Shenzhen', 'Hong Kong'],
    ],
  ])('%s: “%s” names no station', (_, text, names) => {
    const a = read(text);
    expect(a.places.filter((p) => p.entry.featureCode === 'STN')).toEqual([]);
    expect(a.places.map((p) => p.name)).toEqual(expect.arrayContaining(names));
  });

  it('Russian: "Московский вокзал" is named for Moscow and stands where the train left from', () => {
    const a = read(
      'Первый поезд из Санкт-Петербурга в Севастополь прибыл утром. Состав отправился в 14:00 в понедельник с платформы Московского вокзала в Северной столице.',
    );
    expect(placed(a)).toContain('Московского вокзала@59.94,30.31');
    expect(a.places.some((p) => p.entry.id === 173 || p.entry.id === 172)).toBe(false);
  });

  it('Russian: a station reached in a sentence that names no city is at the journey’s end ("Москва - Ницца")', () => {
    const a = read(
      'Первый поезд рейса "Москва - Ницца" пришёл во Францию. Поезд прибыл во французский вокзал Тьер вечером. Состав отправился из Москвы с Белорусского вокзала 23 сентября.',
    );
    expect(placed(a)).toEqual(
      expect.arrayContaining(['вокзал Тьер@43.7,7.27', 'Белорусского вокзала@55.75,37.62']),
    );
  });

  it('Spanish: "la madrileña estación de Atocha" is at Madrid though Valencia is named nearer', () => {
    const a = read(
      'El AVE entre Madrid y Valencia salió hoy de la madrileña estación de Atocha con 260 pasajeros.',
    );
    expect(placed(a)).toContain(`estación de Atocha@${MADRID}`);
  });

  it('French: "la gare de Nîmes Pont-du-Gard": words joined by hyphens are one station name', () => {
    const a = read('Le TGV venu de Paris est arrivé à la gare de Nîmes Pont-du-Gard ce soir.');
    expect(a.places.filter((p) => p.entry.featureCode === 'STN').map((p) => p.name)).toEqual([
      'gare de Nîmes Pont-du-Gard',
    ]);
  });

  it('English: "the Iddo station in Lagos" is at Lagos, and a stop when Lagos is one', () => {
    const a = read(
      'At the Iddo station in Lagos, tickets sold fast. The train left Lagos on Friday and reached Kano on Saturday.',
    );
    expect(placed(a)).toContain('Iddo station@6.45,3.39');
    expect(placed(a).some((p) => p.startsWith('Iddo@'))).toBe(false);
    expect(chooseStops(a).kept.map((p) => p.name)).toContain('Iddo station');
  });

  it('"Boston’s South Station": the station, the city named for it alone is not a place', () => {
    const a = read(
      'The train left Washington at 5 a.m. and arrived at Boston’s South Station at noon.',
    );
    expect(a.places.map((p) => p.name)).toEqual(['Washington', 'South Station']);
    expect(placed(a)).toContain('South Station@42.36,-71.06');
  });

  it('"Baltimore-Washington International Airport" at Baltimore, no Washington', () => {
    const a = read(
      'He rode from Baltimore-Washington International Airport to New York on the train.',
    );
    expect(placed(a)).toEqual([
      'New York@40.71,-74.01',
      'Baltimore-Washington International Airport@39.29,-76.61',
    ]);
  });

  it('"Shenzhenbei railway station" at the city its name begins with', () => {
    const a = read(
      'The line serves Shenzhen. Passengers traveled 19 minutes from Shenzhenbei railway station to Hong Kong’s West Kowloon Station.',
    );
    expect(placed(a)).toEqual(
      expect.arrayContaining([
        'Shenzhenbei railway station@22.54,114.06',
        'West Kowloon Station@22.28,114.17',
      ]),
    );
  });

  it('"Amsterdam station" after "Amsterdam Central Station" is the same station', () => {
    const a = read(
      'The train left London for Amsterdam Central Station. Crowds waited at Amsterdam station for the train from London.',
    );
    expect(a.places.filter((p) => p.entry.featureCode === 'STN').map((p) => p.name)).toEqual([
      'Amsterdam Central Station',
    ]);
  });

  it('Korean: "평양역에서" is the station of Pyongyang; "지역" (region) is no station', () => {
    const a = read('열차는 평양역에서 출발해 단둥에 도착했다. 이 지역은 조용했다.');
    expect(placed(a)).toEqual(['평양역@39.03,125.75', 'Dandong@40.13,124.39']);
    expect(a.places[0]?.id).toBe('pyongyang-station');
  });

  it('must not: "Station Road", "Airport Co" are no stations', () => {
    const a = read(
      'The office on Station Road in London sold tickets for Amsterdam. Japan Airport Co said so.',
    );
    expect(a.places.filter((p) => p.entry.featureCode === 'STN')).toEqual([]);
  });
});
