import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/draft/analyze';
import {
  type CountryInfo,
  type Gazetteer,
  type GazetteerEntry,
  listLookup,
} from '../../../src/draft/gazetteer';

/** A gazetteer of a few real GeoNames entries (ids, names, places as GeoNames has them). */
const entry = (
  e: Partial<GazetteerEntry> & Pick<GazetteerEntry, 'id' | 'name' | 'lat' | 'lon' | 'country'>,
): GazetteerEntry => ({
  ascii: e.name.normalize('NFD').replace(/\p{M}/gu, ''),
  alternates: '',
  featureCode: 'PPL',
  admin1: '',
  population: 1000,
  timeZone: 'UTC',
  source: 'test entries',
  ...e,
});
const ENTRIES = [
  entry({
    id: 3448439,
    name: 'São Paulo',
    lat: -23.55,
    lon: -46.64,
    country: 'BR',
    population: 12_400_232,
    featureCode: 'PPLA',
    timeZone: 'America/Sao_Paulo',
  }),
  entry({
    id: 3467865,
    name: 'Campinas',
    lat: -22.91,
    lon: -47.06,
    country: 'BR',
    population: 1_223_237,
    timeZone: 'America/Sao_Paulo',
  }),
  entry({
    id: 5746545,
    name: 'Portland',
    lat: 45.52,
    lon: -122.68,
    country: 'US',
    admin1: 'OR',
    population: 652_503,
    timeZone: 'America/Los_Angeles',
  }),
  entry({
    id: 4975802,
    name: 'Portland',
    lat: 43.66,
    lon: -70.26,
    country: 'US',
    admin1: 'ME',
    population: 66_881,
    timeZone: 'America/New_York',
  }),
  entry({
    id: 5586437,
    name: 'Boise',
    lat: 43.61,
    lon: -116.2,
    country: 'US',
    admin1: 'ID',
    population: 145_987,
    timeZone: 'America/Boise',
  }),
  entry({
    id: 756135,
    name: 'Warsaw',
    lat: 52.23,
    lon: 21.01,
    country: 'PL',
    population: 1_702_139,
    featureCode: 'PPLC',
    timeZone: 'Europe/Warsaw',
    alternates: 'Warszawa,Варшава',
  }),
  entry({
    id: 765876,
    name: 'Lublin',
    lat: 51.25,
    lon: 22.57,
    country: 'PL',
    population: 336_339,
    timeZone: 'Europe/Warsaw',
  }),
  entry({
    id: 3088848,
    name: 'Police',
    lat: 53.55,
    lon: 14.57,
    country: 'PL',
    population: 33_000,
    timeZone: 'Europe/Warsaw',
  }),
  entry({ id: 1, name: 'Kim', lat: 37.2, lon: -103.4, country: 'US', population: 60 }),
  entry({
    id: 3430545,
    name: 'Mercedes',
    lat: -34.65,
    lon: -59.43,
    country: 'AR',
    population: 63_284,
  }),
  entry({ id: 2, name: 'Benz', lat: 49.5, lon: 8.6, country: 'DE', population: 1200 }),
  entry({
    id: 797241,
    name: 'Vostochny',
    lat: 44.3,
    lon: 44.2,
    country: 'RU',
    population: 2500,
    timeZone: 'Europe/Moscow',
  }),
  entry({
    id: 2013348,
    name: 'Vladivostok',
    lat: 43.12,
    lon: 131.87,
    country: 'RU',
    population: 604_901,
    featureCode: 'PPLA',
    timeZone: 'Asia/Vladivostok',
  }),
  entry({
    id: 2014006,
    name: 'Ussuriysk',
    lat: 43.8,
    lon: 131.95,
    country: 'RU',
    population: 157_068,
    timeZone: 'Asia/Vladivostok',
  }),
];
const country = (
  alpha2: string,
  numeric: string,
  name: string,
  demonym: string,
  capital: string,
  language: string,
): CountryInfo => ({
  alpha2,
  numeric,
  names: [name],
  demonyms: [demonym],
  capital,
  language,
  zones: [],
});
const G: Gazetteer = {
  lookup: listLookup(ENTRIES),
  countries: [
    country('BR', '076', 'Brazil', 'Brazilian', 'Brasília', 'pt'),
    country('US', '840', 'United States', 'American', 'Washington, D.C.', 'en'),
    country('PL', '616', 'Poland', 'Polish', 'Warsaw', 'pl'),
    country('RU', '643', 'Russia', 'Russian', 'Moscow', 'ru'),
  ],
  regions: [
    { country: 'US', code: 'OR', name: 'Oregon' },
    { country: 'US', code: 'ME', name: 'Maine' },
    { country: 'US', code: 'ID', name: 'Idaho' },
  ],
  credit: 'test entries',
};
const places = (text: string) =>
  analyze([{ file: 'a.txt', text, published: '2024-06-04', outlet: 'Test' }], G).places.map(
    (p) => `${p.name} ${p.entry.id}`,
  );

