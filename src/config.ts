/** The map's layout figures (frame padding, the zoom for a chosen place) and its attribution strings. */
export const FRAME_PADDING = 48;
export const SELECTED_ZOOM = 8;

export const ATTRIBUTION = {
  naturalEarth: '<a href="https://www.naturalearthdata.com/">Made with Natural Earth</a>',
  osm: '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>',
  geonames: '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
  maplibre: '<a href="https://maplibre.org/">MapLibre</a>',
} as const;

export { COLOURS, PALETTES, type Palette } from './palette';
