import { describe, expect, it } from 'vitest';
import { rankPlaces } from '../../../src/draft/rank';
import { moving, placed, read } from './news-gazetteer';

describe('a word of travel speaks for the whole list it opens or closes', () => {
  it('Italian: "passato per Torino, Modane, Chambéry e Lione"', () => {
    const a = read(
      'Il treno è partito da Milano alle sei e, dopo essere passato per Torino, Modane, Chambéry e Lione, è arrivato a Parigi nel pomeriggio.',
    );
    expect(moving(a)).toEqual(
      expect.arrayContaining(['Milano', 'Torino', 'Modane', 'Chambéry', 'Lione', 'Parigi']),
    );
  });

  it('French: the stops of the train ("Six arrêts sont prévus dont …")', () => {
    const a = read(
      'Le train de nuit roule de nouveau. Six arrêts sont prévus dont Marseille, Toulon et Lyon, et le train est complet.',
    );
    expect(moving(a)).toEqual(expect.arrayContaining(['Marseille', 'Toulon', 'Lyon']));
  });

  it('Korean: a bulleted list closed by the verb, through unknown names (△단둥 △톈먼 △선양을)', () => {
    // "단둥" is found through GeoNames' "단둥 시"; "톈먼" is no place the gazetteer has.
    const a = read('열차는 평양에서 떠나 중국에서 △단둥 △톈먼 △선양을 종단했다.');
    expect(moving(a)).toEqual(['Pyongyang', 'Dandong', 'Shenyang']);
  });

  it('must not: a list with no word of travel, or a name outside the list', () => {
    const a = read(
      'La ville de Turin, comme Modane et Chambéry, a un musée du train. Le train est parti de Lyon et la gare de Marseille est fermée.',
    );
    expect(moving(a)).not.toContain('Turin');
    expect(moving(a)).not.toContain('Modane');
    expect(moving(a)).not.toContain('Marseille');
  });

  it('must not: a sentence about what came before ("Earlier", "Ранее")', () => {
    expect(moving(read('Earlier, a train left Lyon for Marseille.'))).toEqual([]);
    expect(moving(read('The train left Lyon for Marseille.'))).toEqual(['Lyon', 'Marseille']);
  });
});

describe('the shapes of news around a place', () => {
  it('"Paris-Nice" names a leg: both ends are ranked as its ends', () => {
    const a = read('Le train de nuit Paris-Nice fait son retour ce soir avec un ministre à bord.');
    const signs = rankPlaces(a).map((r) => [
      r.place.name,
      r.signs.includes('one end of a leg named'),
    ]);
    expect(signs).toEqual(
      expect.arrayContaining([
        ['Paris', true],
        ['Nice', true],
      ]),
    );
    expect(signs).toHaveLength(2);
  });

  it('must not: "Paris-based" is no leg', () => {
    const a = read('A Paris-based firm runs the sleeper to Nice.');
    expect(rankPlaces(a).some((r) => r.signs.includes('one end of a leg named'))).toBe(false);
  });

  it('"Nice" is a word in English, the city in French', () => {
    expect(placed(read('They had a nice view of Paris from the train.'))).toEqual([
      'Paris@48.85,2.35',
    ]);
    expect(
      placed(read('Le train relie Paris et Nice chaque nuit.')).map((p) => p.split('@')[0]),
    ).toEqual(['Paris', 'Nice']);
  });

  it('a dateline and its agency are not places of the journey', () => {
    const a = read('WASHINGTON – The train left Boston for New York at dawn.');
    expect(a.places.map((p) => p.name)).toEqual(['Boston', 'New York']);
    const b = read(
      'Kano:\nThe train left Lagos on Friday.\n\nLAGOS, March 9 (Reuters) - It was late.',
    );
    expect(b.places.map((p) => p.name)).toEqual(['Lagos']);
  });

  it('must not: a name that opens a line without a dash is no dateline', () => {
    expect(
      read('Washington was the end of the line for the train from Boston.').places.length,
    ).toBe(2);
  });

  it('Hong Kong, a city-state, is the city', () => {
    expect(placed(read('The first train from Shenzhen reached Hong Kong on Sunday.'))).toEqual([
      'Shenzhen@22.54,114.06',
      'Hong Kong@22.28,114.17',
    ]);
  });

  it('must not: a place inside a longer name ("Côte d’Azur", "George Washington Bridge", "UP", "New Jersey")', () => {
    expect(
      placed(read("Le train part de Paris et arrive le lendemain sur la Côte d'Azur.")),
    ).toEqual(['Paris@48.85,2.35']);
    const a = read(
      'They drove over the George Washington Bridge to Boston and crossed New Jersey.',
    );
    expect(a.places.map((p) => p.name)).toEqual(['Boston']);
    expect(a.sites.map((s) => s.label)).toContain('George Washington Bridge');
    expect(
      read('The march entered UP on Tuesday and reached Lagos.').places.map((p) => p.name),
    ).toEqual(['Lagos']);
  });
});
