/** Source ids: one GeoJSON source per geo/ file the map draws. */
export const SOURCES = {
  land: 'land',
  borders: 'borders',
  rivers: 'rivers',
  lakes: 'lakes',
  labels: 'labels',
  places: 'places',
  rail: 'rail',
  stations: 'stations',
  claims: 'claims',
} as const;

export const LAYERS = {
  background: 'background',
  land: 'land',
  lakes: 'lakes',
  rivers: 'rivers',
  borders: 'borders',
  riverLabels: 'river-labels',
  lakeLabels: 'lake-labels',
  countryLabels: 'country-labels',
  cityLabels: 'city-labels',
  railOffRoute: 'rail-off-route',
  railSurveyed: 'rail-surveyed',
  railApproximate: 'rail-approximate',
  stationCircles: 'station-circles',
  stationLabels: 'station-labels',
  claimLines: 'claim-lines',
  claimLabels: 'claim-labels',
  placeHalo: 'place-selected',
  placeCircles: 'place-circles',
  placeLabels: 'place-labels',
} as const;

/**
 * The label fonts: Noto Sans at two weights, as ready-made glyphs under public/glyphs/ (built by
 * scripts/build-glyphs.ts from the font weight given here).
 */
export const GLYPH_STACKS = { 'noto-sans-regular': 400, 'noto-sans-bold': 700 } as const;
export const FONT_REGULAR = ['noto-sans-regular'];
export const FONT_BOLD = ['noto-sans-bold'];

/** The layers the route toggle shows and hides. */
export const ROUTE_LAYERS = [
  LAYERS.railOffRoute,
  LAYERS.railSurveyed,
  LAYERS.railApproximate,
  LAYERS.stationCircles,
  LAYERS.stationLabels,
] as const;
