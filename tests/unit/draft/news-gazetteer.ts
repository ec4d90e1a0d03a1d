/**
 * A second small gazetteer for the tests of news shapes (stations, lists, datelines, languages):
 * places as GeoNames lists them, coordinates rounded; ids are made up for these tests.
 */
import { type Analysis, analyze } from '../../../src/draft/analyze';
import { type Gazetteer, listLookup } from '../../../src/draft/gazetteer';
import { country, entry } from './places-gazetteer';

const city = (
  id: number,
  name: string,
  lat: number,
  lon: number,
  cc: string,
  population: number,
  alternates = '',
  featureCode = 'PPL',
) => entry({ id, name, lat, lon, country: cc, population, alternates, featureCode });

export const NEWS: Gazetteer = {
  lookup: listLookup([
    city(101, 'Paris', 48.85, 2.35, 'FR', 2_138_551, 'Parigi,París', 'PPLC'),
    city(102, 'Nice', 43.7, 7.27, 'FR', 342_669, 'Nizza,Ницца'),
    city(103, 'Lyon', 45.75, 4.85, 'FR', 522_969, 'Lione'),
    city(104, 'Marseille', 43.3, 5.38, 'FR', 870_731),
    city(105, 'Toulon', 43.12, 5.93, 'FR', 171_953),
    city(106, 'Modane', 45.2, 6.67, 'FR', 3_300),
    city(107, 'Chambéry', 45.57, 5.92, 'FR', 59_490),
    city(108, 'Turin', 45.07, 7.69, 'IT', 870_456, 'Torino'),
    city(109, 'Milan', 45.46, 9.19, 'IT', 1_371_498, 'Milano'),
    city(110, 'Austerlitz', 52.08, 5.31, 'NL', 1_500),
    city(112, 'Briançon', 44.9, 6.64, 'FR', 11_000),
    city(113, 'Ville', 48.34, 7.3, 'FR', 705),
    city(111, 'Azor', 32.02, 34.8, 'IL', 11_000, 'Azur'),
    city(120, 'Madrid', 40.42, -3.7, 'ES', 3_255_944, '', 'PPLC'),
    city(121, 'Valencia', 39.47, -0.38, 'ES', 792_492),
    city(122, 'Atocha', -20.93, -66.22, 'BO', 3_000),
    city(130, 'Pyongyang', 39.03, 125.75, 'KP', 3_222_000, '평양', 'PPLC'),
    city(131, 'Dandong', 40.13, 124.39, 'CN', 750_000, 'Andong,단둥 시'),
    city(132, 'Shenyang', 41.79, 123.43, 'CN', 7_050_000, '선양,심양'),
    city(133, 'Wuhan', 30.58, 114.27, 'CN', 10_000_000, '우한 시'),
    city(134, 'Shenzhen', 22.54, 114.06, 'CN', 12_000_000),
    city(135, 'Hong Kong', 22.28, 114.17, 'HK', 7_500_000, '', 'PPLC'),
    city(140, 'Lagos', 6.45, 3.39, 'NG', 9_000_000),
    city(141, 'Iddo', 8.3, 4.2, 'NG', 2_000),
    city(142, 'Kano', 12.0, 8.52, 'NG', 3_600_000),
    city(150, 'Boston', 42.36, -71.06, 'US', 667_137),
    city(151, 'New York', 40.71, -74.01, 'US', 8_175_133),
    city(152, 'Washington', 38.9, -77.04, 'US', 689_545, '', 'PPLC'),
    city(153, 'Baltimore', 39.29, -76.61, 'US', 585_708),
    city(154, 'George', 41.1, -74.9, 'US', 700),
    city(155, 'Up', 26.0, 80.0, 'IN', 1_200),
    city(156, 'Osborne', 40.2, -74.5, 'US', 900, 'New Jersey'),
    city(170, 'Saint Petersburg', 59.94, 30.31, 'RU', 5_351_935, 'Санкт-Петербург'),
    city(171, 'Sevastopol', 44.6, 33.52, 'UA', 547_820, 'Севастополь'),
    city(172, 'Moscow', 55.75, 37.62, 'RU', 10_381_222, 'Москва', 'PPLC'),
    city(173, 'Moskovskiy', 55.6, 37.35, 'RU', 15_000, 'Московский'),
    city(160, 'London', 51.51, -0.13, 'GB', 8_961_989, '', 'PPLC'),
    city(161, 'Amsterdam', 52.37, 4.89, 'NL', 741_636, '', 'PPLC'),
  ]),
  countries: [
    country('FR', '250', 'France', 'French', 'Paris', 'fr'),
    country('IT', '380', 'Italy', 'Italian', 'Rome', 'it'),
    country('ES', '724', 'Spain', 'Spanish', 'Madrid', 'es'),
    country('KP', '408', 'North Korea', 'North Korean', 'Pyongyang', 'ko'),
    country('CN', '156', 'China', 'Chinese', 'Beijing', 'zh'),
    country('HK', '344', 'Hong Kong', 'Hongkonger', 'City of Victoria', 'en'),
    country('NG', '566', 'Nigeria', 'Nigerian', 'Abuja', 'en'),
    country('US', '840', 'United States', 'American', 'Washington, D.C.', 'en'),
    country('GB', '826', 'United Kingdom', 'British', 'London', 'en'),
    country('NL', '528', 'Netherlands', 'Dutch', 'Amsterdam', 'nl'),
    country('JP', '392', 'Japan', 'Japanese', 'Tokyo', 'ja'),
    country('RU', '643', 'Russia', 'Russian', 'Moscow', 'ru'),
  ],
  regions: [{ country: 'US', code: 'NJ', name: 'New Jersey' }],
  credit: 'test entries',
};

/** One made-up article analysed with the news gazetteer. */
export const read = (text: string, published = '2024-06-04'): Analysis =>
  analyze([{ file: 'a.txt', text, published, outlet: 'Test' }], NEWS);

/** The places as "name kind@lat,lon" (station coordinates are their city's). */
export const placed = (a: Analysis): string[] =>
  a.places.map((p) => `${p.name}@${p.entry.lat},${p.entry.lon}`);

/** The names of the places a word of travel (or a list it speaks for) puts on the journey. */
export const moving = (a: Analysis): string[] =>
  a.places.filter((p) => a.travel.has(p.id)).map((p) => p.name);
