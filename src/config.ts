import articlesUrl from '../geo/articles.json?url';
import bordersUrl from '../geo/borders.geojson?url';
import claimsUrl from '../geo/claims.json?url';
import labelsUrl from '../geo/labels.geojson?url';
import lakesUrl from '../geo/lakes.geojson?url';
import landUrl from '../geo/land.geojson?url';
import placesUrl from '../geo/places.geojson?url';
import publishedUrl from '../geo/published.json?url';
import railUrl from '../geo/rail.geojson?url';
import riversUrl from '../geo/rivers.geojson?url';
import stationsUrl from '../geo/stations.geojson?url';

/** Where each geo/ file is served from (Vite copies them into the build with a content hash). */
export const GEO_URLS = {
  places: { file: 'places.geojson', url: placesUrl },
  land: { file: 'land.geojson', url: landUrl },
  borders: { file: 'borders.geojson', url: bordersUrl },
  rivers: { file: 'rivers.geojson', url: riversUrl },
  lakes: { file: 'lakes.geojson', url: lakesUrl },
  labels: { file: 'labels.geojson', url: labelsUrl },
  rail: { file: 'rail.geojson', url: railUrl },
  stations: { file: 'stations.geojson', url: stationsUrl },
  articles: { file: 'articles.json', url: articlesUrl },
  published: { file: 'published.json', url: publishedUrl },
  claims: { file: 'claims.json', url: claimsUrl },
} as const;

export const TITLE = 'Kim Jong Un’s train to Russia, September 2023';

/** The first view frames these two places (Pyongyang and the cosmodrome: the whole journey). */
export const INITIAL_FRAME = ['pyongyang', 'vostochny'] as const;
export const FRAME_PADDING = 48;
/** Used before the places have loaded, and if they fail to: the region of the story. */
export const FALLBACK_BOUNDS: [number, number, number, number] = [124, 38, 136, 53];
export const SELECTED_ZOOM = 8;

export { CHAIN_CHECK, JOURNEY_STOPS } from './journey/stops';

export const ATTRIBUTION = {
  naturalEarth: '<a href="https://www.naturalearthdata.com/">Made with Natural Earth</a>',
  osm: '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>',
  maplibre: '<a href="https://maplibre.org/">MapLibre</a>',
} as const;

export { COLOURS, PALETTES, type Palette } from './palette';

/** ISO 3166 numeric codes of the two countries the journey crosses (highlighted). */
export const STORY_COUNTRIES = ['408', '643'] as const;