describe('places in a gazetteer given as data', () => {
  it('matches without case or accents', () => {
    expect(places('The train left Sao Paulo for CAMPINAS.')).toEqual([
      'São Paulo 3448439',
      'Campinas 3467865',
    ]);
  });

  it('decides a name of two places by the region the text names, and keeps them apart', () => {
    expect(places('Riders left Portland, Oregon, for Portland, Maine, via Boise, Idaho.')).toEqual([
      'Portland, Oregon 5746545',
      'Portland, Maine 4975802',
      'Boise 5586437',
    ]);
  });

  it('reads a bare second mention as the sense nearest the other places of its sentence', () => {
    const a = analyze(
      [
        {
          file: 'a.txt',
          text: 'They left Portland, Oregon, for Portland, Maine. Boise is 340 miles east of Portland.',
          published: '2024-06-04',
          outlet: 'T',
        },
      ],
      G,
    );
    const claim = a.claims.find((c) => c.claim.kind === 'unstated-distance');
    expect(claim?.claim.places).toEqual(['boise', 'portland-oregon']);
  });

  it('finds an alternate name and keeps the article’s spelling', () => {
    expect(places('The sleeper reached Warszawa at dawn.')).toEqual(['Warszawa 756135']);
  });

  it('takes no person, word or brand for a place', () => {
    expect(
      places('Kim Jong Un met officials. Later Kim spoke. Police said a Mercedes-Benz was seen.'),
    ).toEqual([]);
  });

  it('takes "the Vostochny cosmodrome" for a site the gazetteer lacks, not the village', () => {
    const a = analyze(
      [
        {
          file: 'a.txt',
          text: 'The meeting is at the Vostochny cosmodrome, 900km from Vladivostok.',
          published: '2024-06-04',
          outlet: 'T',
        },
      ],
      G,
    );
    expect(a.places.map((p) => p.name)).toEqual(['Vladivostok']);
    expect(a.sites.map((s) => [s.label, s.site.kind])).toEqual([
      ['Vostochny cosmodrome', 'cosmodrome'],
    ]);
  });

  it('leaves out a wind speed and a frequency, with the reason', () => {
    const a = analyze(
      [
        {
          file: 'a.txt',
          text: 'Winds of up to 110 km/h hit Lublin. The train from Warsaw to Lublin runs five days a week and reaches 160 km/h.',
          published: '2024-06-04',
          outlet: 'T',
        },
      ],
      G,
    );
    expect(a.claims.map((c) => [c.claim.kind, c.claim.reported.text])).toEqual([
      ['speed', '160 km/h'],
    ]);
    expect(a.excluded.map((e) => e.reason)).toEqual([
      'a wind speed, not the journey’s',
      'how often a service runs, not how long a journey takes',
    ]);
  });

  it('reads "the Polish capital" as the capital the article names', () => {
    const a = analyze(
      [
        {
          file: 'a.txt',
          text: 'It left Warsaw at 9pm. Lublin lies some 150km south-east of the Polish capital.',
          published: '2024-06-04',
          outlet: 'T',
        },
      ],
      G,
    );
    expect(a.descriptions.map((d) => [d.label, d.place])).toEqual([
      ['the Polish capital', 'warsaw'],
    ]);
    expect(a.claims.find((c) => c.claim.kind === 'direction')?.claim.places).toEqual([
      'lublin',
      'warsaw',
    ]);
  });
});
