/**
 * A gazetteer of a few real GeoNames entries for the place tests (ids, names and coordinates as
 * GeoNames has them; populations rounded), with the countries and regions they need.
 */
import { analyze } from '../../../src/draft/analyze';
import {
  type CountryInfo,
  type Gazetteer,
  type GazetteerEntry,
  listLookup,
} from '../../../src/draft/gazetteer';

/** A gazetteer of a few real GeoNames entries (ids, names, places as GeoNames has them). */
export const entry = (
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
export const ENTRIES: GazetteerEntry[] = [
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
export const country = (
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
export const G: Gazetteer = {
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
/** The analysis of one made-up article, published 2024-06-04, with a gazetteer (these entries unless given). */
export const analyzed = (text: string, g: Gazetteer = G) =>
  analyze([{ file: 'a.txt', text, published: '2024-06-04', outlet: 'Test' }], g);
export const places = (text: string) => analyzed(text).places.map((p) => `${p.name} ${p.entry.id}`);
